/**
 * Builds `/embed.js` (src/scripts/embed-element.ts) with esbuild: one
 * minified classic script, the web component's UI strings taken from lib/i18n.
 */
import { build } from 'esbuild';
import { join } from 'node:path';
import { LOCALES } from '../registry/schema.ts';
import { useTranslations } from '../i18n/ui.ts';

function strings() {
  return Object.fromEntries(
    LOCALES.map((lang) => {
      const t = useTranslations(lang);
      return [
        lang,
        {
          type: t('option.type'),
          default: t('option.default'),
          none: t('option.noDefault'),
          deprecated: t('option.deprecated'),
          loading: t('embed.loading'),
          open: t('embed.open'),
          unknownOption: t('embed.unknownOption'),
          unknownGroup: t('embed.unknownGroup'),
          unreachable: t('embed.unreachable'),
        },
      ];
    }),
  );
}

/** `root`: the project folder (the script's source is in src/scripts/). */
export async function embedScript(root: string): Promise<string> {
  const result = await build({
    entryPoints: [join(root, 'src/scripts/embed-element.ts')],
    bundle: true,
    minify: true,
    format: 'iife',
    target: 'es2022',
    platform: 'browser',
    write: false,
    legalComments: 'none',
    charset: 'utf8',
    define: { __CONFREF_UI__: JSON.stringify(strings()) },
  });
  return result.outputFiles[0]!.text;
}

/**
 * Markdown pages for the bare Starlight site (bench/bare-starlight): `count` pages shaped like a confref option
 * page's content — a title, a description of two paragraphs, a table of facts, a list of related pages and one
 * YAML code block — so that the comparison is with a Starlight site of as many pages of similar size.
 */
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';

export function writeBarePages(dir: string, count: number): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'p'), { recursive: true });
  writeFileSync(join(dir, 'index.md'), '---\ntitle: Bare Starlight\n---\n\nThe generated pages are under [p](/p/0/).\n');
  for (let n = 0; n < count; n++) {
    const related = Array.from({ length: 8 }, (_, i) => `- [Page ${(n + i + 1) % count}](/p/${(n + i + 1) % count}/)`).join('\n');
    writeFileSync(
      join(dir, 'p', `${n}.md`),
      `---\ntitle: section${n % 40}.option-${n}.setting\n---\n\n` +
        `Option ${n} controls how the service behaves when it reads its input; its default is ${n % 100}, and it is ` +
        `described in a sentence or two like this one, with \`code\` and a [link](/p/${(n + 1) % count}/).\n\n` +
        `Set it larger when the input grows, and smaller when memory is short. The value is read once at start-up, so a ` +
        `change takes effect after a restart of every process that reads it.\n\n` +
        `| Fact | Value |\n| --- | --- |\n| Type | Integer |\n| Default | \`${n % 100}\` |\n| Since | 1.${n % 20} |\n| Group | section${n % 40} |\n\n` +
        `## Related\n\n${related}\n\n## Example\n\n\`\`\`yaml\nsection${n % 40}.option-${n}.setting: ${n % 100}\n\`\`\`\n`,
    );
  }
}

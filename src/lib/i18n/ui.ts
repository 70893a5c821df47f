/** UI strings of the site, per locale. */
import type { Locale } from '../registry/schema.ts';

export const UI = {
  en: {
    'home.title': 'Configuration reference',
    'home.lead': 'Every option from the notes, typed and checked.',
    'home.groups': 'Groups',
    'home.options': 'options',
    'option.type': 'Type',
    'option.default': 'Default',
    'option.noDefault': '(none)',
    'option.description': 'Description',
    'option.section': 'Section',
    'option.source': 'Defined in',
    'option.deprecated': 'Deprecated',
    'option.untranslated': 'untranslated',
    'option.bytes': 'bytes',
    'option.ms': 'ms',
  },
  zh: {
    'home.title': '配置参考',
    'home.lead': '笔记中的每一个配置项，带类型并经过校验。',
    'home.groups': '分组',
    'home.options': '个配置项',
    'option.type': '类型',
    'option.default': '默认值',
    'option.noDefault': '（无）',
    'option.description': '描述',
    'option.section': '章节',
    'option.source': '定义于',
    'option.deprecated': '已过期',
    'option.untranslated': '未翻译',
    'option.bytes': '字节',
    'option.ms': '毫秒',
  },
} as const satisfies Record<Locale, Record<string, string>>;

export type UiKey = keyof (typeof UI)['en'];

export function useTranslations(locale: Locale): (key: UiKey) => string {
  return (key) => UI[locale][key];
}

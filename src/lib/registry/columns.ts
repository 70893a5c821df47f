/**
 * Recognises option tables by their header row, in English and Chinese, in
 * any column order. A table is an option table when it has a key column and
 * at least a description, default or type column.
 */
import { fitsKeyGrammar } from './key-grammar.ts';

export const COLUMN_ROLES = [
  'key',
  'default',
  'type',
  'description',
  'since',
  'deprecatedKeys',
  'fallbackKeys',
  'required',
  'translationOf',
] as const;
export type ColumnRole = (typeof COLUMN_ROLES)[number];

const ALIASES: Record<ColumnRole, string[]> = {
  key: [
    'key',
    'keys',
    'name',
    'propertyname',
    'property',
    'properties',
    'option',
    'options',
    'optionname',
    'optionkey',
    'configkey',
    'configname',
    'configoption',
    'configuration',
    'configurationkey',
    'configurationoption',
    'config',
    'parameter',
    'parametername',
    'param',
    'paramname',
    'setting',
    'settingname',
    'field',
    '键',
    '键名',
    '配置项',
    '配置',
    '配置名',
    '配置名称',
    '配置键',
    '配置参数',
    '配置项名称',
    '参数',
    '参数项',
    '参数名',
    '参数名称',
    '参数键',
    '属性',
    '属性名',
    '属性名称',
    '名称',
    '选项',
    '选项名',
    '配置选项',
  ],
  default: ['default', 'defaultvalue', 'defaults', 'defaultsetting', '默认值', '默认', '缺省值', '缺省', '默认取值', '默认配置'],
  type: ['type', 'datatype', 'valuetype', 'optiontype', '数据类型', '类型', '值类型', '参数类型', '取值类型'],
  description: [
    'description',
    'descriptions',
    'desc',
    'meaning',
    'explanation',
    'comment',
    'comments',
    'note',
    'notes',
    'details',
    'remark',
    'remarks',
    'usage',
    'purpose',
    '描述',
    '说明',
    '含义',
    '释义',
    '备注',
    '参数说明',
    '参数含义',
    '参数描述',
    '配置说明',
    '描述信息',
    '作用',
    '用途',
    '解释',
    '意义',
  ],
  since: ['since', 'sinceversion', 'addedin', 'introducedin', 'version', '版本', '起始版本', '引入版本', '自版本', '支持版本'],
  deprecatedKeys: [
    'deprecatedkeys',
    'deprecatedkey',
    'deprecatedname',
    'deprecatednames',
    'oldkeys',
    'oldkey',
    '过期键',
    '废弃键',
    '已废弃的键',
    '旧键',
    '旧参数名',
  ],
  fallbackKeys: ['fallbackkeys', 'fallbackkey', 'fallback', '回退键', '备用键'],
  required: ['required', 'mandatory', 'isrequired', '是否必填', '必填', '必须', '是否必须', '必选', '是否必选', '必需'],
  // In a translations note: the source hash (or the source text) a translated description was made from.
  translationOf: ['sourcehash', 'translatedfrom', 'translationof', 'sourcetext', 'original', '原文', '原文哈希', '原文摘要', '译自'],
};

const ROLE_BY_NAME = new Map<string, ColumnRole>();
for (const role of COLUMN_ROLES) for (const name of ALIASES[role]) ROLE_BY_NAME.set(name, role);

/** Lower case, no white space, punctuation or formatting: `Default Value` → `defaultvalue`. */
export function normalizeHeader(text: string): string {
  return text
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[\s_\-*`.:：()（）[\]/\\'"?？]+/g, '');
}

/** Brackets around a qualifier: `(…)`, `（…）`, `[…]`, `【…】`. */
const QUALIFIER = /[(（[【][^)）\]】]*[)）\]】]/g;

/**
 * The known name a header says: as written, else without its bracketed
 * qualifier (`默认值（Default）`, `配置项 (key)`, `Default (Flink)`), else the
 * name both halves of a bilingual header agree on (`Key / 配置项`).
 */
function knownName(text: string): string {
  const whole = normalizeHeader(text);
  if (ROLE_BY_NAME.has(whole)) return whole;
  const unqualified = normalizeHeader(text.replace(QUALIFIER, ' '));
  if (unqualified !== '' && ROLE_BY_NAME.has(unqualified)) return unqualified;
  const halves = text.split(/[/｜]/).map(normalizeHeader);
  const roles = new Set(halves.map((half) => ROLE_BY_NAME.get(half)));
  return halves.length === 2 && roles.size === 1 && !roles.has(undefined) ? halves[0]! : whole;
}

export function roleOfHeader(text: string): ColumnRole | undefined {
  return ROLE_BY_NAME.get(knownName(text));
}

export interface ColumnMap {
  /** Column index of each recognised role (the first column with that role). */
  roles: Partial<Record<ColumnRole, number>>;
  /** Header text of each column not modelled (kept as `extra`). */
  extra: Map<number, string>;
  headers: string[];
}

/** Roles whose header alone marks an option table (a "Name | Description" table also needs key-like names). */
const STRONG_KEY_HEADERS = new Set([
  'key',
  'keys',
  'propertyname',
  'optionkey',
  'configkey',
  'configurationkey',
  '键',
  '键名',
  '配置项',
  '配置键',
  '配置名称',
  '参数项',
  '参数名',
  '参数名称',
]);

export interface HeaderClassification {
  columns: ColumnMap;
  /** True when the header alone proves an option table; else rows must look like option keys. */
  certain: boolean;
}

/** Classifies a header row; undefined when it is not an option table's header. */
export function classifyHeader(headers: string[]): HeaderClassification | undefined {
  const roles: Partial<Record<ColumnRole, number>> = {};
  const extra = new Map<number, string>();
  headers.forEach((header, index) => {
    const role = roleOfHeader(header);
    if (role && roles[role] === undefined) roles[role] = index;
    else extra.set(index, header.trim());
  });
  if (roles.key === undefined) return undefined;
  if (roles.description === undefined && roles.default === undefined && roles.type === undefined) return undefined;
  const certain = roles.default !== undefined || roles.type !== undefined || STRONG_KEY_HEADERS.has(knownName(headers[roles.key]!));
  return { columns: { roles, extra, headers }, certain };
}

/**
 * Text that looks like an option key: it fits the key grammar and is dotted
 * (`state.backend`, `metrics.reporter.<name>.class`) or hyphenated words
 * (`high-availability`), as a Name column of option names is.
 */
const KEY_SHAPE = /\.|^[a-z][a-z0-9]*(?:[-_][a-z0-9]+)+$/;

export function looksLikeKey(text: string): boolean {
  const key = text.trim();
  return fitsKeyGrammar(key) && KEY_SHAPE.test(key);
}

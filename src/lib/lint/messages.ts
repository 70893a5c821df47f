/**
 * What lint says, in each language of the site: every finding's message and
 * hint is an id with its parameters (`LintText`), and each id has a template
 * per language, `{name}` marking a parameter as in ui.ts. The English is what
 * the CLI prints (a finding's `message` and `hint`, made from the same ids);
 * the check page renders the ids in the page's language. A parameter is a
 * value as written (a key, a value, a type, a line, a version: the same in
 * every language), another text (rendered in the same language), a text that
 * comes in English from elsewhere with what names it in the other languages
 * (yaml's syntax errors by their code, a rename's evidence by its phrase), or
 * empty where an optional part is left out.
 *
 * Typed: a language without an id, or a template whose parameters differ from
 * the English one's, fails to compile, and so does a text given the wrong
 * parameters. Pure and small: the check page loads it with lint's core.
 */
import type { ErrorCode } from 'yaml';
import { fill } from '../i18n/fill.ts';
import type { Locale } from '../locale/locales.ts';
import type { RENAME_EVIDENCE } from '../versions/renames.ts';

export type LintMessageId = keyof (typeof LINT_MESSAGES)['en'];

export const LINT_MESSAGES = {
  en: {
    // The file's syntax, as each reader reads it.
    'syntax.yaml': 'YAML: {error}',
    'syntax.yaml.hint': 'Fix the YAML syntax; nothing after it may be read.',
    'syntax.key-not-text': 'A key that is not plain text: Flink reads only text keys',
    'syntax.not-a-map': 'config.yaml must be a map of keys to values',
    'syntax.alias': "YAML: the alias *{name} names no anchor before it, so Flink's YAML reader refuses the file",
    'syntax.alias.hint': 'Write the value, or set the anchor (&{name}) on a value above this line.',
    'syntax.unclosed-quote': 'A quote that is never closed',
    'syntax.unclosed-quote.hint': 'Close the quote: nothing is read from this line.',
    'syntax.set': 'A SET without "key = value"',
    'syntax.set.hint': "Write SET 'key' = 'value';",
    'syntax.unclosed-comment': 'A comment "/*" that is never closed',
    'syntax.unclosed-string': 'A string that is never closed',
    'syntax.unclosed-name': 'A quoted name that is never closed',
    'scalar-and-map':
      '"{key}" is given a {now} here and a {was} on line {line}, in the same map: YAML allows a key once per map, so Flink may refuse the file or keep only one of them',
    'scalar-and-map.hint': 'Write the value as "{written}: …" and the keys below it as dotted keys "{written}.<key>: …" in this map.',
    'scalar-and-map.value': 'value',
    'scalar-and-map.map': 'map',
    'duplicate-key.map':
      '"{key}" is a key of this map twice (also on line {line}): YAML allows a key once per map, so Flink may refuse the file or keep one map and drop the other\'s keys',
    'duplicate-key.map.hint': 'Merge the two "{written}" maps into one.',
    // flink-conf.yaml, as Flink's legacy reader reads it.
    'ignored-line': 'Flink skips this line: {why}',
    'ignored-line.no-value': 'a key without a value',
    'ignored-line.no-separator': 'no ": " between key and value',
    'ignored-line.empty-key': 'an empty key',
    'ignored-line.empty-value': 'an empty value',
    'ignored-line.hint': 'Write "key: value", with a space after the colon.',
    'ignored-line.nested.hint':
      'flink-conf.yaml does not nest: write each option on its own line as "full.key: value" (config.yaml nests).',
    'hash-in-value': 'Flink cuts this line at "#": "{key}" is read as "{value}", without "{cut}"',
    'hash-in-value.hint': 'flink-conf.yaml cannot hold "#" in a value: set it in config.yaml, quoted, or with -D.',
    'quoted-value': 'Flink\'s flink-conf.yaml reader keeps these quotes: "{key}" is read as {value}, quotes included',
    'quoted-value.hint': 'Drop the quotes: flink-conf.yaml takes values literally.',
    // What the version says about each key.
    'where.version': 'Flink {version}',
    'where.unversioned': 'these options',
    'deprecated-key': '"{key}" is deprecated in {where}',
    'deprecated-key.hint': "See the option's description for what replaces it.",
    'deprecated-key.next': '"{key}" is deprecated in {where}; use "{next}"',
    'deprecated-key.next.hint': 'Set "{next}" instead (mind its type and values: it is another option).',
    'removed-key': '"{key}" is not in {where}: {last} was the last version with it',
    'removed-key.hint': 'Flink ignores it: remove it, or check the release notes for what replaced it.',
    'renamed-key': '"{key}" is renamed to "{to}"{by} ({evidence}){then}',
    'renamed-key.by': ' by {version}',
    'renamed-key.both': '; "{to}" is set too, on line {line}, and Flink reads that one',
    'renamed-key.still-read': '; {reader} still reads it, deprecated',
    'renamed-key.hint': 'Use "{to}" (confref lint --fix renames it).',
    'renamed-key.both.hint': 'Remove this line.',
    'not-checked': '"{key}" not checked: version {version} is partial (its notes copy part of it)',
    'not-checked.hint': 'Check the key against an upstream reference of this version, or import one.',
    'unknown-key': '"{key}" is not a key of {where}{later}{mean}',
    'unknown-key.later': ' (it is in {version})',
    'unknown-key.mean': '; did you mean "{suggestion}"?',
    'unknown-key.hint':
      'Flink ignores unknown keys: check the spelling, or remove it (a plugin or connector that reads it can be ignored).',
    'unknown-key.mean.hint': 'Flink ignores unknown keys: fix the spelling to "{suggestion}".',
    // Values, read as the option's type (the type's own words are registry/values.ts's invalidReason).
    'invalid-value': '"{value}" is not a valid {type} for "{key}": {problem}',
    'invalid-value.hint': 'Flink fails on it when it reads the option.',
    'invalid-value.default.hint': 'Flink fails on it when it reads the option; the default is "{default}".',
    'invalid-value.enum.hint': 'Use one of {values}.',
    'invalid-value.expression': 'Flink does not evaluate arithmetic in a value: write the result',
    'invalid-value.empty': 'it is empty; {reason}',
    'invalid-value.yaml-list': 'a YAML list is no {type}',
    'invalid-value.list-item': 'list item "{item}" is not a valid {type}',
    'type.Duration': 'a Duration is a whole number with a unit: d, h, min, s, ms, µs or ns (e.g. "10 s")',
    'type.MemorySize': 'a MemorySize is a whole number with a unit: bytes, kb, mb, gb or tb (e.g. "64 mb")',
    'type.Boolean': 'a Boolean is true or false',
    'type.Integer': 'an Integer is a whole number from -2147483648 to 2147483647',
    'type.Long': 'a Long is a whole number of at most 64 bits',
    'type.Enum': 'an Enum constant is one word',
    'type.Enum.values': 'expected one of {values}',
    'type.Map': 'a Map is written key:value,key2:value2',
    'type.other': 'not a valid {type}',
    'default-value': '"{key}" is set to its default, {default}',
    'default-value.hint': 'The line changes nothing; remove it unless you mean to pin the value.',
    // A key set twice in one scope.
    'duplicate-key': '"{key}" is set again: also on line {line}{forms}; {lost}',
    'duplicate-key.forms': ' ({was} there, {now} here)',
    'duplicate-key.flat': 'flat',
    'duplicate-key.nested': 'nested',
    'duplicate-key.last-wins': 'Flink reads the last value, and the earlier one is lost',
    'duplicate-key.first-set': 'the first SET never applies',
    'duplicate-key.one-lost': 'one of the values is lost',
    'duplicate-key.hint': 'Keep one of them.',
  },
  zh: {
    'syntax.yaml': 'YAML 语法错误：{error}',
    'syntax.yaml.hint': '请修正 YAML 语法：错误之后的内容可能都无法读取。',
    'syntax.key-not-text': '键不是纯文本：Flink 只读取文本形式的键',
    'syntax.not-a-map': 'config.yaml 必须是由键和值组成的映射',
    'syntax.alias': 'YAML：别名 *{name} 之前没有同名的锚点，Flink 的 YAML 读取器会拒绝该文件',
    'syntax.alias.hint': '直接写出取值，或在此行之前的某个值上设置锚点（&{name}）。',
    'syntax.unclosed-quote': '引号未闭合',
    'syntax.unclosed-quote.hint': '请闭合引号：这一行的内容都不会被读取。',
    'syntax.set': 'SET 语句缺少 "key = value"',
    'syntax.set.hint': "请写成 SET 'key' = 'value';",
    'syntax.unclosed-comment': '注释 "/*" 未闭合',
    'syntax.unclosed-string': '字符串未闭合',
    'syntax.unclosed-name': '带引号的名称未闭合',
    'scalar-and-map':
      '"{key}" 在此处是{now}，在第 {line} 行是{was}，两处位于同一个映射中：YAML 的一个映射中每个键只能出现一次，因此 Flink 可能拒绝该文件，或只保留其中之一',
    'scalar-and-map.hint': '在这个映射中，把值写成 "{written}: …"，把它下面的键写成带点的键 "{written}.<key>: …"。',
    'scalar-and-map.value': '一个值',
    'scalar-and-map.map': '一个映射',
    'duplicate-key.map':
      '"{key}" 在这个映射中出现了两次（另一次在第 {line} 行）：YAML 的一个映射中每个键只能出现一次，因此 Flink 可能拒绝该文件，或只保留一个映射而丢掉另一个映射中的键',
    'duplicate-key.map.hint': '把两个 "{written}" 映射合并为一个。',
    'ignored-line': 'Flink 会跳过这一行：{why}',
    'ignored-line.no-value': '键没有值',
    'ignored-line.no-separator': '键和值之间没有 ": "',
    'ignored-line.empty-key': '键为空',
    'ignored-line.empty-value': '值为空',
    'ignored-line.hint': '写成 "key: value"，冒号后加一个空格。',
    'ignored-line.nested.hint': 'flink-conf.yaml 不支持嵌套：每个配置项单独写一行，写成 "full.key: value"（config.yaml 才支持嵌套）。',
    'hash-in-value': 'Flink 会在 "#" 处截断这一行："{key}" 读到的值是 "{value}"，不含 "{cut}"',
    'hash-in-value.hint': 'flink-conf.yaml 的取值中不能含有 "#"：请改在 config.yaml 中加引号设置，或用 -D 设置。',
    'quoted-value': 'Flink 读取 flink-conf.yaml 时会保留这些引号："{key}" 读到的值是 {value}，包括引号',
    'quoted-value.hint': '去掉引号：flink-conf.yaml 按字面读取取值。',
    'where.version': 'Flink {version}',
    'where.unversioned': '团队笔记',
    'deprecated-key': '"{key}" 在 {where} 中已过期',
    'deprecated-key.hint': '请查看该配置项的描述，了解用什么替代它。',
    'deprecated-key.next': '"{key}" 在 {where} 中已过期；请改用 "{next}"',
    'deprecated-key.next.hint': '改为设置 "{next}"（注意它的类型和取值：这是另一个配置项）。',
    'removed-key': '"{key}" 已不在 {where} 中：最后包含它的版本是 {last}',
    'removed-key.hint': 'Flink 会忽略它：请删除，或查阅发行说明，了解替代它的配置项。',
    'renamed-key': '"{key}" 已改名为 "{to}"（{evidence}{by}）{then}',
    'renamed-key.by': '；改名不晚于 {version}',
    'renamed-key.both': '；第 {line} 行也设置了 "{to}"，Flink 以那一项为准',
    'renamed-key.still-read': '；{reader} 仍会读取它，但已过期',
    'renamed-key.hint': '改用 "{to}"（confref lint --fix 会自动改名）。',
    'renamed-key.both.hint': '删除这一行。',
    'not-checked': '未检查 "{key}"：版本 {version} 只是部分内容（笔记只摘抄了其中一部分）',
    'not-checked.hint': '请对照该版本的上游参考文档检查这个键，或导入一份上游参考。',
    'unknown-key': '"{key}" 不是 {where} 的配置项{later}{mean}',
    'unknown-key.later': '（{version} 中才有）',
    'unknown-key.mean': '；是否应为 "{suggestion}"？',
    'unknown-key.hint': 'Flink 会忽略未知的配置项：请检查拼写，或删除它（如果是插件或连接器读取的配置，可以忽略这条提示）。',
    'unknown-key.mean.hint': 'Flink 会忽略未知的配置项：请把拼写改为 "{suggestion}"。',
    'invalid-value': '"{key}" 的值 "{value}" 不是有效的 {type}：{problem}',
    'invalid-value.hint': 'Flink 读取该配置项时会报错。',
    'invalid-value.default.hint': 'Flink 读取该配置项时会报错；默认值为 "{default}"。',
    'invalid-value.enum.hint': '请使用以下取值之一：{values}。',
    'invalid-value.expression': 'Flink 不会计算取值中的算术表达式：请直接写出结果',
    'invalid-value.empty': '取值为空；{reason}',
    'invalid-value.yaml-list': 'YAML 列表不能作为 {type}',
    'invalid-value.list-item': '列表项 "{item}" 不是有效的 {type}',
    'type.Duration': 'Duration 是带单位的整数时长，单位可为 d、h、min、s、ms、µs 或 ns（例如 "10 s"）',
    'type.MemorySize': 'MemorySize 是带单位的整数大小，单位可为 bytes、kb、mb、gb 或 tb（例如 "64 mb"）',
    'type.Boolean': 'Boolean 只能是 true 或 false',
    'type.Integer': 'Integer 是 -2147483648 到 2147483647 之间的整数',
    'type.Long': 'Long 是不超过 64 位的整数',
    'type.Enum': 'Enum 常量是单个词',
    'type.Enum.values': '应为 {values} 之一',
    'type.Map': 'Map 的写法为 key:value,key2:value2',
    'type.other': '不是有效的 {type}',
    'default-value': '"{key}" 设置的就是默认值 {default}',
    'default-value.hint': '这一行不改变任何设置；除非有意固定该值，否则可以删除。',
    'duplicate-key': '"{key}" 被重复设置：第 {line} 行也设置了它{forms}；{lost}',
    'duplicate-key.forms': '（那里是{was}写法，这里是{now}写法）',
    'duplicate-key.flat': '扁平',
    'duplicate-key.nested': '嵌套',
    'duplicate-key.last-wins': 'Flink 读取最后一个值，前面的值会丢失',
    'duplicate-key.first-set': '第一个 SET 不会生效',
    'duplicate-key.one-lost': '其中一个值会丢失',
    'duplicate-key.hint': '只保留其中一个。',
  },
} as const satisfies Record<Locale, Record<string, string>>;

/** The languages other than English, which name what comes in English from elsewhere by their own tables. */
type Translated = Exclude<Locale, 'en'>;

/** yaml's syntax errors by their code (yaml's own message, in English, is the English). */
const YAML_ERRORS = {
  zh: {
    ALIAS_PROPS: '别名不能带有锚点或标签',
    BAD_ALIAS: '别名或锚点的写法有误',
    BAD_COLLECTION_TYPE: '标签与集合的类型不符',
    BAD_DIRECTIVE: 'YAML 指令（%…）有误',
    BAD_DQ_ESCAPE: '双引号字符串中有无效的转义序列',
    BAD_INDENT: '缩进不正确',
    BAD_PROP_ORDER: '锚点或标签的位置不正确',
    BAD_SCALAR_START: '不加引号的值不能以保留字符（如 @ 或 `）开头',
    BLOCK_AS_IMPLICIT_KEY: '同一行中不能再嵌套键值对（如 "a: b: c"），块结构也不能用作键',
    BLOCK_IN_FLOW: '流式集合（[…] 或 {…}）中不能使用块结构',
    DUPLICATE_KEY: '映射中的键重复',
    IMPOSSIBLE: 'YAML 解析器遇到了无法处理的结构',
    KEY_OVER_1024_CHARS: '键超过了 1024 个字符',
    MISSING_CHAR: '缺少必需的字符（如闭合的引号、键后的冒号或集合项之间的逗号）',
    MULTILINE_IMPLICIT_KEY: '键必须写在一行内（可能是某一行缺少 ": "）',
    MULTIPLE_ANCHORS: '一个节点最多只能有一个锚点',
    MULTIPLE_DOCS: '文件中有多个 YAML 文档（---）',
    MULTIPLE_TAGS: '一个节点最多只能有一个标签',
    NON_STRING_KEY: '键不是字符串',
    RESOURCE_EXHAUSTION: '别名展开过多，超出了解析器的限制',
    TAB_AS_INDENT: '不能用制表符（Tab）缩进',
    TAG_RESOLVE_FAILED: '无法解析标签',
    UNEXPECTED_TOKEN: '此处出现了意外的符号',
  },
} as const satisfies Record<Translated, Record<ErrorCode, string>>;

/** A rename's evidence by its phrase (versions/renames.ts), which the lint reference holds in English. */
type EvidencePhrase = (typeof RENAME_EVIDENCE)[keyof typeof RENAME_EVIDENCE];
const EVIDENCE = {
  zh: {
    'per the rename map': '据改名表',
    'which lists it as a deprecated key': '新配置项将其列为已过期的键',
    'which falls back to it': '新配置项会回退读取它',
    'as its deprecation note says': '据过期说明',
    "per Flink's deprecated keys": '据 Flink 的已过期键列表',
    'the same description, under the new key': '新键下的描述与之相同',
  },
} as const satisfies Record<Translated, Record<EvidencePhrase, string>>;

/** The `{name}`s of a template. */
type Names<T extends string> = T extends `${string}{${infer Name}}${infer Rest}` ? Name | Names<Rest> : never;
/** The parameters of an id: those of its English template. */
export type LintParams<K extends LintMessageId> = Names<(typeof LINT_MESSAGES)['en'][K]>;

/** A language's ids that English lacks, or whose template's parameters are not those of the English one. */
type Mismatched<L extends Locale> = {
  [K in keyof (typeof LINT_MESSAGES)[L]]: K extends LintMessageId
    ? [Names<(typeof LINT_MESSAGES)[L][K]>] extends [LintParams<K>]
      ? [LintParams<K>] extends [Names<(typeof LINT_MESSAGES)[L][K]>]
        ? never
        : K
      : K
    : K;
}[keyof (typeof LINT_MESSAGES)[L]];
type Checked<T extends { [L in Locale]: Record<LintMessageId, string> & Record<Mismatched<L>, never> }> = T;
/** Compiles only when every language has every id and no other, each with the English template's parameters. */
export type LintMessages = Checked<typeof LINT_MESSAGES>;

/** A text of yaml's, in English, with its error code. */
export interface YamlErrorArg {
  yaml: ErrorCode;
  message: string;
}

/** A rename's evidence, in English as the lint reference holds it: a phrase of RENAME_EVIDENCE, maybe `: citation` after it. */
export interface EvidenceArg {
  evidence: string;
}

/** A parameter: a value as written, another text, a text in English from elsewhere; '' for an optional part left out. */
export type LintArg = string | number | LintText | YamlErrorArg | EvidenceArg;

/** A message or hint: its id and parameters. */
export type LintText = {
  [K in LintMessageId]: [LintParams<K>] extends [never] ? { id: K } : { id: K; params: Record<LintParams<K>, LintArg> };
}[LintMessageId];

/** The text `id` with `params`, checked against the id's parameters. */
export function say<K extends LintMessageId>(
  id: K,
  ...params: [LintParams<K>] extends [never] ? [] : [Record<LintParams<K>, LintArg>]
): LintText {
  return (params.length === 0 ? { id } : { id, params: params[0] }) as LintText;
}

/** Han characters and wide punctuation, which Chinese sets with no space beside each other. */
const WIDE = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * The template's spaces beside a text of its own that Chinese drops: a
 * template writes a space between Chinese and a parameter, which is usually
 * Latin (a key, `Flink 1.20`); where the parameter is a text that is Chinese on
 * that side too (团队笔记), the space goes. A value as written keeps its spaces.
 */
function closeUp(template: string, texts: Readonly<Record<string, string>>): string {
  const wide = (char: string | undefined) => char !== undefined && WIDE.test(char);
  return template
    .replace(/(?<=\S) \{(\w+)\}/gu, (whole, name: string, at: number) =>
      wide(template[at - 1]) && wide(texts[name]?.[0]) ? whole.slice(1) : whole,
    )
    .replace(/\{(\w+)\} (?=\S)/gu, (whole, name: string, at: number, text: string) =>
      wide(text[at + whole.length]) && wide(texts[name]?.at(-1)) ? whole.slice(0, -1) : whole,
    );
}

function evidenceIn(lang: Translated, evidence: string): string {
  for (const [phrase, translated] of Object.entries(EVIDENCE[lang]))
    if (evidence === phrase) return translated;
    else if (evidence.startsWith(`${phrase}: `)) return `${translated}：${evidence.slice(phrase.length + 2)}`;
  return evidence;
}

function argIn(arg: LintArg, lang: Locale): string {
  if (typeof arg !== 'object') return String(arg);
  if ('id' in arg) return render(arg, lang);
  if ('yaml' in arg) return lang === 'en' ? arg.message : YAML_ERRORS[lang][arg.yaml];
  return lang === 'en' ? arg.evidence : evidenceIn(lang, arg.evidence);
}

/** A text in `lang`. */
export function render(text: LintText, lang: Locale): string {
  const template: string = LINT_MESSAGES[lang][text.id];
  if (!('params' in text)) return template;
  const values: Record<string, string> = {};
  const texts: Record<string, string> = {};
  for (const [name, arg] of Object.entries<LintArg>(text.params)) {
    values[name] = argIn(arg, lang);
    if (typeof arg === 'object') texts[name] = values[name];
  }
  return fill(lang === 'en' ? template : closeUp(template, texts), values);
}

/** What a finding says, as ids and parameters. */
export interface LintSaying {
  message: LintText;
  hint?: LintText;
}

/** A finding's message and hint in `lang` (in English, its `message` and `hint`). */
export function lintMessage(finding: { text: LintSaying }, lang: Locale): { message: string; hint?: string } {
  const { message, hint } = finding.text;
  return { message: render(message, lang), ...(hint !== undefined ? { hint: render(hint, lang) } : {}) };
}

export function isLintLocale(lang: string): lang is Locale {
  return Object.hasOwn(LINT_MESSAGES, lang);
}

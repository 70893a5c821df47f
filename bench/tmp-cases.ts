import { buildRegistry } from '../src/lib/registry/index.ts';
import { optionSlug } from '../src/lib/site/slugs.ts';
const T = (rows: string[]) => `| Key | Default | Type | Description |\n| --- | --- | --- | --- |\n${rows.join('\n')}\n`;
const cases: Record<string, string | Uint8Array> = {
  invalidUtf8: Buffer.concat([Buffer.from(`# T\n\n${T(['| a.b | 1 | Integer | x |'])}`), Buffer.from([0xff, 0xfe, 0x41, 0x0a])]),
  escapedPipes: `# T\n\n${T(['| a.pipe | "a\\|b" | String | Splits on `x \\| y` or \\| here. |', '| a.code | 1 | Integer | Code `a|b` in a cell. |'])}`,
  htmlBlockTable: `# T\n\n<div>\n\n${T(['| a.inhtml | 1 | Integer | In a div. |'])}\n</div>\n\n<table><tr><td>| a.raw | 1 | Integer | raw |</td></tr></table>\n`,
  unclosedComment: `# T\n\n${T(['| a.before | 1 | Integer | before |'])}\n<!-- never closed\n\n${T(['| a.after | 1 | Integer | after |'])}`,
  keys: `# T\n\n${T(['| "a.quoted" | 1 | Integer | q |', '| a b.space | 1 | Integer | s |', '| a.zero\u200bwidth | 1 | Integer | z |', '| ../../etc/passwd | 1 | Integer | p |', '| __proto__ | 1 | Integer | proto |', '| constructor.prototype | 1 | Integer | c |', `| a.${'long'.repeat(100)} | 1 | Integer | long |`, '| A.Case | 1 | Integer | upper |', '| a.case | 1 | Integer | lower |', '| a.<name>.x | 1 | Integer | placeholder |'])}`,
  cells: `# T\n\n${T(['| a.few | 1 |', '| a.many | 1 | Integer | d | extra | more |'])}`,
};
for (const [name, contents] of Object.entries(cases)) {
  const r = buildRegistry([{ path: `${name}.md`, contents }]);
  console.log(`== ${name}`);
  console.log(r.registry.options.map((o) => `${JSON.stringify(o.key)} -> ${optionSlug(o.key)} | ${o.default?.raw} | ${o.descriptions.en?.text ?? o.descriptions.zh?.text}`).join('\n'));
  console.log(r.files.flatMap((f) => f.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason} [${m.note ?? ''}]`)).join('\n'));
}
{
  const r = buildRegistry([{ path: 'details.md', contents: `# T\n\n<details>\n<summary>More</summary>\n${T(['| a.hidden | 1 | Integer | h |'])}</details>\n\n<!-- ok | a.b | -->\n` }]);
  console.log(r.files.flatMap((f) => f.messages.map((m) => `${m.line}:${m.column} ${m.ruleId} ${m.reason} [${m.note ?? ''}]`)).join('\n'));
}

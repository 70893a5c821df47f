import { buildRegistry } from '../src/lib/registry/index.ts';
const n = Number(process.argv[2] ?? 1000);
const only = process.argv[3];
const cases: Record<string, string> = {
  list1line: '- '.repeat(n) + 'x\n',
  listIndented: Array.from({ length: n }, (_, i) => ' '.repeat(i * 2) + '- x').join('\n') + '\n',
  quote: '>'.repeat(n) + ' x\n',
  brackets: '['.repeat(n) + 'x' + ']'.repeat(n) + '\n',
  emphasis: '*'.repeat(n) + 'x' + '*'.repeat(n) + '\n',
  html: '<div>'.repeat(n) + 'x' + '</div>'.repeat(n) + '\n',
  links: '[a]('.repeat(n) + ')'.repeat(n) + '\n',
  longline: 'word '.repeat(Math.floor(5e6 / 5)) + '\n',
};
for (const [name, text] of Object.entries(cases)) {
  if (only && only !== name) continue;
  const t0 = performance.now();
  try {
    const r = buildRegistry([{ path: `${name}.md`, contents: `# T\n\n${text}\n| Key | Default | Type | Description |\n| --- | --- | --- | --- |\n| a.b | 1 | Integer | x |\n` }]);
    console.log(name, n, Math.round(performance.now() - t0), 'ms', r.registry.options.length, r.files.flatMap((f) => f.messages.map((m) => `${m.ruleId}@${m.line}`)).slice(0, 3));
  } catch (e) { console.log(name, 'threw', String(e).slice(0, 100), Math.round(performance.now() - t0)); }
}

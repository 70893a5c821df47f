/**
 * A generated note of N options shaped like Flink's tables: every type, the
 * default shapes Flink uses, descriptions with code, links and HTML.
 */
const TYPES = [
  ['Boolean', (i: number) => (i % 2 ? 'true' : 'false')],
  ['Integer', (i: number) => String(i % 1000)],
  ['Long', (i: number) => String(i * 1_000_003)],
  ['Double', (i: number) => `0.${i % 10}`],
  ['String', (i: number) => (i % 3 ? '(none)' : `"value-${i}"`)],
  ['Duration', (i: number) => `${i % 60} s`],
  ['MemorySize', (i: number) => `${(i % 512) + 1} mb`],
  ['Enum', () => 'EXACTLY_ONCE'],
  ['List<String>', (i: number) => `a${i};b${i}`],
  ['Map', (i: number) => `k${i}:v,x:${i}`],
] as const;

export function syntheticNote(count: number, { seed = 'bench' } = {}): string {
  const lines = [`# Synthetic options (${seed}, ${count})`, '', 'Generated to measure confref.', ''];
  const perSection = 500;
  for (let i = 0; i < count; i++) {
    if (i % perSection === 0) {
      lines.push('', `## Section ${i / perSection + 1}`, '', '| Key | Default | Type | Description |', '| :-- | :-- | :-- | :-- |');
    }
    const [type, value] = TYPES[i % TYPES.length]!;
    const typeCell = type === 'Enum' ? 'Enum' : type;
    const key = `group${i % 37}.sub${i % 11}.option-${i}`;
    const description =
      i % 4 === 0
        ? `Controls option ${i}. See \`group${i % 37}.sub${i % 11}.option-${i}\` and the [docs](https://example.org/${i}). Possible values: EXACTLY_ONCE, AT_LEAST_ONCE`
        : i % 4 === 1
          ? `The size used by component ${i}.<br>Second line with <code>code</code>.`
          : `Plain description of synthetic option number ${i}, long enough to look like a real sentence in Flink's docs.`;
    lines.push(`| ${key} | ${value(i)} | ${typeCell} | ${description} |`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * `npm run bench`: prints figures, asserts nothing.
 * - parse+validate throughput of the registry build on a generated 10,000-option
 *   note, beside plain remark-gfm parsing of the same text (goal: ≤ 1.5×).
 */
import { performance } from 'node:perf_hooks';
import os from 'node:os';
import remarkGfm from 'remark-gfm';
import remarkParse from 'remark-parse';
import { unified } from 'unified';
import { buildRegistry } from '../src/lib/registry/index.ts';
import { syntheticNote } from './synthetic.ts';

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)]!;
}

function time(runs: number, fn: () => unknown): number {
  fn(); // warm-up
  const samples: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    samples.push(performance.now() - start);
  }
  return median(samples);
}

const fmt = (n: number, digits = 1): string => n.toLocaleString('en', { maximumFractionDigits: digits, minimumFractionDigits: digits });

console.log(`confref bench — ${os.cpus()[0]?.model ?? 'cpu'} ×${os.cpus().length}, Node ${process.version}\n`);

const OPTIONS = 10_000;
const note = syntheticNote(OPTIONS);
const bytes = Buffer.byteLength(note);
const runs = 5;
const remark = unified().use(remarkParse).use(remarkGfm);
const plain = time(runs, () => remark.parse(note));
let options = 0;
const ours = time(runs, () => {
  options = buildRegistry([{ path: 'synthetic.md', contents: note }]).registry.options.length;
});
const mb = bytes / 1024 / 1024;
console.log(`Parse + validate, one note of ${OPTIONS.toLocaleString('en')} options (${fmt(mb, 2)} MB), median of ${runs}:`);
console.log(`  plain remark-gfm parse   ${fmt(plain, 0).padStart(7)} ms   ${fmt(mb / (plain / 1000)).padStart(6)} MB/s`);
console.log(`  confref registry build   ${fmt(ours, 0).padStart(7)} ms   ${fmt(mb / (ours / 1000)).padStart(6)} MB/s   ${fmt(options / (ours / 1000), 0)} options/s (${options} options)`);
console.log(`  ratio                    ${fmt(ours / plain, 2)}× plain remark-gfm (goal ≤ 1.50×)`);

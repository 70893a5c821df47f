import { readFileSync } from 'node:fs';
import MiniSearch from 'minisearch';
import { unpackSearch, decodePostings } from '../src/lib/search/bundle.ts';
import { SEARCH_OPTIONS } from '../src/lib/search/options.ts';
const text = readFileSync('/tmp/cf/cache/b6b390e880161d1568374f73/search.en.v2.1.json', 'utf8');
const bundle = JSON.parse(text.slice(text.indexOf('\n') + 1));
for (let i = 0; i < 4; i++) {
  let s = performance.now();
  let n = 0;
  for (const [terms, postings] of Object.values(bundle.shards) as any) for (let j = 0; j < terms.length; j++) n += Object.keys(decodePostings(postings[j])).length;
  const d = performance.now() - s;
  s = performance.now();
  const plain = unpackSearch(bundle.core, Object.values(bundle.shards) as any);
  const u = performance.now() - s;
  s = performance.now();
  MiniSearch.loadJS(plain, SEARCH_OPTIONS);
  console.log('decode', d.toFixed(1), 'unpack', u.toFixed(1), 'loadJS', (performance.now() - s).toFixed(1), n);
}

import { readFileSync, readdirSync } from 'node:fs';
import { buildRegistry } from './src/lib/registry/index.ts';
import { lintReference } from './src/lib/lint/index.ts';
import { fixRenames } from './src/lib/lint/fix.ts';
const dir = 'tests/fixtures/lint/notes';
const r = buildRegistry(readdirSync(dir).map((f) => ({ path: f, contents: readFileSync(`${dir}/${f}`) })));
const ref = lintReference(r.registry, '1.20');
const text = `# head
state.backend: rocksdb   # the backend
taskmanager:
  numberOfTaskSlots: 2
state:
  # where checkpoints go
  checkpoints:
    dir: hdfs:///x  # dir
  backend:
    local-recovery: true
    incremental: true
table:
  exec.old-name: 3
`;
const out = fixRenames(text, 'config-yaml', ref);
console.log(out.text, out.changes);

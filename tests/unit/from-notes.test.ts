import { describe, expect, it } from 'vitest';
import { keysSetInCode, noteExamplesByKey } from '../../src/lib/snippets/from-notes.ts';
import { build, table } from '../helpers/notes.ts';

describe("keys set in the notes' code blocks", () => {
  it.each([
    ['yaml', 'state:\n  backend: rocksdb\nstate.checkpoints.dir: hdfs:///cp\n', ['state.backend', 'state.checkpoints.dir']],
    ['yaml', 'not: [valid\nweb.timeout: 1 min\n', ['not', 'web.timeout']],
    ['sql', "SET 'state.backend' = 'rocksdb';\nset execution.runtime-mode=batch;", ['state.backend', 'execution.runtime-mode']],
    ['bash', './bin/flink run -Dstate.backend=rocksdb -D web.timeout=1min job.jar', ['state.backend', 'web.timeout']],
    [
      'java',
      'config.setString("state.backend", "rocksdb");\nconfig.set(ConfigOptions.key("web.timeout").durationType().noDefaultValue(), d);',
      ['web.timeout', 'state.backend'],
    ],
    ['python', 'config.set_string("state.backend", "rocksdb")', ['state.backend']],
    ['properties', 'state.backend=rocksdb\nweb.timeout: 1 min', ['state.backend', 'web.timeout']],
  ])('%s: %j', (lang, code, keys) => expect([...keysSetInCode(lang, code)].sort()).toEqual([...keys].sort()));

  it('maps known keys to the blocks that set them, under their heading', () => {
    const result = build({
      'a.md': `${table(['| state.backend | (none) | String | The backend. |'])}\n## 使用实例\n\n\`\`\`yaml\nstate.backend: rocksdb\nunknown.key: 1\n\`\`\`\n`,
    });
    const examples = noteExamplesByKey(result.registry);
    expect([...examples.keys()]).toEqual(['state.backend']);
    expect(examples.get('state.backend')!.map((e) => [e.note.file, e.block.position.line, e.headingId])).toEqual([['a.md', 7, '使用实例']]);
  });
});

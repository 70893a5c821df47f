import { describe, expect, it } from 'vitest';
import { isKeyLike, keyParts, wrappableKey } from '../../src/lib/site/key-parts.ts';

describe('keyParts', () => {
  it('breaks after each dot, hyphen and underscore, never inside a word', () => {
    expect(keyParts('execution.checkpointing.interval')).toEqual(['execution.', 'checkpointing.', 'interval']);
    expect(keyParts('taskmanager.memory.jvm-overhead.min')).toEqual(['taskmanager.', 'memory.', 'jvm-', 'overhead.', 'min']);
    expect(keyParts('containerized.master.env.FLINK_ENV_JAVA_OPTS')).toEqual([
      'containerized.',
      'master.',
      'env.',
      'FLINK_',
      'ENV_',
      'JAVA_',
      'OPTS',
    ]);
  });

  it('keeps runs of separators and placeholders together, and a key without separators whole', () => {
    expect(keyParts('metrics.reporter.<name>.factory.class')).toEqual(['metrics.', 'reporter.', '<name>.', 'factory.', 'class']);
    expect(keyParts('a..b--c')).toEqual(['a..', 'b--', 'c']);
    expect(keyParts('parallelism')).toEqual(['parallelism']);
    expect(keyParts('trailing.')).toEqual(['trailing.']);
    expect(keyParts('')).toEqual(['']);
  });

  it('joins back to the key', () => {
    for (const key of ['state.backend.rocksdb.memory.fixed-per-slot', 'a_b-c.d', '-x.']) expect(keyParts(key).join('')).toBe(key);
  });
});

describe('isKeyLike', () => {
  it('tells a key from a prose title', () => {
    expect(isKeyLike('execution.checkpointing.interval')).toBe(true);
    expect(isKeyLike('metrics.reporter.<name>.class')).toBe(true);
    expect(isKeyLike('Checkpointing and state backends')).toBe(false);
    expect(isKeyLike('Overview')).toBe(false);
    expect(isKeyLike('状态后端')).toBe(false);
  });
});

describe('wrappableKey', () => {
  it('puts a zero-width space between the parts, and nothing else', () => {
    expect(wrappableKey('execution.checkpointing.interval-during-backlog')).toBe(
      'execution.\u200bcheckpointing.\u200binterval-\u200bduring-\u200bbacklog',
    );
    expect(wrappableKey('execution.checkpointing.interval').replaceAll('\u200b', '')).toBe('execution.checkpointing.interval');
  });
});

import { describe, expect, it } from 'vitest';
import ecConfig, { stableTokenizing, TOKENIZE_TIME_LIMIT_MS } from '../../ec.config.mjs';

describe('code highlighting settings (ec.config.mjs)', () => {
  it("give Shiki's tokenizer a time limit far above the first line's grammar compile, for every block", () => {
    const options: { lang: string; tokenizeTimeLimit?: number } = { lang: 'sql' };
    stableTokenizing.preprocess?.call({} as never, "SET 'state.backend' = 'rocksdb';", options as never);
    expect(options.tokenizeTimeLimit).toBe(TOKENIZE_TIME_LIMIT_MS);
    expect(TOKENIZE_TIME_LIMIT_MS).toBe(10_000);
  });

  it("use Shiki's JavaScript engine with the transformer", () => {
    expect(ecConfig.shiki).toEqual({ engine: 'javascript', transformers: [stableTokenizing] });
  });
});

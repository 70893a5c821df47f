import { describe, expect, it } from 'vitest';
import { defaultText, defaultView } from '../../src/lib/site/default-view.ts';
import { build, optionOf, table } from '../helpers/notes.ts';

/** Flink's own `classloader.parent-first-patterns.default`, as its generated table writes it. */
const PATTERNS =
  '"java.";"scala.";"org.apache.flink.";"com.esotericsoftware.kryo";"org.apache.hadoop.";"javax.annotation.";"org.slf4j";"org.apache.log4j";"org.apache.logging";"org.apache.commons.logging";"ch.qos.logback"';
/** The start of Flink 1.20's `env.java.default-opts.all`. */
const JVM_OPTS =
  '-XX:+IgnoreUnrecognizedVMOptions --add-exports=java.base/sun.net.util=ALL-UNNAMED --add-exports=java.rmi/sun.rmi.registry=ALL-UNNAMED';

describe('how a default is shown', () => {
  const result = build({
    'values.md': `# Values\n\n${table([
      `| classloader.parent-first-patterns.default | ${PATTERNS} | List<String> | Patterns. |`,
      '| a.two | "x;y";z | List<String> | A quoted item holds the separator. |',
      '| a.durations | 1 s;2 min | List<Duration> | Durations as written. |',
      '| a.one | java. | List<String> | One item. |',
      '| a.no-list | [] | List<String> | An empty list. |',
      '| a.semicolons | java.;scala. | String | Not a list type. |',
      '| a.labels | env:prod,"team:data,platform",tier:gold | Map | A quoted entry holds the separator. |',
      '| a.many | a:1,b:2,c:3,d:4,e:5,f:6,g:7 | Map | Seven entries. |',
      '| a.single | env:prod | Map | One entry. |',
      '| a.twice | a:1,a:2 | Map | A key written twice. |',
      `| env.java.default-opts.all | ${JVM_OPTS} | String | JVM options. |`,
      '| a.quoted | "a;b" | String | A quoted String. |',
      '| a.empty | "" | String | Empty. |',
    ])}`,
  });
  const view = (key: string) => defaultView(optionOf(result, key).default!);

  it('a typed list of more than five items: the first five, then the rest behind "show all (N)", the text as written kept', () => {
    expect(view('classloader.parent-first-patterns.default')).toEqual({
      kind: 'list',
      raw: PATTERNS,
      count: 11,
      shown: ['java.', 'scala.', 'org.apache.flink.', 'com.esotericsoftware.kryo', 'org.apache.hadoop.'],
      more: ['javax.annotation.', 'org.slf4j', 'org.apache.log4j', 'org.apache.logging', 'org.apache.commons.logging', 'ch.qos.logback'],
    });
  });

  it('list items as written: quotes removed, a quoted separator kept, durations not converted', () => {
    expect(view('a.two')).toEqual({ kind: 'list', raw: '"x;y";z', count: 2, shown: ['x;y', 'z'], more: [] });
    expect(view('a.durations')).toEqual({ kind: 'list', raw: '1 s;2 min', count: 2, shown: ['1 s', '2 min'], more: [] });
  });

  it('one item, an empty list and a String with semicolons stay one text', () => {
    expect(view('a.one')).toEqual({ kind: 'text', raw: 'java.', text: 'java.' });
    expect(view('a.no-list')).toEqual({ kind: 'text', raw: '[]', text: '[]' });
    expect(view('a.semicolons')).toEqual({ kind: 'text', raw: 'java.;scala.', text: 'java.;scala.' });
  });

  it('a typed map: key → value entries in the order written, more than five folded', () => {
    /** `[key, value]` pairs as the view's entries. */
    const entries = (...pairs: Array<[string, string]>) => pairs.map(([key, value]) => ({ key, value }));
    expect(view('a.labels')).toEqual({
      kind: 'map',
      raw: 'env:prod,"team:data,platform",tier:gold',
      count: 3,
      shown: entries(['env', 'prod'], ['team', 'data,platform'], ['tier', 'gold']),
      more: [],
    });
    expect(view('a.many')).toEqual({
      kind: 'map',
      raw: 'a:1,b:2,c:3,d:4,e:5,f:6,g:7',
      count: 7,
      shown: entries(['a', '1'], ['b', '2'], ['c', '3'], ['d', '4'], ['e', '5']),
      more: entries(['f', '6'], ['g', '7']),
    });
  });

  it('a map of one entry, or with a key written twice (one typed entry), stays as written', () => {
    expect(view('a.single')).toEqual({ kind: 'text', raw: 'env:prod', text: 'env:prod' });
    expect(view('a.twice')).toEqual({ kind: 'text', raw: 'a:1,a:2', text: 'a:1,a:2' });
  });

  it('a text over 80 characters is folded after its first 60, keeping its length and the text as written', () => {
    expect(view('env.java.default-opts.all')).toEqual({
      kind: 'long',
      raw: JVM_OPTS,
      preview: '-XX:+IgnoreUnrecognizedVMOptions --add-exports=java.base/sun…',
      length: 133,
    });
    // Characters, not UTF-16 units: a long Chinese text is cut between characters.
    const chinese = '值'.repeat(81);
    expect(defaultView({ raw: chinese, value: chinese, kind: 'literal' })).toEqual({
      kind: 'long',
      raw: chinese,
      preview: `${'值'.repeat(60)}…`,
      length: 81,
    });
    expect(defaultView({ raw: 'x'.repeat(80), value: 'x'.repeat(80), kind: 'literal' }).kind).toBe('text');
  });

  it('quoted and empty texts as written; an empty text shows as ""', () => {
    expect(view('a.quoted')).toEqual({ kind: 'text', raw: '"a;b"', text: '"a;b"' });
    expect(view('a.empty')).toEqual({ kind: 'text', raw: '""', text: '""' });
    expect(defaultView({ raw: '', value: '', kind: 'literal' })).toEqual({ kind: 'text', raw: '', text: '""' });
    expect([defaultText(''), defaultText('20 kb'), defaultText(' ')]).toEqual(['""', '20 kb', ' ']);
  });

  it('an untyped default (an expression, words, an invalid value) is never split', () => {
    expect(defaultView({ raw: 'a;b;c', value: null, kind: 'invalid' })).toEqual({ kind: 'text', raw: 'a;b;c', text: 'a;b;c' });
    expect(defaultView({ raw: 'k:v,k2:v2', value: null, kind: 'text' })).toEqual({ kind: 'text', raw: 'k:v,k2:v2', text: 'k:v,k2:v2' });
  });
});

import { CloseKeyIndex, keyCloseness, keyWords, type KeyCloseness } from '../key-similarity.ts';
import { compareOptions, where } from '../merge.ts';
import type { Note, Option, SourcePosition } from '../schema.ts';
import type { RegistryRule } from './rule.ts';

/** What the notes say of one option: whether the upstream reference defines it, and which team notes do. */
interface Attestation {
  option: Option;
  /** The upstream reference's first row of the key, if it defines it; with the reference's name (`Apache Flink 2.1`). */
  upstream: { at: SourcePosition; name: string | null } | null;
  /** The first row of the key in each team note (a note and its translation count once). */
  notes: SourcePosition[];
}

function attest(option: Option, notesByFile: ReadonlyMap<string, Note>): Attestation {
  let upstream: Attestation['upstream'] = null;
  const byNote = new Map<string, SourcePosition>();
  // The definitions say which rows are the upstream reference (registry/resolve.ts); translations define nothing.
  for (const definition of option.definitions) {
    if (definition.kind === 'upstream') {
      if (!upstream) {
        const source = notesByFile.get(definition.source.file)?.frontmatter['source'];
        upstream = { at: definition.source, name: typeof source === 'string' ? source.split(',')[0]!.trim() : null };
      }
    } else if (definition.kind === 'note' && !byNote.has(definition.note)) byNote.set(definition.note, definition.source);
  }
  return { option, upstream, notes: [...byNote.values()] };
}

/** Keys named as each other's deprecated, fallback or replacement keys are related on purpose, however alike. */
function related(a: Option, b: Option): boolean {
  const names = (o: Option) => [...o.deprecatedKeys, ...o.fallbackKeys, ...o.replacedBy];
  return names(a).includes(b.key) || names(b).includes(a.key);
}

function howClose(closeness: KeyCloseness, suspect: string, known: string): string {
  const letters = (key: string) => key.replace(/[._-]/g, '');
  if (closeness.kind === 'case') return 'differs only in case from';
  if (closeness.kind === 'separators') return `differs only in separators${letters(suspect) === letters(known) ? '' : ' and case'} from`;
  return `is ${closeness.edits} edit${closeness.edits === 1 ? '' : 's'} from`;
}

const LISTED_NOTES = 3;

function definedBy(known: Attestation, version: string | null): string {
  const other = known.option.version !== version ? ` in version ${known.option.version ?? '(none)'}` : '';
  if (known.upstream) {
    const name = known.upstream.name ? `${known.upstream.name}: ` : '';
    return `which the upstream reference defines${other} (${name}${where(known.upstream.at)})`;
  }
  const shown = known.notes.slice(0, LISTED_NOTES).map(where).join(', ');
  const more = known.notes.length > LISTED_NOTES ? ` and ${known.notes.length - LISTED_NOTES} more` : '';
  return `which ${known.notes.length} notes define${other} (${shown}${more})`;
}

/**
 * A key close to another, better-attested key (see key-similarity.ts for
 * "close"): a likely misspelling. The better-attested key is the one the
 * upstream reference defines, or that more notes define. A key the upstream
 * reference defines (in any version) is never the suspect, and two keys as
 * well attested as each other are not reported: nothing says which is right.
 * Candidates are the keys of the suspect's version; when that version has no
 * upstream reference of its own, also the upstream keys of other versions.
 * Keys that differ only in case within one version are `key-case`'s.
 */
export const similarKey: RegistryRule = {
  id: 'similar-key',
  check({ options, notes, report }) {
    const notesByFile = new Map(notes.map((note) => [note.file, note]));
    const attested = options.map((option) => attest(option, notesByFile));
    const upstreamKeys = new Set(attested.filter((a) => a.upstream).map((a) => a.option.key));
    const versionsWithUpstream = new Set(attested.filter((a) => a.upstream).map((a) => a.option.version));
    // How many distinct keys use each word: a word other keys use is a real word, not a typo.
    const keysOfWord = new Map<string, number>();
    for (const key of new Set(options.map((o) => o.key)))
      for (const word of new Set(keyWords(key))) keysOfWord.set(word, (keysOfWord.get(word) ?? 0) + 1);
    const index = new CloseKeyIndex<Attestation>();
    for (const a of attested) index.add(a.option.key, a);

    for (const suspect of attested) {
      const { option } = suspect;
      if (upstreamKeys.has(option.key) || suspect.notes.length === 0) continue;
      const crossVersion = !versionsWithUpstream.has(option.version);
      let best: Candidate | undefined;
      for (const known of index.candidates(option.key)) {
        const sameVersion = known.option.version === option.version;
        if (!(sameVersion || (crossVersion && known.upstream))) continue;
        if (!known.upstream && known.notes.length <= suspect.notes.length) continue;
        if (related(option, known.option)) continue;
        const pair = [option.key, known.option.key];
        const isKnownWord = (word: string) => (keysOfWord.get(word) ?? 0) > pair.filter((key) => keyWords(key).includes(word)).length;
        const closeness = keyCloseness(option.key, known.option.key, isKnownWord);
        if (!closeness || (closeness.kind === 'case' && sameVersion)) continue;
        const candidate = { known, closeness };
        if (!best || compareCandidates(candidate, best, option) < 0) best = candidate;
      }
      if (!best) continue;
      const suggested = best.known.option.key;
      for (const at of option.sources) {
        report(
          at,
          `Key "${option.key}" ${howClose(best.closeness, option.key, suggested)} "${suggested}", ${definedBy(best.known, option.version)}; did you mean "${suggested}"?`,
          `If it is the same option, spell the key as "${suggested}": keys must match exactly, so this row defines an option of its own.`,
        );
      }
    }
  },
};

interface Candidate {
  known: Attestation;
  closeness: KeyCloseness;
}

/** Fewest edits first; then the suspect's own version, the upstream reference, more notes, and the key for a stable order. */
function compareCandidates(a: Candidate, b: Candidate, suspect: Option): number {
  const otherVersion = (c: Candidate) => (c.known.option.version === suspect.version ? 0 : 1);
  const notUpstream = (c: Candidate) => (c.known.upstream ? 0 : 1);
  return (
    a.closeness.edits - b.closeness.edits ||
    otherVersion(a) - otherVersion(b) ||
    notUpstream(a) - notUpstream(b) ||
    b.known.notes.length - a.known.notes.length ||
    compareOptions(a.known.option, b.known.option)
  );
}

/**
 * A parsed note crosses a worker boundary as plain data: VFile and its
 * messages are classes, so the messages travel as their fields and are put
 * back on a fresh VFile on the other side. The CLI's registry cache keeps
 * diagnostics the same way (snapshot.ts).
 */
import { VFile } from 'vfile';
import type { ParsedNote } from './note.ts';

export interface PlainMessage {
  reason: string;
  line: number | undefined;
  column: number | undefined;
  ruleId: string | undefined;
  source: string | undefined;
  fatal: boolean | null | undefined;
  note: string | undefined;
}

export type PlainParsedNote = Omit<ParsedNote, 'file'> & { path: string; messages: PlainMessage[] };

/** A file's messages as plain data. */
export function plainMessages(file: VFile): PlainMessage[] {
  return file.messages.map((m) => ({
    reason: m.reason,
    line: m.line,
    column: m.column,
    ruleId: m.ruleId,
    source: m.source,
    fatal: m.fatal,
    note: m.note,
  }));
}

/** A fresh VFile at `path` holding the messages `plainMessages` took from another. */
export function fileFromPlain(path: string, messages: readonly PlainMessage[]): VFile {
  const file = new VFile({ path });
  for (const m of messages) {
    const place = m.line === undefined ? undefined : { line: m.line, column: m.column ?? 1 };
    const message = file.message(m.reason, {
      ...(place ? { place } : {}),
      ...(m.ruleId ? { ruleId: m.ruleId } : {}),
      ...(m.source ? { source: m.source } : {}),
    });
    message.fatal = m.fatal;
    if (m.note !== undefined) message.note = m.note;
  }
  return file;
}

export function toPlain(parsed: ParsedNote): PlainParsedNote {
  const { file, ...rest } = parsed;
  return { ...rest, path: file.path, messages: plainMessages(file) };
}

export function fromPlain(plain: PlainParsedNote): ParsedNote {
  const { path, messages, ...rest } = plain;
  return { ...rest, file: fileFromPlain(path, messages) };
}

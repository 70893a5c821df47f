/**
 * A worker thread of the parse pool (parse-pool.ts): parses the notes it is
 * sent, one at a time, and answers with each as plain data.
 */
import { parentPort } from 'node:worker_threads';
import { parseNoteSafely } from './fallback.ts';
import type { SourceNote } from './note.ts';
import { toPlain } from './parsed-message.ts';

const port = parentPort;
if (!port) throw new Error('parse-worker.ts runs as a worker thread');
port.on('message', ({ index, source }: { index: number; source: SourceNote }) => {
  port.postMessage({ index, parsed: toPlain(parseNoteSafely(source)) });
});
port.postMessage({ ready: true });

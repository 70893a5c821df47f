/**
 * Notes parsed in worker threads: both cores work, and each note has a time
 * and memory budget. A note over its budget is stopped (its worker is
 * terminated and replaced) and becomes a `too-complex` fallback, so one
 * pathological note cannot hold the build. Results come back in the order of
 * the sources, so the registry is the same as an in-thread build's.
 *
 * Workers are kept between calls (unreferenced while idle, so they never keep
 * a process alive): `astro dev` and test runs parse many times. A worker idle
 * for `idleMs` is ended: a build parses its notes once, and two idle workers
 * kept their heaps (about 160 MiB resident on the Flink three-version site)
 * through the whole page generation.
 */
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { failedNote, parseNoteSafely } from './fallback.ts';
import type { ParsedNote, SourceNote } from './note.ts';
import { fromPlain, type PlainParsedNote } from './parsed-message.ts';

export interface ParseBudget {
  /** Time every note may take, whatever its size. */
  baseMs: number;
  /** Time added per MiB of the note. */
  msPerMiB: number;
  /** Old-generation heap a worker may use. */
  memoryMiB: number;
}

export const DEFAULT_BUDGET: ParseBudget = { baseMs: 20_000, msPerMiB: 20_000, memoryMiB: 2_048 };

export interface PoolOptions {
  threads: number;
  budget: ParseBudget;
  /** How long a worker is kept idle before it is ended (DEFAULT_IDLE_MS). */
  idleMs?: number;
}

export const DEFAULT_IDLE_MS = 2_000;

export function defaultThreads(): number {
  return Math.max(1, Math.min(availableParallelism(), 4));
}

function sizeOf(source: SourceNote): number {
  return typeof source.contents === 'string' ? Buffer.byteLength(source.contents) : source.contents.byteLength;
}

/** The time a note may take to parse: the base, plus a share per MiB. */
export function timeBudgetMs(source: SourceNote, budget: ParseBudget): number {
  return Math.round(budget.baseMs + (sizeOf(source) / 1_048_576) * budget.msPerMiB);
}

/** Raised when no worker thread can be started here (the caller parses in its own thread). */
export class WorkersUnavailable extends Error {}

type Answer = { ready: true } | { index: number; parsed: PlainParsedNote };

interface Slot {
  worker: Worker;
  memoryMiB: number;
  /** Stops watching the worker while it is idle (set while it is in `idle`). */
  release?: () => void;
}

const idle: Slot[] = [];

/** How many parse workers are kept idle now. */
export function idleWorkers(): number {
  return idle.length;
}

function startWorker(memoryMiB: number): Promise<Slot> {
  return new Promise((resolve, reject) => {
    let worker: Worker;
    try {
      worker = new Worker(new URL('./parse-worker.ts', import.meta.url), { resourceLimits: { maxOldGenerationSizeMb: memoryMiB } });
    } catch (error) {
      reject(new WorkersUnavailable(String(error)));
      return;
    }
    const onMessage = (answer: Answer): void => {
      if (!('ready' in answer)) return;
      worker.off('error', onError);
      worker.off('exit', onExit);
      worker.off('message', onMessage);
      resolve({ worker, memoryMiB });
    };
    const onError = (error: Error): void => reject(new WorkersUnavailable(error.message));
    const onExit = (code: number): void => reject(new WorkersUnavailable(`the parse worker exited with code ${code} before it was ready`));
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
  });
}

async function takeWorker(memoryMiB: number): Promise<Slot> {
  const index = idle.findIndex((slot) => slot.memoryMiB === memoryMiB);
  if (index === -1) return startWorker(memoryMiB);
  const slot = idle.splice(index, 1)[0]!;
  slot.release?.();
  return slot;
}

/**
 * Keeps a worker for the next call, for `idleMs` at most; one that errs or
 * exits while idle is dropped, never handed out.
 */
function giveBack(slot: Slot, idleMs: number): void {
  const { worker } = slot;
  worker.unref();
  const drop = (): void => {
    const index = idle.indexOf(slot);
    if (index !== -1) idle.splice(index, 1);
  };
  const end = setTimeout(() => {
    drop();
    slot.release?.();
    void worker.terminate();
  }, idleMs);
  end.unref();
  worker.on('error', drop);
  worker.once('exit', drop);
  slot.release = () => {
    clearTimeout(end);
    worker.off('error', drop);
    worker.off('exit', drop);
    delete slot.release;
  };
  idle.push(slot);
}

/** Parses one note on `slot`; resolves with the parsed note and whether the worker can be used again. */
function parseOn(slot: Slot, index: number, source: SourceNote, budget: ParseBudget): Promise<{ parsed: ParsedNote; alive: boolean }> {
  const { worker } = slot;
  worker.ref();
  const ms = timeBudgetMs(source, budget);
  return new Promise((resolve) => {
    const done = (parsed: ParsedNote, alive: boolean): void => {
      clearTimeout(timer);
      worker.off('message', onMessage);
      worker.off('error', onError);
      worker.off('exit', onExit);
      if (!alive) void worker.terminate();
      resolve({ parsed, alive });
    };
    const onMessage = (answer: Answer): void => {
      if ('index' in answer && answer.index === index) done(fromPlain(answer.parsed), true);
    };
    const onError = (error: Error & { code?: string }): void => {
      const outOfMemory = error.code === 'ERR_WORKER_OUT_OF_MEMORY';
      done(
        outOfMemory
          ? failedNote(
              source,
              'too-complex',
              `Parsing the note needed more than ${budget.memoryMiB} MiB of memory; it was stopped, its page shows its source as text and its tables are not in the registry.`,
              HINT,
            )
          : failedNote(
              source,
              'note-failed',
              `The note could not be read (${error.message.slice(0, 300)}); its page shows its source as text and its tables are not in the registry.`,
              'The rest of the site is built.',
            ),
        false,
      );
    };
    const onExit = (code: number): void => onError(new Error(`the parse worker exited with code ${code}`));
    const timer = setTimeout(() => {
      done(
        failedNote(
          source,
          'too-complex',
          `Parsing the note took longer than its budget of ${(ms / 1000).toFixed(1)} s; it was stopped, its page shows its source as text and its tables are not in the registry.`,
          HINT,
        ),
        false,
      );
    }, ms);
    worker.on('message', onMessage);
    worker.once('error', onError);
    worker.once('exit', onExit);
    worker.postMessage({ index, source });
  });
}

const HINT =
  'Look for machine-made Markdown: thousands of unclosed `<!--` or `[`, very long rows of cells, or runs of emphasis markers. The budget is set by CONFREF_PARSE_BUDGET_MS.';

/**
 * Parses the notes on up to `threads` workers; the result is in the order of
 * `sources`. Throws WorkersUnavailable when not even one worker starts.
 */
export async function parseInWorkers(
  sources: readonly SourceNote[],
  { threads, budget, idleMs = DEFAULT_IDLE_MS }: PoolOptions,
): Promise<ParsedNote[]> {
  if (sources.length === 0) return [];
  const results: ParsedNote[] = new Array(sources.length);
  let next = 0;
  const lane = async (first: Slot): Promise<void> => {
    let slot: Slot | undefined = first;
    while (next < sources.length) {
      const index = next++;
      slot ??= await takeWorker(budget.memoryMiB).catch(() => undefined);
      if (!slot) {
        // No replacement worker could start: this note is parsed here, without a budget.
        results[index] = parseNoteSafely(sources[index]!);
        continue;
      }
      const { parsed, alive } = await parseOn(slot, index, sources[index]!, budget);
      results[index] = parsed;
      if (!alive) slot = undefined;
    }
    if (slot) giveBack(slot, idleMs);
  };
  const count = Math.max(1, Math.min(threads, sources.length));
  // The first worker proves workers can run here; the others start beside the first notes.
  const first = await takeWorker(budget.memoryMiB);
  const others = await Promise.all(Array.from({ length: count - 1 }, () => takeWorker(budget.memoryMiB).catch(() => undefined)));
  await Promise.all([first, ...others].filter((slot): slot is Slot => slot !== undefined).map(lane));
  return results;
}

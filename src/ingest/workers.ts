// Parses seeds on worker threads, one per core: results come back in seed order, whatever thread finished first.
import type { Worker } from "node:worker_threads";
import { typeScriptWorker } from "../typescript-worker.ts";
import { availableParallelism } from "node:os";
import type { RawSeed } from "./types.ts";
import { defaultMatcher } from "../taxonomy/match.ts";
import type { SeedOutcome, WireOutcome, ToIngestWorker, FromIngestWorker, IngestWorkerData } from "./worker.ts";

export type { SeedOutcome, WireOutcome } from "./worker.ts";

/** Seeds sent to a worker at a time: small enough to balance the threads, large enough to amortise messages. */
const CHUNK = 16;
/** Below this many seeds to parse, starting threads (about 0.3 s each) costs more than it saves. */
export const PARALLEL_MIN_SEEDS = 64;

/** Threads to parse `count` seeds with: ARCHIVE_INGEST_THREADS if set, else one per core past PARALLEL_MIN_SEEDS. */
export function ingestThreads(count: number): number {
  const forced = process.env.ARCHIVE_INGEST_THREADS;
  if (forced !== undefined && /^\d+$/.test(forced)) return Math.min(Number(forced), count);
  if (process.env.ARCHIVE_DEBUG || count < PARALLEL_MIN_SEEDS) return 1;
  return Math.min(availableParallelism(), Math.ceil(count / CHUNK));
}

/**
 * Parses `count` seeds on `threads` threads: this one (with `parseHere`, between which it lets the others' messages in)
 * and `threads - 1` worker threads running `ingestSeed` (with `events`, finding chronology events too). Seed `k` is
 * read with `seedAt(k)` only when a thread is about to parse it, and each outcome is handed to `onOutcome` as it comes
 * (in any order), so only the seeds in flight are held. `onDone` is called as seeds are parsed. Rejects if a worker
 * cannot start or dies (the caller then parses in this thread the seeds `onOutcome` has not had). With `json`, the
 * workers' results come as JSON text (see ToIngestWorker.json).
 */
export function parseInWorkers(
  count: number,
  seedAt: (k: number) => RawSeed,
  threads: number,
  parseHere: (raw: RawSeed) => SeedOutcome,
  onOutcome: (k: number, outcome: WireOutcome) => void,
  onDone?: (done: number) => void,
  events = false,
  json = false,
): Promise<void> {
  let next = 0;
  let done = 0;
  const take = (): [number, number] | null => {
    if (next >= count) return null;
    const from = next;
    next = Math.min(count, next + CHUNK);
    return [from, next];
  };
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let failed = false;
    const finish = () => {
      if (!failed && done === count) {
        for (const w of workers) void w.terminate();
        resolve();
      }
    };
    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    const feed = (w: Worker) => {
      const range = take();
      if (!range) return;
      const seeds: RawSeed[] = [];
      for (let k = range[0]; k < range[1]; k++) seeds.push(seedAt(k));
      w.postMessage({ from: range[0], seeds, events, json } satisfies ToIngestWorker);
    };
    // The workers compile the vocabulary this thread has read and checked (it parses seeds with it too).
    const workerData: IngestWorkerData | undefined = threads > 1 ? { vocabulary: { entries: defaultMatcher().entries } } : undefined;
    for (let t = 1; t < threads; t++) {
      const w = typeScriptWorker(new URL("./worker.ts", import.meta.url), workerData);
      workers.push(w);
      w.on("message", (m: FromIngestWorker) => {
        if (failed) return;
        m.outcomes.forEach((o, k) => onOutcome(m.from + k, o));
        done += m.outcomes.length;
        onDone?.(done);
        feed(w);
        finish();
      });
      w.on("error", fail);
      w.on("exit", (code) => {
        if (code !== 0 && !failed && done < count) fail(new Error(`ingest worker exited with code ${code}`));
      });
      // Two chunks in flight: the worker starts the second while this thread is busy with its own chunk.
      feed(w);
      feed(w);
    }
    // This thread parses too, a chunk at a time, yielding so the workers' results come in.
    const here = async () => {
      for (let range = take(); range && !failed; range = take()) {
        for (let k = range[0]; k < range[1]; k++) onOutcome(k, parseHere(seedAt(k)));
        done += range[1] - range[0];
        onDone?.(done);
        await new Promise((r) => setImmediate(r));
      }
      finish();
    };
    here().catch(fail);
  });
}

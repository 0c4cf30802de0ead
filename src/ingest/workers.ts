// Parses seeds on worker threads, one per core: results come back in seed order, whatever thread finished first.
import { Worker } from "node:worker_threads";
import { availableParallelism } from "node:os";
import type { RawSeed } from "./types.ts";
import type { SeedOutcome, ToIngestWorker, FromIngestWorker } from "./worker.ts";

export type { SeedOutcome } from "./worker.ts";

// A worker does not inherit tsx's loader: a two-line module registers it, then loads the TypeScript worker.
const WORKER_BOOT = new URL(
  "data:text/javascript," +
    encodeURIComponent(
      `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))}; register();` +
        `await import(${JSON.stringify(new URL("./worker.ts", import.meta.url).href)});`,
    ),
);

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
 * Parses `seeds` with `ingestSeed` on `threads` worker threads (with `events`, finds their chronology events too);
 * `onDone` is called as each seed is parsed.
 * Rejects if a thread cannot start or dies (the caller then parses in its own thread).
 */
export function parseInWorkers(seeds: RawSeed[], threads: number, onDone?: (done: number) => void, events = false): Promise<SeedOutcome[]> {
  const outcomes: SeedOutcome[] = new Array(seeds.length);
  let next = 0;
  let done = 0;
  let live = 0;
  return new Promise((resolve, reject) => {
    const workers: Worker[] = [];
    let failed = false;
    const fail = (err: unknown) => {
      if (failed) return;
      failed = true;
      for (const w of workers) void w.terminate();
      reject(err instanceof Error ? err : new Error(String(err)));
    };
    const feed = (w: Worker) => {
      if (next >= seeds.length) {
        void w.terminate();
        if (--live === 0 && !failed) resolve(outcomes);
        return;
      }
      const from = next;
      next = Math.min(seeds.length, next + CHUNK);
      w.postMessage({ from, seeds: seeds.slice(from, next), events } satisfies ToIngestWorker);
    };
    for (let t = 0; t < Math.max(1, threads); t++) {
      const w = new Worker(WORKER_BOOT);
      workers.push(w);
      live++;
      w.on("message", (m: FromIngestWorker) => {
        m.outcomes.forEach((o, k) => (outcomes[m.from + k] = o));
        done += m.outcomes.length;
        onDone?.(done);
        feed(w);
      });
      w.on("error", fail);
      w.on("exit", (code) => {
        if (code !== 0 && !failed && next < seeds.length) fail(new Error(`ingest worker exited with code ${code}`));
      });
      feed(w);
    }
  });
}

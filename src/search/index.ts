// Writes the Pagefind search index from the entries in memory (the rendered HTML is not re-read), from a worker thread.
import path from "node:path";
import { Worker } from "node:worker_threads";
import type { Entry } from "../site/model.ts";
import { toSearchDocument } from "./records.ts";
import type { FromWorker, ToWorker } from "./index-worker.ts";

/** Documents per message to the worker: small enough that Pagefind starts early, big enough to keep messages few. */
const BATCH = 200;

// A worker does not inherit tsx's loader: a two-line module registers it, then loads the TypeScript worker.
const WORKER_BOOT = new URL(
  "data:text/javascript," +
    encodeURIComponent(
      `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))}; register();` +
        `await import(${JSON.stringify(new URL("./index-worker.ts", import.meta.url).href)});`,
    ),
);

/** Called as documents are indexed. */
export type IndexProgress = (done: number, total: number) => void;

/**
 * Indexes `entries` and writes the index into `out/pagefind/`. Pagefind is driven from a worker thread: the main
 * thread's event loop may be busy rendering pages for seconds, which would leave Pagefind's process waiting.
 * Returns the time spent adding and writing, in ms.
 */
export async function writeSearchIndex(entries: Entry[], out: string, onProgress?: IndexProgress): Promise<{ addMs: number; writeMs: number }> {
  const worker = new Worker(WORKER_BOOT);
  const post = (m: ToWorker) => worker.postMessage(m);
  try {
    const done = new Promise<{ addMs: number; writeMs: number }>((resolve, reject) => {
      let added = 0;
      worker.on("message", (m: FromWorker) => {
        if (m.kind === "added") onProgress?.((added += m.count), entries.length);
        else if (m.kind === "done") resolve({ addMs: m.addMs, writeMs: m.writeMs });
        else reject(new Error(m.message));
      });
      worker.on("error", reject);
      worker.on("exit", (code) => reject(new Error(`the search index worker stopped (exit ${code})`)));
    });
    for (let i = 0; i < entries.length; i += BATCH) post({ kind: "add", docs: entries.slice(i, i + BATCH).map(toSearchDocument) });
    post({ kind: "write", outputPath: path.join(out, "pagefind") });
    return await done;
  } finally {
    await worker.terminate();
  }
}

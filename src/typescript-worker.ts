// Starts a worker thread on a TypeScript module: a worker does not inherit tsx's loader.
import { Worker } from "node:worker_threads";

/**
 * A worker running the TypeScript module at `module`: a two-line module registers tsx, then loads it. `workerData`
 * reaches the module as `workerData` of node:worker_threads (a structured clone).
 */
export function typeScriptWorker(module: URL, workerData?: unknown): Worker {
  const boot =
    `import { register } from ${JSON.stringify(import.meta.resolve("tsx/esm/api"))}; register();` +
    `await import(${JSON.stringify(module.href)});`;
  return new Worker(new URL("data:text/javascript," + encodeURIComponent(boot)), { workerData });
}

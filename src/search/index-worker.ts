// Worker thread that feeds Pagefind's process: its own event loop keeps Pagefind busy while the main thread renders pages.
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";
import type { SearchDocument } from "./records.ts";

/** Messages from the main thread: documents to add, then the folder to write into. */
export type ToWorker = { kind: "add"; docs: SearchDocument[] } | { kind: "write"; outputPath: string };
/** Messages to the main thread. */
export type FromWorker = { kind: "added"; count: number } | { kind: "done"; addMs: number; writeMs: number } | { kind: "error"; message: string };

const port = parentPort!;
const send = (m: FromWorker) => port.postMessage(m);

async function main(): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "fr" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  const t0 = performance.now();
  const pending: Promise<void>[] = [];
  let failure: string | null = null;
  port.on("message", async (m: ToWorker) => {
    try {
      if (m.kind === "add") {
        const batch = Promise.all(
          m.docs.map(async (d) => {
            const added = await index.addHTMLFile({ url: d.url, content: d.html });
            if (added.errors.length) failure ??= `Pagefind could not index ${d.url}: ${added.errors.join("; ")}`;
          }),
        ).then(() => send({ kind: "added", count: m.docs.length }));
        pending.push(batch);
        return;
      }
      await Promise.all(pending);
      if (failure) throw new Error(failure);
      const t1 = performance.now();
      const written = await index.writeFiles({ outputPath: m.outputPath });
      if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
      const writeMs = performance.now() - t1;
      await pagefind.close();
      send({ kind: "done", addMs: t1 - t0, writeMs });
    } catch (err) {
      await pagefind.close().catch(() => undefined);
      send({ kind: "error", message: err instanceof Error ? err.message : String(err) });
    }
  });
}

main().catch((err: unknown) => send({ kind: "error", message: err instanceof Error ? err.message : String(err) }));

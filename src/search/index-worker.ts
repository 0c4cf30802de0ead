// Worker thread that feeds Pagefind's process: its own event loop keeps Pagefind busy while the main thread renders pages.
import { parentPort } from "node:worker_threads";
import * as pagefind from "pagefind";
import type { SearchDocument } from "./records.ts";

/** Messages from the main thread: documents to add to the current part, then the folder to write that part into. */
export type ToWorker = { kind: "add"; docs: SearchDocument[] } | { kind: "write"; outputPath: string };
/** Messages to the main thread: `written` once per part, after its Pagefind process has been closed. */
export type FromWorker = { kind: "added"; count: number } | { kind: "written"; addMs: number; writeMs: number } | { kind: "error"; message: string };

const port = parentPort!;
const send = (m: FromWorker) => port.postMessage(m);

type Index = NonNullable<Awaited<ReturnType<typeof pagefind.createIndex>>["index"]>;

/** The part being indexed: its Pagefind index, the additions under way, the first failure, when it started. */
let part: { index: Index; pending: Promise<void>[]; failure: string | null; t0: number } | null = null;

async function openPart(): Promise<NonNullable<typeof part>> {
  if (part) return part;
  const t0 = performance.now();
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "fr" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  part = { index, pending: [], failure: null, t0 };
  return part;
}

async function handle(m: ToWorker): Promise<void> {
  const p = await openPart();
  if (m.kind === "add") {
    // Not awaited here: the next message's documents go to Pagefind while these are still being indexed.
    const batch = Promise.all(
      m.docs.map(async (d) => {
        const added = await p.index.addHTMLFile({ url: d.url, content: d.html });
        if (added.errors.length) p.failure ??= `Pagefind could not index ${d.url}: ${added.errors.join("; ")}`;
      }),
    ).then(() => send({ kind: "added", count: m.docs.length }));
    p.pending.push(batch);
    return;
  }
  await Promise.all(p.pending);
  if (p.failure) throw new Error(p.failure);
  const t1 = performance.now();
  const written = await p.index.writeFiles({ outputPath: m.outputPath });
  if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  const writeMs = performance.now() - t1;
  // Closing the process, not just deleting the index, is what gives its memory back before the next part.
  await pagefind.close();
  part = null;
  send({ kind: "written", addMs: t1 - p.t0, writeMs });
}

// One message at a time, in order: a part's documents are all added before it is written, and the next part opens after.
let queue = Promise.resolve();
port.on("message", (m: ToWorker) => {
  queue = queue.then(() =>
    handle(m).catch(async (err: unknown) => {
      await pagefind.close().catch(() => undefined);
      send({ kind: "error", message: err instanceof Error ? err.message : String(err) });
    }),
  );
});

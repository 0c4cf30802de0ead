// Writes the Pagefind search index from the entries in memory (the rendered HTML is not re-read).
import path from "node:path";
import * as pagefind from "pagefind";
import type { Entry } from "../site/model.ts";
import { toSearchDocument } from "./records.ts";

/** How many documents are in flight to Pagefind's process at once: enough to keep it busy, few enough to bound memory. */
const BATCH = 64;

/** Called as documents are indexed. */
export type IndexProgress = (done: number, total: number) => void;

/** Indexes `entries` and writes the index into `out/pagefind/`. Returns the time spent adding and writing, in ms. */
export async function writeSearchIndex(entries: Entry[], out: string, onProgress?: IndexProgress): Promise<{ addMs: number; writeMs: number }> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "fr" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const t0 = performance.now();
    // Pagefind runs in its own process: sending a batch at a time lets it work while this process renders pages.
    for (let i = 0; i < entries.length; i += BATCH) {
      const batch = entries.slice(i, i + BATCH);
      const added = await Promise.all(
        batch.map((e) => {
          const doc = toSearchDocument(e);
          return index.addHTMLFile({ url: doc.url, content: doc.html });
        }),
      );
      added.forEach((a, k) => {
        if (a.errors.length) throw new Error(`Pagefind could not index ${batch[k].source}: ${a.errors.join("; ")}`);
      });
      onProgress?.(Math.min(i + BATCH, entries.length), entries.length);
    }
    const t1 = performance.now();
    const written = await index.writeFiles({ outputPath: path.join(out, "pagefind") });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
    return { addMs: t1 - t0, writeMs: performance.now() - t1 };
  } finally {
    await pagefind.close();
  }
}

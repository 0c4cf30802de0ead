// Writes the Pagefind search index from the entries in memory (the rendered HTML is not re-read).
import path from "node:path";
import * as pagefind from "pagefind";
import type { Entry } from "../site/model.ts";
import { toSearchDocument } from "./records.ts";
import { writeTagSuggestions } from "./suggestions.ts";

/** Indexes `entries` and writes the index into `out/pagefind/`. */
export async function writeSearchIndex(entries: Entry[], out: string): Promise<void> {
  await writeTagSuggestions(entries, out);
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "fr" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    for (const e of entries) {
      const doc = toSearchDocument(e);
      const added = await index.addHTMLFile({ url: doc.url, content: doc.html });
      if (added.errors.length) throw new Error(`Pagefind could not index ${e.source}: ${added.errors.join("; ")}`);
    }
    const written = await index.writeFiles({ outputPath: path.join(out, "pagefind") });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
}

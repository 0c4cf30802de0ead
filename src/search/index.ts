// Writes the Pagefind search index for a rendered site.
import path from "node:path";
import * as pagefind from "pagefind";

/** Indexes the HTML pages of `out` (only their `data-pagefind-body` regions) into `out/pagefind/`. */
export async function writeSearchIndex(out: string): Promise<void> {
  const { index, errors } = await pagefind.createIndex({ forceLanguage: "fr" });
  if (!index) throw new Error(`Pagefind could not start: ${errors.join("; ")}`);
  try {
    const added = await index.addDirectory({ path: out });
    if (added.errors.length) throw new Error(`Pagefind could not index the site: ${added.errors.join("; ")}`);
    const written = await index.writeFiles({ outputPath: path.join(out, "pagefind") });
    if (written.errors.length) throw new Error(`Pagefind could not write its index: ${written.errors.join("; ")}`);
  } finally {
    await pagefind.close();
  }
}

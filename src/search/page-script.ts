// Writes the search page's script as one minified module: the reader downloads it before any result.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";

/** Where the search page loads its script from (templates/pages/recherche.njk). */
export const SEARCH_SCRIPT_URL = "/js/recherche.js";

/** The search page's module in `public/js/`; the bundle holds it and what it imports of `search-text.js` and `highlight.js`. */
const SEARCH_SCRIPT_ENTRY = fileURLToPath(new URL("../../public/js/search.js", import.meta.url));

/**
 * What the bundle leaves to be loaded when a search needs it, from where it is: Pagefind's own script (written with
 * the index), and the page's code most searches never run (filters and suggestions).
 */
const SEARCH_SCRIPT_EXTERNAL = ["/pagefind/*", "./search-extra.js"];

/**
 * The search page's script: `public/js/search.js` and what it imports, bundled and minified by esbuild. Only what the
 * page reaches is kept: `search-text.js` is shared with the index build, whose own helpers (folding text for the
 * index, the aliases' word filter) the reader then does not download. The syntax is left as written (no target).
 */
export async function bundleSearchScript(): Promise<string> {
  const result = await build({
    entryPoints: [SEARCH_SCRIPT_ENTRY],
    bundle: true,
    minify: true,
    format: "esm",
    charset: "utf8",
    legalComments: "none",
    external: SEARCH_SCRIPT_EXTERNAL,
    write: false,
    logLevel: "silent",
  });
  return `// public/js/search.js and what it imports, by src/search/page-script.ts\n${result.outputFiles[0].text}`;
}

/** Writes the search page's script into `out` at SEARCH_SCRIPT_URL. */
export async function writeSearchScript(out: string): Promise<void> {
  const file = path.join(out, ...SEARCH_SCRIPT_URL.split("/"));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, await bundleSearchScript());
}

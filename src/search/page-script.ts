// Writes the search page's script as one module without comments: the reader downloads it before any result.
import { mkdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";

/** Where the search page loads its script from (templates/pages/recherche.njk). */
export const SEARCH_SCRIPT_URL = "/js/recherche.js";

/**
 * The search page's modules in `public/js/` that every search needs, each after the ones it imports. The others
 * (search-extra.js, highlight.js) are imported by search.js when needed, from `public/js/` as they are.
 */
export const SEARCH_SCRIPT_SOURCES = ["search-text.js", "search.js"];

const PUBLIC_JS = new URL("../../public/js/", import.meta.url);

/** An import of one of the bundled modules: `import { a, b } from "./search-text.js";`, on one or several lines. */
const LOCAL_IMPORT_RE = /^import\s*\{[^}]*\}\s*from\s*"\.\/[a-z-]+\.js";\s*$/gm;
/** A declaration exported at the top of a module: `export function`, `export const`… */
const EXPORT_RE = /^export (?=(async )?(function|const|let|class) )/gm;

/**
 * One module from the search page's modules, in order: their imports of each other removed (the declarations are
 * in the same module now), `export` dropped, whole-line comments, indentation and blank lines left out. Sound for
 * these sources only because none has a string or template spanning lines, and their top-level names differ
 * (tests/search/page-script.test.ts checks both).
 */
export function bundleSearchScript(sources: string[]): string {
  const lines: string[] = [];
  for (const source of sources) {
    let inBlock = false;
    for (const raw of source.replace(LOCAL_IMPORT_RE, "").replace(EXPORT_RE, "").split("\n")) {
      const line = raw.trim();
      if (inBlock) {
        inBlock = !line.includes("*/");
        continue;
      }
      if (line.startsWith("/*")) {
        inBlock = !line.includes("*/");
        continue;
      }
      if (line === "" || line.startsWith("//")) continue;
      lines.push(line);
    }
  }
  return `// The search page's script: public/js/${SEARCH_SCRIPT_SOURCES.join(", ")}, without comments (src/search/page-script.ts).\n${lines.join("\n")}\n`;
}

/** Reads the search page's modules from `public/js/` and writes their bundle into `out` at SEARCH_SCRIPT_URL. */
export async function writeSearchScript(out: string): Promise<void> {
  const sources = await Promise.all(SEARCH_SCRIPT_SOURCES.map((name) => readFile(new URL(name, PUBLIC_JS), "utf8")));
  const file = path.join(out, ...SEARCH_SCRIPT_URL.split("/"));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bundleSearchScript(sources));
}

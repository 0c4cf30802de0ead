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

/** A declaration starting a top-level item (export already dropped): the name it declares. */
const DECLARATION_RE = /^(?:async )?(?:function\*? |const |let |class )([\w$]+)/;

/**
 * The top-level items of the bundled sources that the page's code can reach: a declaration (`function x`, `const x`…)
 * is left out when no other kept item names it, until none is left to drop; statements that declare nothing (the
 * page's event listeners) are always kept. `search-text.js` is shared with the build, whose index-only helpers
 * (folding text for the index, the aliases' word filter) the reader then does not download.
 */
function reachable(items: string[][]): string[][] {
  // The name each item declares, as a whole word (names are [\w$]+: only `$` needs escaping), or null.
  const words = items.map((lines) => {
    const name = DECLARATION_RE.exec(lines[0])?.[1];
    return name ? new RegExp(`(?<![\\w$])${name.replace(/\$/g, "\\$")}(?![\\w$])`) : null;
  });
  const kept = items.map(() => true);
  for (let changed = true; changed; ) {
    changed = false;
    words.forEach((word, i) => {
      if (!word || !kept[i]) return;
      if (items.some((lines, j) => j !== i && kept[j] && lines.some((l) => word.test(l)))) return;
      kept[i] = false;
      changed = true;
    });
  }
  return items.filter((_, i) => kept[i]);
}

/**
 * One module from the search page's modules, in order: their imports of each other removed (the declarations are
 * in the same module now), `export` dropped, whole-line comments, indentation and blank lines left out, and top-level
 * declarations nothing uses left out (see reachable). Sound for these sources only because none has a string or
 * template spanning lines, their top-level names differ, and a top-level item starts at the first column and goes on
 * until the next line there that does not close it (tests/search/page-script.test.ts checks these).
 */
export function bundleSearchScript(sources: string[]): string {
  const items: string[][] = [];
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
      // A line at the first column starts an item, unless it closes one (`}`, `);`, `]`).
      if (!items.length || (raw === line && !/^[}\])]/.test(line))) items.push([]);
      items[items.length - 1].push(line);
    }
  }
  const lines = reachable(items).flat();
  return `// public/js/${SEARCH_SCRIPT_SOURCES.join(" + ")}, by src/search/page-script.ts\n${lines.join("\n")}\n`;
}

/** Reads the search page's modules from `public/js/` and writes their bundle into `out` at SEARCH_SCRIPT_URL. */
export async function writeSearchScript(out: string): Promise<void> {
  const sources = await Promise.all(SEARCH_SCRIPT_SOURCES.map((name) => readFile(new URL(name, PUBLIC_JS), "utf8")));
  const file = path.join(out, ...SEARCH_SCRIPT_URL.split("/"));
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, bundleSearchScript(sources));
}

// The search page's script: one module made from public/js without comments, that still parses and declares everything.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdtemp, readFile, rm, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { bundleSearchScript, SEARCH_SCRIPT_SOURCES, writeSearchScript, SEARCH_SCRIPT_URL } from "../../src/search/page-script.ts";

/** The sources, read as the build reads them. */
async function sources(): Promise<string[]> {
  return Promise.all(SEARCH_SCRIPT_SOURCES.map((n) => readFile(path.join("public/js", n), "utf8")));
}

/** The top-level names a module declares: `function x`, `const x`, `let x`, `class x`. */
function topLevelNames(source: string): string[] {
  return [...source.matchAll(/^(?:export )?(?:async )?(?:function|const|let|class) ([\w$]+)/gm)].map((m) => m[1]);
}

test("the bundle parses as a module, with no import of the bundled files and no export", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "search-script-"));
  try {
    const file = path.join(dir, "recherche.mjs");
    const bundle = bundleSearchScript(await sources());
    await writeFile(file, bundle);
    // Parsing a module fails on a name declared twice at its top level, or on a statement cut by a dropped line.
    execFileSync(process.execPath, ["--check", file]);
    assert.doesNotMatch(bundle, /^import .* from "\.\//m);
    assert.doesNotMatch(bundle, /^export /m);
    assert.match(bundle, /import\("\/pagefind\/pagefind\.js"\)/, "Pagefind is still loaded when a search needs it");
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("every top-level name the page's code uses is declared once in the bundle; the build's own helpers are left out", async () => {
  const src = await sources();
  const names = src.flatMap(topLevelNames);
  assert.equal(new Set(names).size, names.length, "two sources declare the same name");
  const bundle = bundleSearchScript(src);
  // Indentation is gone from the bundle, so its nested declarations start lines too.
  const declared = topLevelNames(bundle);
  const dropped = names.filter((n) => !declared.includes(n));
  // Left out: what only the index build calls (search-text.js is shared with it), and the constants only they read.
  assert.deepEqual(dropped.sort(), ["COMPAT_RE", "foldForIndex", "isNameLike", "wordFilter"]);
  for (const n of dropped) assert.doesNotMatch(bundle, new RegExp(`\\b${n}\\b`), `${n} is left out but named in the bundle`);
  // Everything search.js imports from search-text.js is there.
  const imported = /import \{([^}]*)\} from "\.\/search-text\.js"/.exec(src[1])![1].split(",").map((n) => n.trim()).filter(Boolean);
  assert.ok(imported.length > 5);
  for (const n of imported) assert.ok(declared.includes(n), `${n} is imported by search.js but missing`);
});

test("a declaration nothing names is left out, with what only it used; a statement is kept", () => {
  const bundle = bundleSearchScript([
    "const ONLY_B = 1;\nconst USED = 2;\nexport function a() {\n  return USED;\n}\nfunction b() {\n  return ONLY_B;\n}\ndocument.title = String(a());\n",
  ]);
  assert.deepEqual(bundle.split("\n").slice(1, -1), ["const USED = 2;", "function a() {", "return USED;", "}", "document.title = String(a());"]);
});

test("comments and indentation are left out, code lines kept in order, and no source has a line-spanning string", async () => {
  const src = await sources();
  for (const s of src) assert.ok(s.split("\n").every((line) => (line.match(/`/g) ?? []).length % 2 === 0), "a template literal spans lines");
  const bundle = bundleSearchScript(src);
  const body = bundle.split("\n").slice(1);
  assert.ok(body.every((l) => !/^\s/.test(l) && !l.startsWith("//") && !l.startsWith("/*") && !l.startsWith("*")), "a comment or indented line is left");
  assert.ok(body.includes('const PAGE_SIZE = 10;'));
  assert.ok(gzipSync(bundle).length < 0.7 * src.reduce((n, s) => n + gzipSync(s).length, 0), "the bundle is much smaller than its sources");
});

test("the build writes the same bundle where the search page loads it, the same bytes each time", async () => {
  const dir = await mkdtemp(path.join(tmpdir(), "search-script-"));
  try {
    await writeSearchScript(dir);
    const first = await readFile(path.join(dir, SEARCH_SCRIPT_URL), "utf8");
    await writeSearchScript(dir);
    assert.equal(await readFile(path.join(dir, SEARCH_SCRIPT_URL), "utf8"), first);
    assert.equal(first, bundleSearchScript(await sources()));
    assert.match(await readFile("templates/pages/recherche.njk", "utf8"), new RegExp(`<script src="${SEARCH_SCRIPT_URL}" type="module">`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

// The search page's script: one minified module made from public/js by esbuild, that parses and loads the rest when needed.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { gzipSync } from "node:zlib";
import { bundleSearchScript, writeSearchScript, SEARCH_SCRIPT_URL } from "../../src/search/page-script.ts";
import { tempDir } from "../helpers/tmp.ts";

test("the bundle parses as a module, imports none of the bundled files and still loads Pagefind and the rarely used code when needed", async () => {
  const dir = tempDir("search-script-");
  try {
    const file = path.join(dir, "recherche.mjs");
    const bundle = await bundleSearchScript();
    await writeFile(file, bundle);
    execFileSync(process.execPath, ["--check", file]);
    assert.doesNotMatch(bundle, /search-text\.js/, "search-text.js is inside the bundle");
    // Marking the words of a result found under another spelling needs only what the bundle has of search-text.js.
    assert.doesNotMatch(bundle, /highlight\.js/, "highlight.js is inside the bundle");
    assert.match(bundle, /surlignage/);
    assert.doesNotMatch(bundle, /^export\b|\bexport\s*\{/m, "the page's script exports nothing");
    for (const lazy of ["/pagefind/pagefind.js", "./search-extra.js"]) {
      assert.match(bundle, new RegExp(`import\\("${lazy.replace(/[./]/g, "\\$&")}"\\)`), `${lazy} is loaded when a search needs it`);
    }
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

test("the bundle leaves out what only the index build uses and weighs less than half its sources, gzipped", async () => {
  const bundle = await bundleSearchScript();
  // foldForIndex's range of characters to normalise: search-text.js is shared with the build, which alone folds text for the index.
  assert.match(await readFile("public/js/search-text.js", "utf8"), /\\u024F/);
  assert.doesNotMatch(bundle, /\\u024F/, "the index's own folding is left out");
  // The page's own messages are there, as written.
  assert.match(bundle, /La recherche est momentanément indisponible/);
  const sources = await Promise.all(["search-text.js", "search.js"].map((n) => readFile(path.join("public/js", n))));
  const gz = gzipSync(bundle).length;
  const sourcesGz = sources.reduce((n, s) => n + gzipSync(s).length, 0);
  assert.ok(gz < 0.5 * sourcesGz, `the bundle ${gz} B gzipped, its sources ${sourcesGz} B`);
});

test("the build writes the same bundle where the search page loads it, the same bytes each time", async () => {
  const dir = tempDir("search-script-");
  try {
    await writeSearchScript(dir);
    const first = await readFile(path.join(dir, SEARCH_SCRIPT_URL), "utf8");
    await writeSearchScript(dir);
    assert.equal(await readFile(path.join(dir, SEARCH_SCRIPT_URL), "utf8"), first);
    assert.equal(first, await bundleSearchScript());
    assert.match(await readFile("templates/pages/recherche.njk", "utf8"), new RegExp(`<script src="${SEARCH_SCRIPT_URL}" type="module">`));
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
});

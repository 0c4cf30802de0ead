// Conservation: for every real seed and every publishable fixture, each source line is published or removed with a reason.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir } from "node:fs/promises";
import path from "node:path";
import { ingestSeed } from "../../src/ingest/index.ts";
import type { RawSeed } from "../../src/ingest/types.ts";
import { conservationFailures } from "./conservation.ts";
import { bigArticle, longLine } from "./folder.ts";

async function raws(dir: string): Promise<RawSeed[]> {
  const names = (await readdir(dir)).filter((n) => n.endsWith(".txt")).sort();
  return Promise.all(names.map(async (name) => ({ source: path.join(dir, name), name, bytes: new Uint8Array(await readFile(path.join(dir, name))) })));
}

/** Ingests the `count` pages of `dir`: each is published, and keeps every line. */
async function assertEveryLineKept(dir: string, count: number): Promise<void> {
  const pages = await raws(dir);
  assert.equal(pages.length, count);
  for (const raw of pages) {
    const r = ingestSeed(raw);
    assert.ok(r.article, `${raw.name} is not published`);
    assert.deepEqual(conservationFailures(raw, r.article), [], raw.name);
  }
}

test("every line of the five real seeds is in a block, is the title or lede, or is removed with a reason, text unchanged", async () => {
  await assertEveryLineKept("seeds", 5);
});

test("every publishable hostile fixture keeps every line too, and the unpublishable ones say why", async () => {
  let published = 0;
  for (const raw of await raws("tests/fixtures/hostile")) {
    const r = ingestSeed(raw);
    if (!r.article) {
      assert.ok(
        r.problems.some((p) => p.severity === "error"),
        `${raw.name} is dropped without an error`,
      );
      continue;
    }
    published++;
    assert.deepEqual(conservationFailures(raw, r.article), [], raw.name);
  }
  assert.ok(published >= 15, `only ${published} fixtures published`);
});

test("every line of the hundred and fifty pages shaped like other sites is published or removed, Markdown's marks included", async () => {
  await assertEveryLineKept("tests/fixtures/ingest/other-sites", 2320);
});

test("a line published around its Markdown marks still fails the check when a word of it is lost or a mark kept", () => {
  const text = "# Un titre assez long pour le titre\n\nHôte du sommet de l’[Organisation de coopération de Shanghai](https://example.org/ocs), le Kazakhstan a plaidé pour le dialogue.\n";
  const raw = { source: "seeds/liens.txt", name: "liens.txt", bytes: new TextEncoder().encode(text) };
  const r = ingestSeed(raw);
  assert.ok(r.article);
  assert.equal(r.article.lede, "Hôte du sommet de l’Organisation de coopération de Shanghai, le Kazakhstan a plaidé pour le dialogue.");
  assert.deepEqual(conservationFailures(raw, r.article), []);
  const lossy = { ...r.article, lede: r.article.lede.replace("coopération ", "") };
  assert.notDeepEqual(conservationFailures(raw, lossy), []);
  const doubled = { ...r.article, removed: [...r.article.removed, { line: 3, text: "[", reason: "Markdown markup" }] };
  assert.notDeepEqual(conservationFailures(raw, doubled), []);
});

test("the 4 MB article and the 200 KB line keep every line", () => {
  for (const [name, text] of [
    ["article-4-mo.txt", bigArticle()],
    ["ligne-200-ko.txt", longLine()],
  ]) {
    const raw = { source: `seeds/${name}`, name, bytes: new TextEncoder().encode(text) };
    const r = ingestSeed(raw);
    assert.ok(r.article);
    assert.deepEqual(conservationFailures(raw, r.article), [], name);
  }
});

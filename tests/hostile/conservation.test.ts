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

test("every line of the five real seeds is in a block, is the title or lede, or is removed with a reason, text unchanged", async () => {
  const seeds = await raws("seeds");
  assert.equal(seeds.length, 5);
  for (const raw of seeds) {
    const r = ingestSeed(raw);
    assert.ok(r.article, `${raw.name} is not published`);
    assert.deepEqual(conservationFailures(raw, r.article), [], raw.name);
  }
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

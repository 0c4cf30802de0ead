// Ingest on worker threads: the same articles and problems in the same order as one by one, and the cache in front of it.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { ingestFolder } from "../../src/ingest/index.ts";
import { IngestCache } from "../../src/build-cache.ts";
import { tempDir } from "../helpers/tmp.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
// Duplicates, a binary file, broken YAML, odd encodings, drafts: every path of the ingest that yields problems.
const HOSTILE = path.join(ROOT, "tests/fixtures/hostile");
const SEEDS = path.join(ROOT, "seeds");

test("two threads give the same articles and problems, in the same order, as parsing one by one", async () => {
  for (const dir of [HOSTILE, SEEDS]) {
    const one = await ingestFolder(dir, { threads: 1 });
    const two = await ingestFolder(dir, { threads: 2 });
    assert.ok(one.articles.length > 0);
    if (dir === HOSTILE) assert.ok(one.problems.some((p) => p.severity === "error"));
    assert.equal(JSON.stringify(two), JSON.stringify(one), dir);
  }
});

test("progress reaches every seed once, whether parsed on threads or taken from the cache", async () => {
  const cache = new IngestCache();
  for (let run = 0; run < 2; run++) {
    const seen: number[] = [];
    await ingestFolder(HOSTILE, { cache, threads: 2, onSeed: (done, total) => seen.push(done / total) });
    assert.equal(seen.at(-1), 1, `run ${run}`);
    assert.deepEqual([...seen].sort((a, b) => a - b), seen, "progress never goes back");
  }
});

test("with the cache, a second ingest parses no seed and gives the same result; a disk cache serves a new process", async () => {
  const dir = tempDir("ingest-cache-");
  const cache = new IngestCache(dir);
  const first = await ingestFolder(HOSTILE, { cache, threads: 2 });
  const parsed = cache.misses;
  assert.ok(parsed > 10, `${parsed} seeds parsed`);
  assert.equal(cache.hits, 0);
  const second = await ingestFolder(HOSTILE, { cache, threads: 2 });
  assert.equal(cache.misses, parsed, "nothing parsed again");
  assert.equal(cache.hits, parsed);
  assert.equal(JSON.stringify(second), JSON.stringify(first));
  const fresh = new IngestCache(dir);
  const third = await ingestFolder(HOSTILE, { cache: fresh });
  assert.equal(fresh.misses, 0);
  assert.equal(JSON.stringify(third), JSON.stringify(first));
  assert.equal(JSON.stringify(await ingestFolder(HOSTILE)), JSON.stringify(first), "the same as without any cache");
});

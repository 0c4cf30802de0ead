// Events found while parsing (on the ingest's threads, or kept in its cache) are the ones the chronology would find itself.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ingestFolder } from "../../src/ingest/index.ts";
import { IngestCache } from "../../src/build-cache.ts";
import { buildChronology, knownEvents } from "../../src/chronology/build.ts";

const SEEDS = path.resolve(import.meta.dirname, "../../seeds");

test("the chronology from events found on the ingest threads or read from its cache equals the one read from the articles", async () => {
  const cache = new IngestCache(await mkdtemp(path.join(tmpdir(), "chrono-cache-")));
  for (const run of ["parsed on threads", "from the cache"]) {
    const { articles } = await ingestFolder(SEEDS, { events: true, threads: 2, cache });
    assert.ok(articles.every((a) => knownEvents.has(a)), run);
    const fresh = structuredClone(articles);
    assert.ok(fresh.every((a) => !knownEvents.has(a)));
    const known = buildChronology(articles);
    assert.ok(known.events.length > 5, run);
    assert.equal(JSON.stringify(known), JSON.stringify(buildChronology(fresh)), run);
  }
  assert.equal(cache.misses, 5);
  assert.equal(cache.hits, 5);
});

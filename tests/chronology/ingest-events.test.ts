// Events found while parsing (on the ingest's threads, or kept in its cache) are the ones the chronology would find itself.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { ingestFolder } from "../../src/ingest/index.ts";
import { IngestCache } from "../../src/build-cache.ts";
import { buildChronology, knownEvents } from "../../src/chronology/build.ts";
import { extractEvents } from "../../src/chronology/extract.ts";
import { tempDir } from "../helpers/tmp.ts";

const SEEDS = path.resolve(import.meta.dirname, "../../seeds");

test("the chronology from events found on the ingest threads or read from its cache equals the one read from the articles", async () => {
  const cache = new IngestCache(tempDir("chrono-cache-"));
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

test("an article the ingest gives another address (same title as another) keeps events that point to that address", async () => {
  // The seed that reports the most events, twice: the second copy has one more line, so it is not the same text.
  const { articles: five } = await ingestFolder(SEEDS, { threads: 1 });
  const richest = five.map((a) => ({ a, n: extractEvents(a).length })).sort((x, y) => y.n - x.n)[0];
  assert.ok(richest.n > 0);
  const dir = tempDir("chrono-twins-");
  const text = await readFile(richest.a.source, "utf8");
  await writeFile(path.join(dir, "a.txt"), text);
  await writeFile(path.join(dir, "b.txt"), `${text}\n\nUn paragraphe ajouté à la copie.\n`);
  const { articles, problems } = await ingestFolder(dir, { events: true, threads: 2 });
  assert.ok(problems.some((p) => p.source.endsWith("b.txt") && /already has the address/.test(p.message)), "the copy gets another address");
  const copy = articles.find((a) => a.source.endsWith("b.txt"))!;
  assert.match(copy.url, /-2\/$/);
  for (const a of articles) {
    assert.ok(knownEvents.has(a), a.source);
    assert.equal(JSON.stringify(knownEvents.get(a)), JSON.stringify(extractEvents(a)), a.source);
  }
  assert.ok(knownEvents.get(copy)!.every((e) => e.source.url.startsWith(copy.url) && e.id.includes("-2-")));
});

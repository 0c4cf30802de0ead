// A worker thread given the vocabulary by its parent (useVocabulary) tags articles exactly as one that reads the file, and ingest workers use it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { EntityMatcher, defaultMatcher, matchEntities, useVocabulary } from "../../src/taxonomy/match.ts";
import { loadVocabulary } from "../../src/taxonomy/vocabulary.ts";
import { ingestSeed, type SeedResult } from "../../src/ingest/index.ts";
import { typeScriptWorker } from "../../src/typescript-worker.ts";
import type { RawSeed } from "../../src/ingest/types.ts";
import type { FromIngestWorker, IngestWorkerData, ToIngestWorker } from "../../src/ingest/worker.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

test("the matcher built from a vocabulary handed over (structured clone, as to a worker) tags the seeds as the one built from the file", () => {
  // What a parent thread would post to a worker.
  const handed = structuredClone({ entries: new EntityMatcher(loadVocabulary()).entries });
  useVocabulary(handed);
  assert.equal(defaultMatcher().entries.length, handed.entries.length);
  const fromFile = new EntityMatcher(loadVocabulary());
  const seeds = readdirSync(path.join(ROOT, "seeds")).map((f) => readFileSync(path.join(ROOT, "seeds", f), "utf8"));
  let tags = 0;
  for (const text of seeds) {
    const pieces = text.split("\n").map((line, i) => ({ text: line, weight: i === 0 ? 3 : 1 }));
    const got = matchEntities(pieces);
    tags += got.length;
    assert.deepEqual(got, fromFile.match(pieces));
  }
  assert.ok(tags > 20);
});

test("an ingest worker tags with the vocabulary its parent hands it, not the one it would read itself", async () => {
  const name = readdirSync(path.join(ROOT, "seeds")).sort()[0];
  const raw: RawSeed = { source: `seeds/${name}`, name, bytes: readFileSync(path.join(ROOT, "seeds", name)) };
  const full = loadVocabulary();
  const mine = ingestSeed(raw).article!.tags;
  assert.ok(mine.length >= 2, "the seed names several entities");
  // Only the entry of the seed's first tag: a worker that read vocabulary.yaml would find the others too.
  const only = full.entries.filter((e) => e.kind === mine[0].kind && e.slug === mine[0].slug);
  const data: IngestWorkerData = { vocabulary: { entries: only } };
  const worker = typeScriptWorker(new URL("../../src/ingest/worker.ts", import.meta.url), data);
  try {
    // The result as an object, then as the JSON text a parent with a cache asks for: the same tags either way.
    for (const json of [false, true]) {
      const reply = new Promise<FromIngestWorker>((resolve, reject) => {
        worker.once("message", resolve);
        worker.once("error", reject);
      });
      worker.postMessage({ from: 0, seeds: [raw], events: false, json } satisfies ToIngestWorker);
      const [outcome] = (await reply).outcomes;
      assert.ok(outcome.ok, outcome.ok ? "" : outcome.message);
      assert.equal("json" in outcome, json);
      const result = "json" in outcome ? (JSON.parse(outcome.json) as SeedResult) : outcome.result;
      assert.deepEqual(result.article!.tags.map((t) => t.slug), [mine[0].slug]);
    }
  } finally {
    await worker.terminate();
  }
});

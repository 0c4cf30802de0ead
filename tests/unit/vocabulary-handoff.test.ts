// A worker thread given the vocabulary by its parent (useVocabulary) tags articles exactly as one that reads the file.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import path from "node:path";
import { EntityMatcher, defaultMatcher, matchEntities, useVocabulary } from "../../src/taxonomy/match.ts";
import { loadVocabulary } from "../../src/taxonomy/vocabulary.ts";

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

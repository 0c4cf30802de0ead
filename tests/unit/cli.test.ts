// The CLI contracts: ingest --json output shape and the problem line format.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";

test("ingest --json prints every seed as an article with the contract's fields", () => {
  const out = execFileSync("npx", ["tsx", "src/cli.ts", "ingest", "--seeds", "seeds", "--json"], { encoding: "utf8" });
  const result = JSON.parse(out);
  assert.equal(result.articles.length, 5);
  for (const a of result.articles) {
    for (const key of ["source", "url", "title", "titleSource", "lede", "date", "dateSource", "dateEvidence", "dateCertain", "blocks", "tags", "removed"]) {
      assert.ok(key in a, `${a.source} lacks ${key}`);
    }
    assert.match(a.url, /^\/\d{4}\/\d{2}\/[a-z0-9-]+\/$/);
  }
  assert.ok(Array.isArray(result.problems));
});

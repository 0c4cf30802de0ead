// The editor's report lists the capitalised names the vocabulary does not know, article by article.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ingestFolder } from "../../src/ingest/index.ts";
import { formatReport } from "../../src/report.ts";

test("npm run report names 002's unknown agency Qazinform, and never a name the vocabulary knows", async () => {
  const report = formatReport(await ingestFolder("seeds"));
  const rows = [...report.matchAll(/\| unknown names +\| (.*)/g)].map((m) => m[1]);
  assert.equal(rows.length, 5);
  assert.ok(rows.some((r) => r.split(", ").includes("Qazinform")), rows.join(" / "));
  for (const known of ["Tokaïev", "Ashgabat", "Berdimuhamedov", "Nations", "Kazakhstan"]) assert.ok(!rows.some((r) => r.includes(known)), known);
});

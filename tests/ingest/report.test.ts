// The editor's report (`npm run report`): one readable table per article, exit 0.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { execFileSync } from "node:child_process";
import { ingestFolder } from "../../src/ingest/index.ts";
import { formatReport } from "../../src/report.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

test("the report shows each article's title and its source, the date with evidence and certainty, counts and warnings", async () => {
  const report = formatReport(await ingestFolder(path.join(ROOT, "seeds")));
  const tables = report.split(/\n\n/).filter((t) => t.includes("| title"));
  assert.equal(tables.length, 5);
  assert.match(report, /\| title +\| Guerre en Ukraine : .* \(text, line 2\)/);
  assert.match(report, /\| date +\| 2025-09-23, from text: "Le 23 septembre 2025", UNCERTAIN/);
  assert.match(report, /\| date +\| 2025-11-19, from header: .*, certain/);
  assert.match(report, /\| removed +\| 39 \(blank line 28, .*Voir aussi/);
  for (const t of tables) for (const row of ["title", "url", "date", "blocks", "removed", "warnings"]) assert.match(t, new RegExp(`\\| ${row} +\\| \\S`));
});

test("problems of files that were not published are listed after the tables", async () => {
  const report = formatReport({
    articles: [],
    problems: [{ source: "seeds/x.txt", line: 3, severity: "error", message: "binary file" }],
  });
  assert.match(report, /Files not published[^\n]*\n  seeds\/x\.txt:3: error: binary file/);
});

test("npm run report exits 0 and prints the tables", () => {
  const out = execFileSync("npx", ["tsx", "src/cli.ts", "report", "--seeds", "seeds"], { cwd: ROOT, encoding: "utf8" });
  assert.match(out, /5 articles; \d+ with an uncertain date/);
});

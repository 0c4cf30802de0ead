// Reading the seed folder: only regular .txt files, in code-point order, with a note for everything else.
import { test } from "node:test";
import assert from "node:assert/strict";
import { execFileSync } from "node:child_process";
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { readSeeds } from "../../src/ingest/read.ts";
import { tempDir } from "../helpers/tmp.ts";

test("seeds are read in code-point order whatever the creation order, hidden files skipped silently", async () => {
  const dir = tempDir("read-seeds-");
  for (const name of ["b.txt", "É.txt", "a b.TXT", ".DS_Store", "A.txt"]) await writeFile(path.join(dir, name), "x");
  const { seeds, problems } = await readSeeds(dir);
  assert.deepEqual(
    seeds.map((s) => s.name),
    ["A.txt", "a b.TXT", "b.txt", "É.txt"],
  );
  assert.deepEqual(problems, []);
});

test("folders, named pipes and other files are skipped with a warning; a missing folder is an error", async () => {
  const dir = tempDir("read-seeds-");
  await mkdir(path.join(dir, "images.txt"));
  await writeFile(path.join(dir, "notes.docx"), "x");
  execFileSync("mkfifo", [path.join(dir, "tube.txt")]);
  const { seeds, problems } = await readSeeds(dir);
  assert.deepEqual(seeds, []);
  assert.deepEqual(
    problems.map((p) => [path.basename(p.source), p.severity]),
    [
      ["images.txt", "warning"],
      ["notes.docx", "warning"],
      ["tube.txt", "warning"],
    ],
  );
  const missing = await readSeeds(path.join(dir, "absent"));
  assert.equal(missing.problems[0].severity, "error");
});

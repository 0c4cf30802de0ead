// Done when: a build over all hostile files plus two good articles exits 0, names each bad file, publishes the good ones,
// and exits 1 with --strict; every problem is one plain line, with no stack trace.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { readFile, readdir, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { makeHostileFolder } from "./folder.ts";
import { tempDir } from "../helpers/tmp.ts";

// `path:line: error|warning: message`, the one problem format.
const PROBLEM_LINE_RE = /^(.+):(\d+): (error|warning): (\S.*)$/;
// The build's closing summary: `built 12 articles, 80 pages into /tmp/x/ (5 errors)`.
const SUMMARY_LINE_RE = /^built \d+ articles?\b.*$/;

const BAD_FILES = [
  "vide.txt",
  "espaces.txt",
  "binaire.txt",
  "mobilier-seul.txt",
  "yaml-casse.txt",
  "yaml-types.txt",
  "date-impossible.txt",
  "doublon-astana.txt",
  "nul.txt",
  "meme-titre-b.txt",
  "notes.md",
  "photo.jpg",
];
const GOOD_TITLES = ["Le Kazakhstan et l’Union européenne renforcent leur partenariat sur les matières premières critiques", "Tokaïev à Genève : le Kazakhstan plaide pour le désarmement nucléaire"];

let seeds: string;
let out: string;
let plain: SpawnSyncReturns<string>;
let strict: SpawnSyncReturns<string>;

function build(args: string[]): SpawnSyncReturns<string> {
  return spawnSync("npx", ["tsx", "src/cli.ts", "build", ...args], { encoding: "utf8", env: { ...process.env, NO_COLOR: "1" }, timeout: 180_000 });
}

async function htmlFiles(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true });
  return entries.filter((e) => e.endsWith(".html")).map((e) => path.join(dir, e));
}

before(async () => {
  seeds = await makeHostileFolder();
  out = tempDir("hostile-site-");
  plain = build(["--seeds", seeds, "--out", out]);
  strict = build(["--seeds", seeds, "--out", tempDir("hostile-strict-"), "--strict"]);
});

test("without --strict the build over the hostile folder exits 0", () => {
  assert.equal(plain.status, 0, plain.stderr);
});

test("every problem on stderr is one line `path:line: error|warning: message`, and nothing is a stack trace", () => {
  const lines = (plain.stderr + plain.stdout).split("\n").filter((l) => l !== "" && !/^npm warn/.test(l));
  assert.ok(lines.filter((l) => PROBLEM_LINE_RE.test(l)).length > BAD_FILES.length);
  for (const l of lines) {
    // Progress lines (`ingest: 22/22 articles…`) are allowed; anything that speaks of an error must be a problem line.
    if (/\b(error|warning)\b/i.test(l)) assert.ok(PROBLEM_LINE_RE.test(l) || SUMMARY_LINE_RE.test(l), `malformed problem line: ${l}`);
    assert.ok(!/^\s+at\s|node:internal|\(file:\/\/|\.[jt]s:\d+:\d+\)?$/.test(l), `stack trace: ${l}`);
  }
});

test("each bad file is named in a problem line, with what went wrong", () => {
  const problems = plain.stderr.split("\n").map((l) => PROBLEM_LINE_RE.exec(l)).filter((m) => m !== null);
  for (const name of BAD_FILES) {
    const mine = problems.filter((m) => m[1] === path.join(seeds, name));
    assert.ok(mine.length > 0, `${name} is not named on stderr`);
    assert.ok(mine.every((m) => m[4].length > 15), `${name}: message too short to say what to do`);
  }
  const errorsFor = (name: string) => problems.filter((m) => m[1] === path.join(seeds, name) && m[3] === "error");
  for (const name of ["vide.txt", "espaces.txt", "binaire.txt", "mobilier-seul.txt", "yaml-casse.txt"]) assert.ok(errorsFor(name).length > 0, `${name} should be an error`);
});

test("the good articles are published, and no page is written for a skipped file", async () => {
  const pages = await Promise.all((await htmlFiles(out)).map((f) => readFile(f, "utf8")));
  for (const title of GOOD_TITLES) assert.ok(pages.some((p) => p.includes("<h1") && p.includes(title)), `no page for ${title}`);
  assert.ok(pages.some((p) => p.includes("(UTF-16 LE)")), "the UTF-16 article is published");
  assert.ok(!pages.some((p) => p.includes("Un titre : avec deux points")), "the broken-YAML file is not published");
});

test("a draft (draft: true) appears on no page, feed, sitemap or JSON file", async () => {
  const entries = await readdir(out, { recursive: true });
  const texts = entries.filter((e) => /\.(html|xml|json)$/.test(e) && !e.startsWith("pagefind/"));
  assert.ok(texts.length > 10);
  for (const f of texts) {
    const body = await readFile(path.join(out, f), "utf8");
    assert.ok(!/Brouillon confidentiel|brouillon-confidentiel/.test(body), `the draft shows in ${f}`);
  }
});

test("with --strict the same build exits 1 and still prints every problem", () => {
  assert.equal(strict.status, 1, strict.stderr);
  for (const name of BAD_FILES) assert.ok(strict.stderr.includes(name), name);
});

test("a missing seed folder is a one-line error, not a stack trace", () => {
  const r = build(["--seeds", path.join(tmpdir(), "no-such-folder-hostile"), "--out", path.join(tmpdir(), "hostile-none"), "--strict"]);
  assert.equal(r.status, 1);
  const lines = r.stderr.split("\n").filter((l) => l !== "" && !/^npm warn/.test(l));
  assert.ok(lines.some((l) => PROBLEM_LINE_RE.test(l) && l.includes("no-such-folder-hostile")));
  assert.ok(!lines.some((l) => /^\s+at\s/.test(l)));
});

test("an output folder that cannot be written is a one-line error naming it, exit 1, no stack trace", async () => {
  const file = path.join(tempDir("hostile-out-"), "un-fichier");
  await writeFile(file, "x");
  const r = build(["--seeds", "seeds", "--out", path.join(file, "site")]);
  assert.equal(r.status, 1);
  const lines = r.stderr.split("\n").filter((l) => l !== "" && !/^npm warn/.test(l));
  assert.ok(lines.some((l) => PROBLEM_LINE_RE.test(l) && l.includes("un-fichier/site") && /--out/.test(l)), r.stderr);
  assert.ok(!lines.some((l) => /^\s+at\s/.test(l)), r.stderr);
});

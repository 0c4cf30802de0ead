// The bench's generator, runner and the build's ingest cache: deterministic, complete, and skipping unchanged seeds.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFile, readdir, readFile, writeFile } from "node:fs/promises";
import path from "node:path";
import { generateSeeds, readCorpus, writeSyntheticSeeds } from "../../src/bench/generate.ts";
import { IngestCache } from "../../src/build-cache.ts";
import { ingestFolder, ingestSeed } from "../../src/ingest/index.ts";
import type { RawSeed } from "../../src/ingest/types.ts";
import { tempDir } from "../helpers/tmp.ts";
import { BUILD_NODE_FLAGS } from "../../src/bench/run.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

function cli(args: string[], env: NodeJS.ProcessEnv = {}) {
  return spawnSync(process.execPath, ["--import", "tsx", "src/cli.ts", ...args], {
    cwd: ROOT,
    encoding: "utf8",
    env: { ...process.env, ...env },
    timeout: 300_000,
  });
}

test("the generator gives the same articles for the same N and seed, and other articles for another seed", async () => {
  const corpus = await readCorpus(path.join(ROOT, "seeds"));
  const a = generateSeeds(corpus, 30, 7);
  const b = generateSeeds(corpus, 30, 7);
  const c = generateSeeds(corpus, 30, 8);
  assert.deepEqual(a, b);
  assert.notDeepEqual(a, c);
  assert.equal(new Set(a.map((s) => s.name)).size, 30);
});

test("generated articles spread over 15 years, carry headings and come from the seeds' own paragraphs", async () => {
  const corpus = await readCorpus(path.join(ROOT, "seeds"));
  const seeds = generateSeeds(corpus, 300, 1);
  const years = new Set(seeds.map((s) => /date (\d{4})-/.exec(s.text)![1]));
  assert.ok(years.size >= 14, `only ${years.size} years`);
  for (const y of years) assert.ok(Number(y) >= 2011 && Number(y) <= 2025);
  const withHeadings = seeds.filter((s) => s.text.split("\n").some((l) => corpus.headings.includes(l)));
  assert.ok(withHeadings.length > 150, `${withHeadings.length} with headings`);
  const someParagraph = corpus.paragraphs[0];
  assert.ok(seeds.some((s) => s.text.includes(someParagraph)));
});

test("generated seeds ingest without errors, each with a date and its own URL", async () => {
  const dir = tempDir("bench-seeds-");
  await writeSyntheticSeeds(path.join(ROOT, "seeds"), dir, 40, 3);
  assert.equal((await readdir(dir)).filter((f) => f.endsWith(".txt")).length, 40);
  const { articles, problems } = await ingestFolder(dir);
  assert.deepEqual(problems.filter((p) => p.severity === "error"), []);
  assert.equal(articles.length, 40);
  assert.ok(articles.every((a) => a.date !== null));
  assert.equal(new Set(articles.map((a) => a.url)).size, 40);
});

test("a folder generated from the same corpus, N and seed is kept; another N regenerates it", async () => {
  const dir = tempDir("bench-seeds-");
  const bytes = await writeSyntheticSeeds(path.join(ROOT, "seeds"), dir, 12, 5);
  // A file the generator did not write stays only if the folder is reused as it is.
  await writeFile(path.join(dir, "marker.txt"), "x");
  assert.equal(await writeSyntheticSeeds(path.join(ROOT, "seeds"), dir, 12, 5), bytes);
  assert.ok((await readdir(dir)).includes("marker.txt"));
  await writeSyntheticSeeds(path.join(ROOT, "seeds"), dir, 13, 5);
  const names = (await readdir(dir)).filter((f) => f.endsWith(".txt"));
  assert.equal(names.length, 13);
  assert.ok(!names.includes("marker.txt"));
});

function rawSeed(text: string, name = "x.txt"): RawSeed {
  return { source: `seeds/${name}`, name, bytes: new TextEncoder().encode(text) };
}

test("a cache hit skips parsing and hands out a copy the caller may change", () => {
  const cache = new IngestCache();
  let parsed = 0;
  const parse = (raw: RawSeed) => {
    parsed++;
    return ingestSeed(raw);
  };
  const raw = rawSeed("Le 3 mars 2024, à Astana, le président a reçu son homologue.\n\nUn titre de l’article\n\nUn paragraphe assez long pour être un paragraphe de l’article, avec des mots.\n");
  const first = cache.get(raw, parse);
  first.article!.url = "/changé/";
  const second = cache.get(raw, parse);
  assert.equal(parsed, 1);
  assert.equal(cache.hits, 1);
  assert.notEqual(second.article!.url, "/changé/");
  assert.deepEqual(second, JSON.parse(JSON.stringify(ingestSeed(raw))));
});

test("an edited seed misses the cache and is parsed again", () => {
  const cache = new IngestCache();
  let parsed = 0;
  const parse = (raw: RawSeed) => (parsed++, ingestSeed(raw));
  cache.get(rawSeed("Première version du texte, assez longue pour un paragraphe.\n"), parse);
  cache.get(rawSeed("Seconde version du texte, assez longue pour un paragraphe.\n"), parse);
  assert.equal(parsed, 2);
  assert.equal(cache.misses, 2);
});

test("the on-disk cache serves a later build: a new cache over the same folder parses nothing", async () => {
  const dir = tempDir("bench-cache-");
  const raw = rawSeed("Le 3 mars 2024, le ministre a signé un accord de coopération avec ses partenaires.\n");
  let parsed = 0;
  const parse = (r: RawSeed) => (parsed++, ingestSeed(r));
  new IngestCache(dir).get(raw, parse);
  const later = new IngestCache(dir);
  const again = later.get(raw, parse);
  assert.equal(parsed, 1);
  assert.equal(later.hits, 1);
  assert.equal(again.article!.title, ingestSeed(raw).article!.title);
});

test("bench --json on 50 articles prints every phase with its time and memory, pages, bytes, and the CPU of Node and of Pagefind", () => {
  const work = tempDir("bench-json-");
  const r = cli(["bench", "--articles", "50", "--json", "--work", work]);
  assert.equal(r.status, 0, r.stderr);
  const report = JSON.parse(r.stdout);
  assert.equal(report.articles, 50);
  assert.deepEqual(report.build.phases.map((p: { phase: string }) => p.phase).sort(), ["ingest", "model", "render", "search"]);
  for (const p of report.build.phases) assert.ok(p.ms > 0 && p.peakRss > 0 && p.peakNodeRss > 0 && p.peakNodeRss <= p.peakRss, JSON.stringify(p));
  // The search index is written beside the pages, not after them.
  const phase = (name: string) => report.build.phases.find((p: { phase: string }) => p.phase === name);
  assert.ok(phase("search").startMs < phase("render").startMs + phase("render").ms, JSON.stringify(report.build.phases));
  assert.ok(report.build.peakNodeRss > 0 && report.build.peakNodeRss <= report.build.peakRss);
  assert.equal(report.build.articles, 50);
  assert.ok(report.build.pages > 50);
  assert.ok(report.build.bytes > 100_000);
  assert.ok(report.build.treePeakRss > 0);
  // The CPU is split between Node and Pagefind's processes, each part of the whole tree's (GNU time's, when present).
  const { nodeMs, childrenMs, gcPauseMs } = report.build.cpu;
  assert.ok(nodeMs > 0 && childrenMs > 0, JSON.stringify(report.build.cpu));
  // A build allocates enough to collect: the collector's pauses are counted, within the build's time.
  assert.ok(gcPauseMs > 0 && gcPauseMs < report.build.ms, JSON.stringify(report.build.cpu));
  if (report.build.cpuMs > 0) assert.ok(nodeMs + childrenMs <= report.build.cpuMs * 1.05 + 50, JSON.stringify(report.build));
});

test("bench --alone builds with one phase at a time: the four phases fit in that build's wall time, and the best overlap is ingest + model + the two others sharing two cores", () => {
  const work = tempDir("bench-alone-");
  const r = cli(["bench", "--articles", "30", "--alone", "--json", "--work", work]);
  assert.equal(r.status, 0, r.stderr);
  const { alone } = JSON.parse(r.stdout);
  const { ingest, model, render, search } = alone.phases;
  for (const ms of [ingest, model, render, search]) assert.ok(ms > 0, JSON.stringify(alone));
  // One after the other, the phases add up to less than the whole process's time.
  assert.ok(ingest + model + render + search < alone.wallMs, JSON.stringify(alone));
  assert.ok(alone.searchStartMs >= alone.renderEndMs, JSON.stringify(alone));
  assert.equal(alone.bestOverlapMs, ingest + model + Math.max(render, (render + search) / 2));
});

test("without a terminal, or under CI, the build prints one plain progress line per phase on stdout", async () => {
  const out = tempDir("bench-progress-");
  const r = cli(["build", "--out", out, "--no-cache"], { CI: "true" });
  assert.equal(r.status, 0, r.stderr);
  assert.doesNotMatch(r.stdout, /\r|\x1b\[/);
  const lines = r.stdout.trim().split("\n");
  for (const phase of ["ingest", "model", "render", "search"]) assert.equal(lines.filter((l) => l.startsWith(phase)).length, 1, r.stdout);
  assert.match(r.stdout, /^ingest: 5\/5 articles ingested in [\d.]+ s$/m);
  assert.match(r.stdout, /^search: 5\/5 pages indexed in [\d.]+ s$/m);
  assert.ok((await readFile(path.join(out, "index.html"), "utf8")).length > 0);
});

test("a bench whose build skips a file with an error stops and says so instead of reporting the figures", async () => {
  const work = tempDir("bench-errors-");
  const seeds = path.join(work, "seeds-12-1");
  await writeSyntheticSeeds(path.join(ROOT, "seeds"), seeds, 12, 1);
  // The generated folder is reused as it is (same stamp): the binary file is built with it.
  await copyFile(path.join(ROOT, "tests/fixtures/hostile/binaire.txt"), path.join(seeds, "binaire.txt"));
  const r = cli(["bench", "--articles", "12", "--work", work]);
  assert.notEqual(r.status, 0);
  assert.match(r.stderr, /published 12 of 12 articles \(1 errors\)/);
  assert.doesNotMatch(r.stdout, /^build: /m);
});

test("the bench builds with the V8 flags package.json gives npm run build and npm start", async () => {
  const scripts = JSON.parse(await readFile(path.join(ROOT, "package.json"), "utf8")).scripts as Record<string, string>;
  assert.ok(BUILD_NODE_FLAGS.length > 0);
  for (const name of ["build", "start", "bench"]) {
    const words = scripts[name].split(/\s+/);
    for (const flag of BUILD_NODE_FLAGS) assert.ok(words.includes(flag), `${name}: ${scripts[name]} lacks ${flag}`);
  }
});

// Two builds of the same seeds are byte-identical, search index included, whatever the time zone, locale and file order.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { execFile } from "node:child_process";
import { promisify } from "node:util";
import { createHash } from "node:crypto";
import { copyFile, mkdir, readFile, readdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { buildSite } from "../../src/build.ts";
import { tempDir } from "../helpers/tmp.ts";

const run = promisify(execFile);
const FIXTURES = ["injection.txt", "crlf.txt", "utf16le-bom.txt", "meme-titre-a.txt", "meme-titre-b.txt", "doublon-astana.txt", "bon-article-astana.txt"];

/** Fills `dir` afresh with the seeds (and a few fixtures), creating the files in the given order. */
async function fillSeeds(dir: string, reverse: boolean): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(dir);
  const files = [...(await readdir("seeds")).map((f) => path.join("seeds", f)), ...FIXTURES.map((f) => path.join("tests/fixtures/hostile", f))];
  if (reverse) files.reverse();
  for (const f of files) await copyFile(f, path.join(dir, path.basename(f)));
}

async function build(seeds: string, env: Record<string, string>): Promise<string> {
  const out = tempDir("determinism-site-");
  await run("npx", ["tsx", "src/cli.ts", "build", "--seeds", seeds, "--out", out, "--no-cache"], { env: { ...process.env, ...env }, timeout: 180_000 });
  return out;
}

/** Path → SHA-256 of every file under `dir`. */
async function digest(dir: string): Promise<Map<string, string>> {
  const files = (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile());
  const map = new Map<string, string>();
  for (const d of files) {
    const full = path.join(d.parentPath, d.name);
    map.set(path.relative(dir, full), createHash("sha256").update(await readFile(full)).digest("hex"));
  }
  return new Map([...map].sort(([a], [b]) => (a < b ? -1 : 1)));
}

let a: Map<string, string>;
let b: Map<string, string>;
before(async () => {
  // Two builds at the two ends of the world's time zones (UTC−0 and UTC+14), in different locales, from folders whose files
  // were created in opposite orders; the builds run one after the other, so any clock time in the output shows up too.
  // The seed folder keeps one path, since file paths are part of the input; --no-cache makes each build parse the seeds
  // in its own time zone instead of reusing the other build's results.
  const seeds = path.join(tempDir("determinism-"), "seeds");
  await fillSeeds(seeds, false);
  a = await digest(await build(seeds, { TZ: "UTC", LANG: "C.UTF-8", LC_ALL: "C.UTF-8" }));
  await fillSeeds(seeds, true);
  b = await digest(await build(seeds, { TZ: "Pacific/Kiritimati", LANG: "fr_FR.UTF-8", LC_ALL: "fr_FR.UTF-8" }));
});

test("both builds write the same list of files, search index included", () => {
  assert.deepEqual([...b.keys()], [...a.keys()]);
  assert.ok([...a.keys()].some((f) => f.startsWith("pagefind/")), "the search index is part of the comparison");
  assert.ok(a.size > 30);
});

test("every file of the two builds is byte-identical", () => {
  const differ = [...a].filter(([f, h]) => b.get(f) !== h).map(([f]) => f);
  assert.deepEqual(differ, []);
});

test("a build into a folder used before leaves none of the files the last build wrote", async () => {
  const out = tempDir("reused-site-");
  await mkdir(path.join(out, "2001/01/article-retire"), { recursive: true });
  await writeFile(path.join(out, "2001/01/article-retire/index.html"), "<p>retiré</p>");
  await writeFile(path.join(out, "vieux.html"), "<p>vieux</p>");
  await buildSite({ seeds: "seeds", out });
  const files = (await readdir(out, { recursive: true })).map(String);
  assert.ok(files.includes("index.html"), "the new site is written");
  assert.ok(!files.includes("vieux.html") && !files.some((f) => f.startsWith("2001")), `stale files remain: ${files.filter((f) => /vieux|2001/.test(f))}`);
});

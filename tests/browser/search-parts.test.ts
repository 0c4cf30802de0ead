// Search over an index written in several parts (as at archive scale): newest first part by part, relevance over all, filters.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { appendFile, readFile, readdir, rm } from "node:fs/promises";
import path from "node:path";
import type { Server } from "node:http";
import type { Browser, Page } from "playwright-core";
import { buildTemp, serveStatic, launchBrowser } from "../helpers/site.ts";
import { writeSyntheticSeeds } from "../../src/bench/generate.ts";
import { ingestFolder } from "../../src/ingest/index.ts";
import { buildArchive, type Entry } from "../../src/site/model.ts";
import { writeSearchIndex, aliasFile, MANIFEST, TOPICS, type SearchManifest } from "../../src/search/index.ts";
import { mayHaveWord, splitWords, wordPart } from "../../public/js/search-text.js";
import { aliasRows, type AliasRow, type TopicRow } from "../../src/search/aliases.ts";
import { tempDir } from "../helpers/tmp.ts";

const ARTICLES = 36;
/** Articles per part: 36 articles make five parts, the last one short. */
const PART_SIZE = 8;
/** A word only the oldest article has. */
const WITNESS = "xylographie";

let server: Server;
let base: string;
let browser: Browser;
let entries: Entry[];
let out: string;
let seeds: string;

before(async () => {
  // The search page and its assets from the seeds; the index, in parts, from synthetic articles made of their paragraphs.
  ({ out } = await buildTemp());
  seeds = tempDir("archive-parts-");
  await writeSyntheticSeeds("seeds", seeds, ARTICLES, 7);
  // The oldest article (last in the index) gets a word no other article has.
  const oldest = buildArchive((await ingestFolder(seeds)).articles).entries.at(-1)!;
  await appendFile(oldest.source, `\n\nCe dernier paragraphe contient le mot ${WITNESS}.\n`);
  entries = buildArchive((await ingestFolder(seeds)).articles).entries;
  assert.equal(entries.at(-1)!.source, oldest.source);
  await rm(path.join(out, "pagefind"), { recursive: true, force: true });
  const written = await writeSearchIndex(entries, out, { partSize: PART_SIZE });
  assert.equal(written.parts, Math.ceil(entries.length / PART_SIZE));
  ({ server, url: base } = await serveStatic(out));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
  if (seeds) await rm(seeds, { recursive: true, force: true });
});

/** Types `q` in the search box like a reader and waits for the status line to name it. */
async function type(page: Page, q: string): Promise<string> {
  await page.locator("#q").pressSequentially(q, { delay: 20 });
  await page.waitForFunction((q) => (document.getElementById("search-status")?.textContent ?? "").includes(q), q, { timeout: 15000 });
  await page.waitForSelector('[data-search-results][aria-busy="false"]');
  return (await page.textContent("#search-status")) ?? "";
}

/** The files a page requested: their paths and when, in the page's time. */
interface Timed {
  lastKey: number;
  /** When the last search started (it marks the list busy): the search after the last pause. */
  searchAt: number;
  files: { path: string; at: number }[];
}

/** Opens the search page at `at`, types `q` with `delay` ms between keys, waits for its results, and says what was fetched when. */
async function typeTimed(page: Page, at: string, q: string, delay: number): Promise<Timed> {
  await page.goto(`${base}${at}`);
  await page.waitForLoadState("networkidle");
  await page.evaluate(() => {
    const w = window as unknown as Timed;
    document.getElementById("q")!.addEventListener("input", () => (w.lastKey = performance.now()));
    const list = document.querySelector("[data-search-results]")!;
    new MutationObserver(() => {
      if (list.getAttribute("aria-busy") === "true") w.searchAt = performance.now();
    }).observe(list, { attributes: true, attributeFilter: ["aria-busy"] });
  });
  await page.locator("#q").pressSequentially(q, { delay });
  await page.waitForFunction((q) => (document.getElementById("search-status")?.textContent ?? "").includes(q), q, { timeout: 15000 });
  await page.waitForSelector('[data-search-results][aria-busy="false"]');
  return page.evaluate(() => {
    const w = window as unknown as Timed;
    return {
      lastKey: w.lastKey,
      searchAt: w.searchAt,
      files: performance.getEntriesByType("resource").map((e) => ({ path: new URL(e.name).pathname, at: e.startTime })),
    };
  });
}

/** The articles whose text names `word` (any case, accents as written). */
function naming(word: RegExp): Entry[] {
  return entries.filter((e) => word.test([e.title, e.lede, ...e.blocks.filter((b) => b.type !== "bibliography" && b.type !== "credit").map((b) => b.text)].join("\n")));
}

test("the manifest lists every part after the first and the other spellings of tags present in the archive, the same bytes on every build", async () => {
  const manifest = JSON.parse(await readFile(path.join(out, "pagefind", MANIFEST), "utf8")) as SearchManifest;
  assert.deepEqual(manifest.parties, ["/pagefind/partie-2/", "/pagefind/partie-3/", "/pagefind/partie-4/", "/pagefind/partie-5/"]);
  for (const p of manifest.parties) assert.ok((await readdir(path.join(out, p))).some((f) => f.endsWith(".pf_meta")), p);
  const present = new Set(entries.flatMap((e) => e.tags.map((t) => t.url)));
  const topics = JSON.parse(await readFile(path.join(out, "pagefind", TOPICS), "utf8")) as TopicRow[];
  assert.deepEqual(topics.map((r) => r[1]).sort(), [...present].sort());
  // The tags' other spellings are files of their own, read only for a query whose words the manifest's filter may hold:
  // each spelling in the file its first word leads to, all of them once.
  const files = upTo(manifest.aliasFiles).map(aliasFile);
  assert.ok(files.length > 1, "the alias table is split");
  const spellingsOf = new Map<string, string[]>();
  for (const [i, file] of files.entries()) {
    for (const [name, filter, spellings] of JSON.parse(await readFile(path.join(out, "pagefind", file), "utf8")) as AliasRow[]) {
      for (const a of spellings) assert.equal(wordPart(splitWords(a)[0], files.length), i, `${a} in ${file}`);
      spellingsOf.set(`${name} ${filter}`, [...(spellingsOf.get(`${name} ${filter}`) ?? []), ...spellings]);
    }
  }
  const rows = aliasRows(topics);
  assert.deepEqual(
    [...spellingsOf.entries()].map(([k, v]) => [k, [...v].sort()]).sort(),
    rows.map(([name, filter, spellings]) => [`${name} ${filter}`, [...spellings].sort()]).sort(),
  );
  assert.ok(rows.some(([name, filter, spellings]) => name === "Astana" && filter === "lieux" && spellings.includes("Nour-Soultan")));
  for (const [, , spellings] of rows) for (const a of spellings) assert.ok(mayHaveWord(manifest.alias, splitWords(a).join(" ")), a);
  const again = tempDir("archive-parts-again-");
  await writeSearchIndex(entries, again, { partSize: PART_SIZE });
  for (const file of [MANIFEST, ...files, TOPICS]) {
    assert.equal(await readFile(path.join(again, "pagefind", file), "utf8"), await readFile(path.join(out, "pagefind", file), "utf8"), file);
  }
  await rm(again, { recursive: true, force: true });
});

test("an index written by two Pagefind processes, as a build does once its pages are written, is the one a single process writes, byte for byte", async () => {
  const two = tempDir("archive-parts-two-");
  const written = await writeSearchIndex(entries, two, { partSize: PART_SIZE, secondCoreFree: Promise.resolve() });
  assert.equal(written.processes, 2);
  const list = async (dir: string) => (await readdir(dir, { recursive: true, withFileTypes: true })).filter((d) => d.isFile()).map((d) => path.relative(dir, path.join(d.parentPath, d.name))).sort();
  const files = await list(path.join(out, "pagefind"));
  assert.ok(files.length > 20);
  assert.deepEqual(await list(path.join(two, "pagefind")), files);
  for (const f of files) assert.ok((await readFile(path.join(two, "pagefind", f))).equals(await readFile(path.join(out, "pagefind", f))), f);
});

/** Clicks "Plus de résultats" until it is gone, each time waiting for the whole next page (results come one by one). */
async function showAll(page: Page): Promise<void> {
  while (await page.locator("#search-more").isVisible()) {
    const n = await page.locator("[data-search-results] li.search-result").count();
    await page.click("#search-more");
    await page.waitForFunction(
      (n) => {
        const list = document.querySelector("[data-search-results]")!;
        return list.getAttribute("aria-busy") === "false" && list.querySelectorAll("li.search-result").length > n;
      },
      n,
      { timeout: 15000 },
    );
  }
}

/** The parts (0 = `/pagefind/`) whose metadata the page downloaded. */
function partsLoaded(requested: string[]): number[] {
  const parts = requested.filter((u) => u.endsWith(".pf_meta")).map((u) => Number(/\/partie-(\d+)\//.exec(u)?.[1] ?? 1) - 1);
  return [...new Set(parts)].sort((a, b) => a - b);
}

/** 0, 1, … n - 1. */
const upTo = (n: number) => Array.from({ length: n }, (_, i) => i);

test("by default a word lists the newest articles first, downloading only the parts that fill the first page; older parts come with more", async () => {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${base}/recherche/`);
  await page.waitForLoadState("networkidle");
  assert.deepEqual(requested.filter((u) => u.startsWith("/pagefind/")), [], "nothing of the index before the first keystroke");
  assert.equal(await page.inputValue("#search-sort"), "date");
  const expected = naming(/Kazakhstan/);
  // Entries are in the index's order (newest first): the parts needed for ten results are those up to the tenth's.
  const needed = Math.floor(entries.indexOf(expected[9]) / PART_SIZE) + 1;
  const parts = Math.ceil(entries.length / PART_SIZE);
  assert.ok(needed < parts, "the first page does not need every part");
  const status = await type(page, "Kazakhstan");
  assert.match(status, /^10 premiers résultats pour «\u202FKazakhstan\u202F», du plus récent au plus ancien/);
  assert.equal(await page.locator("[data-search-results] li.search-result").count(), 10);
  assert.deepEqual(partsLoaded(requested), upTo(needed));
  assert.equal(requested.filter((u) => u.endsWith(".pf_filter")).length, 0, "no filter values before the filters are opened");
  assert.ok(requested.includes("/js/recherche.js"));
  for (const unneeded of ["/js/search.js", "/js/search-extra.js", "/js/highlight.js", "/pagefind/sujets.json", "/pagefind/pagefind-worker.js"]) {
    assert.ok(!requested.includes(unneeded), `${unneeded} is not needed for a word that names no alias`);
  }
  assert.ok(!requested.some((u) => u.startsWith("/pagefind/alias-")), "no file of the alias table for a word that names no alias");
  await showAll(page);
  const hrefs = await page.$$eval("[data-search-results] li h2 a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
  assert.deepEqual(hrefs, expected.map((e) => e.url), "every article, in the archive's order (newest first)");
  const dates = await page.$$eval("[data-search-results] li.search-result", (lis) => lis.map((li) => li.querySelector("time")?.getAttribute("datetime") ?? ""));
  const dated = dates.filter(Boolean);
  assert.deepEqual(dated, [...dated].sort().reverse());
  // Undated articles, if any, come last.
  assert.deepEqual(dates.slice(dated.length), dates.filter((d) => !d));
  // Once every part is searched the number is known.
  assert.match((await page.textContent("#search-status")) ?? "", new RegExp(`^${expected.length} articles pour «\u202FKazakhstan\u202F»`));
  assert.deepEqual(partsLoaded(requested), upTo(parts));
  await page.close();
});

test("while the reader types, the newest part's word chunks are fetched: the search after the pause fetches none", async () => {
  const page = await browser.newPage();
  const { lastKey, files } = await typeTimed(page, "/recherche/", "Kazakhstan", 20);
  assert.match((await page.textContent("#search-status")) ?? "", /Kazakhstan/);
  const chunks = files.filter((f) => f.path.startsWith("/pagefind/index/")).map((f) => f.at);
  assert.ok(chunks.length > 0, "the newest part's word chunks were fetched");
  assert.deepEqual(
    chunks.filter((t) => t > lastKey),
    [],
    "no chunk of the newest part is requested after the last keystroke",
  );
  await page.close();
});

test("sorted by relevance, every part's word chunks are fetched while the reader types: the search after the pause fetches none", async () => {
  const page = await browser.newPage();
  // Keys 100 ms apart: the parts are merged while the first ones are typed.
  const { lastKey, files } = await typeTimed(page, "/recherche/?tri=pertinence", "Kazakhstan", 100);
  const chunks = files.filter((f) => /\/index\/[^/]+\.pf_index$/.test(f.path));
  const parts = Math.ceil(entries.length / PART_SIZE);
  assert.equal(new Set(chunks.map((c) => c.path.replace(/index\/.*$/, ""))).size, parts, "a chunk of every part");
  assert.deepEqual(
    chunks.filter((c) => c.at > lastKey).map((c) => c.path),
    [],
    "no chunk is requested after the last keystroke",
  );
  await page.close();
});

test("by relevance a word found in every part searches the whole archive and lists all its articles, ten at a time, loading only the fragments it shows", async () => {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${base}/recherche/?tri=pertinence`);
  const expected = naming(/Kazakhstan/);
  assert.ok(expected.length > 20, `${expected.length} articles name Kazakhstan`);
  const status = await type(page, "Kazakhstan");
  assert.match(status, new RegExp(`^${expected.length} articles pour «\u202FKazakhstan\u202F», les plus pertinents d’abord`));
  assert.equal(await page.locator("[data-search-results] li.search-result").count(), 10);
  assert.deepEqual(partsLoaded(requested), upTo(Math.ceil(entries.length / PART_SIZE)));
  const fragments = () => requested.filter((u) => u.endsWith(".pf_fragment")).length;
  assert.ok(fragments() <= 10 + 8, `${fragments()} fragments for 10 results shown`);
  assert.equal(requested.filter((u) => u.endsWith(".pf_filter")).length, 0, "no filter values before the filters are opened");
  await showAll(page);
  const hrefs = await page.$$eval("[data-search-results] li h2 a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
  assert.deepEqual([...hrefs].sort(), expected.map((e) => e.url).sort());
  await page.close();
});

test("results are shown one by one as they load, in order: the first ones are on screen while a later one is still on its way", async () => {
  const page = await browser.newPage();
  // The third fragment requested is held back until the test lets it go.
  let fragments = 0;
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  await page.route("**/*.pf_fragment", async (route) => {
    if (++fragments === 3) await released;
    await route.continue();
  });
  await page.goto(`${base}/recherche/?tri=pertinence`);
  // The whole word in one input event: typed key by key, a slow machine's pause after a prefix searched it, and the
  // fragment held could be one of the final query's first two.
  await page.fill("#q", "Kazakhstan");
  const list = page.locator('[data-search-results][data-query="Kazakhstan"]');
  await list.locator("li.search-result").nth(1).waitFor({ timeout: 15000 });
  // Held long enough for the results after the third to have arrived, had they been shown out of order.
  await page.waitForTimeout(300);
  assert.equal(await list.locator("li.search-result").count(), 2, "the two results before the one held are shown, none after it");
  assert.equal(await list.getAttribute("aria-busy"), "true");
  assert.equal(await page.textContent("#search-status"), "", "the status waits for the whole page of results");
  release();
  await page.waitForFunction(() => /Kazakhstan/.test(document.getElementById("search-status")?.textContent ?? ""), null, { timeout: 15000 });
  assert.equal(await list.locator("li.search-result").count(), 10);
  assert.equal(await list.getAttribute("aria-busy"), "false");
  await page.close();
});

test("a second click on “Plus de résultats” while the next page is still arriving adds nothing twice and keeps the order", async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/recherche/`);
  await type(page, "Kazakhstan");
  // From now on each fragment is held until the test lets them go.
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let held = 0;
  await page.route("**/*.pf_fragment", async (route) => {
    held++;
    await released;
    await route.continue();
  });
  await page.click("#search-more");
  await page.waitForFunction(() => document.querySelector("[data-search-results]")!.getAttribute("aria-busy") === "true");
  await page.click("#search-more");
  await page.waitForTimeout(200);
  assert.ok(held > 0, "the next page is on its way");
  release();
  await page.waitForFunction(() => document.querySelector("[data-search-results]")!.getAttribute("aria-busy") === "false", null, { timeout: 15000 });
  await page.waitForTimeout(300);
  const hrefs = await page.$$eval("[data-search-results] li h2 a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
  assert.equal(hrefs.length, 20);
  assert.equal(new Set(hrefs).size, 20);
  assert.deepEqual(hrefs, naming(/Kazakhstan/).slice(0, 20).map((e) => e.url));
  await page.close();
});

test("a word only the oldest part has is found by date too, once the newer parts have nothing", async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/recherche/`);
  const status = await type(page, WITNESS);
  assert.match(status, new RegExp(`^1 article pour «\u202F${WITNESS}\u202F»`));
  assert.deepEqual(await page.$$eval("[data-search-results] li h2 a", (as) => as.map((a) => a.getAttribute("href"))), [entries.at(-1)!.url]);
  await page.close();
});

test("opening the filters loads their values once, with counts summed over the parts, and a year narrows the results", async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/recherche/`);
  await type(page, "Kazakhstan");
  await page.click("#search-filters-box summary");
  const withYear = naming(/Kazakhstan/).filter((e) => e.year);
  const year = withYear[0].year!;
  const inYear = withYear.filter((e) => e.year === year).length;
  const label = page.locator(`fieldset[data-filter="année"] label:has(input[value="${year}"])`);
  assert.match(await label.innerText(), new RegExp(`${year} \\(${inYear}\\)`));
  await label.locator("input").check();
  await page.waitForFunction((n) => document.querySelectorAll("[data-search-results] li.search-result").length === Math.min(n, 10), inYear, { timeout: 10000 });
  assert.match((await page.textContent("#search-status")) ?? "", new RegExp(`^${inYear} article`));
  await page.close();
});

test("another spelling of a tag finds the articles filed under it in every part (Nour-Soultan → Astana)", async () => {
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  await page.goto(`${base}/recherche/`);
  const tagged = entries.filter((e) => e.tags.some((t) => t.url === "/lieux/astana/"));
  assert.ok(tagged.length > PART_SIZE, "Astana is in more than one part");
  await type(page, "Nour-Soultan");
  // The tag is searched through its Pagefind filter (a small file per part), not the words of its name.
  assert.ok(requested.some((u) => u.endsWith(".pf_filter")), "the articles filed under Astana come from its filter");
  // Each result's excerpt is taken around the tag's name, marked, when the article's text names it.
  const firstPage = await page.$$eval("[data-search-results] li.search-result", (lis) =>
    lis.map((li) => ({ href: li.querySelector("h2 a")?.getAttribute("href") ?? "", marks: [...li.querySelectorAll(".excerpt mark")].map((m) => m.textContent) })),
  );
  const namingAstana = new Set(naming(/Astana/).map((e) => e.url));
  assert.ok(firstPage.some((r) => namingAstana.has(r.href)));
  for (const r of firstPage) {
    if (namingAstana.has(r.href)) assert.ok(r.marks.some((m) => splitWords(m ?? "").includes("astana")), `${r.href}: ${r.marks.join(", ")}`);
  }
  await showAll(page);
  const hrefs = await page.$$eval("[data-search-results] li h2 a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
  for (const e of tagged) assert.ok(hrefs.includes(e.url), `${e.url} is filed under Astana`);
  // The manifest's filter says Nour-Soultan may be an alias: the page reads the one file of the table its first word leads to.
  const manifest = JSON.parse(await readFile(path.join(out, "pagefind", MANIFEST), "utf8")) as SearchManifest;
  assert.ok(requested.includes(`/pagefind/${aliasFile(wordPart("nour", manifest.aliasFiles))}`));
  assert.ok(requested.filter((u) => u.startsWith("/pagefind/alias-")).length < manifest.aliasFiles, "not the whole table");
  await page.close();
});

test("a search still running when the reader starts another takes none of the new one's results", async () => {
  // `Nour` alone is Pagefind's prefix fallback in every part: its search goes on through the older parts, one after the
  // other. It is held in the third part (its results' texts, which it checks) while the reader searches Nour-Soultan,
  // whose first page the two newest parts fill.
  const tagged = entries.filter((e) => e.tags.some((t) => t.url === "/lieux/astana/"));
  const page = await browser.newPage();
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let reached!: () => void;
  const heldReached = new Promise<void>((r) => (reached = r));
  await page.route("**/pagefind/partie-3/fragment/**", async (route) => {
    reached();
    await released;
    await route.continue();
  });
  await page.goto(`${base}/recherche/?q=Nour`);
  await heldReached;
  await page.fill("#q", "Nour-Soultan");
  await page.press("#q", "Enter");
  await page.waitForFunction(() => (document.getElementById("search-status")?.textContent ?? "").includes("Nour-Soultan"), null, { timeout: 15000 });
  await page.waitForSelector('[data-search-results][aria-busy="false"]');
  // The first search goes on, then ends: the page it would have shown is no longer on screen.
  release();
  await page.waitForLoadState("networkidle");
  await showAll(page);
  const hrefs = await page.$$eval("[data-search-results] li h2 a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
  assert.deepEqual(new Set(hrefs), new Set(tagged.map((e) => e.url)));
  assert.match((await page.textContent("#search-status")) ?? "", new RegExp(`^${tagged.length} articles pour`));
  await page.close();
});

test("while the reader types another spelling of a tag, its alias file and the tag's filter in the newest part are fetched before the search", async () => {
  const page = await browser.newPage();
  // Keys 100 ms apart: the page waits 200 ms after the last one.
  const { lastKey, searchAt, files } = await typeTimed(page, "/recherche/", "Nour-Soultan", 100);
  assert.ok(searchAt > lastKey, "the search ran after the last keystroke");
  const early = files.filter((f) => /^\/pagefind\/(alias-\d+\.json|filter\/.*\.pf_filter)$/.test(f.path));
  assert.ok(early.some((f) => f.path.startsWith("/pagefind/alias-")), "an alias file was read");
  assert.ok(early.some((f) => f.path.startsWith("/pagefind/filter/")), "the newest part's filter was read");
  for (const f of early) assert.ok(f.at < searchAt, `${f.path} requested ${Math.round(f.at - lastKey)} ms after the last key, the search at ${Math.round(searchAt - lastKey)} ms`);
  await page.close();
});

test("the results a tag's filter alone finds for the first page are downloaded with the others, not after the check of the word's", async () => {
  // `transit` in the newest part: articles with the word (or a longer one, which Pagefind also finds), and articles
  // filed under connectivité, of which it is another spelling, without it.
  const newest = entries.slice(0, PART_SIZE);
  const literal = newest.filter((e) => naming(/transit/i).includes(e));
  const tagOnly = newest.filter((e) => !literal.includes(e) && e.tags.some((t) => t.url === "/themes/connectivite/"));
  assert.ok(literal.length > 0 && tagOnly.length > 0, `${literal.length} with the word, ${tagOnly.length} through the tag`);
  const wanted = literal.length + tagOnly.length;
  const page = await browser.newPage();
  // Every fragment is held until those of the newest part's results are all asked for, or for 5 s after the first
  // is: the check of the word's results (see isFallback) cannot end before they are released.
  const held: string[] = [];
  let release!: () => void;
  const released = new Promise<void>((r) => (release = r));
  let timedOut = false;
  let timer: NodeJS.Timeout | undefined;
  await page.route("**/*.pf_fragment", async (route) => {
    held.push(new URL(route.request().url()).pathname);
    timer ??= setTimeout(() => {
      timedOut = true;
      release();
    }, 5000);
    if (held.length === wanted) release();
    await released;
    await route.continue();
  });
  await page.goto(`${base}/recherche/?q=transit`);
  await page.waitForFunction(() => (document.getElementById("search-status")?.textContent ?? "").includes("transit"), null, { timeout: 20000 });
  clearTimeout(timer);
  assert.equal(timedOut, false, `the newest part’s ${wanted} fragments were not all asked for before the first came back`);
  assert.ok((await page.locator("[data-search-results] li h2 a").count()) >= wanted);
  await page.close();
});

test("a word that is also another spelling of a tag downloads, for its first page, only the fragments of the results shown", async () => {
  // `corridor` is written in some articles, and is another spelling of the theme connectivité, on more of them. Pagefind
  // stems the word: its plural answers it too (an article may name `corridors` without its six themes holding connectivité).
  const literal = naming(/\bcorridors?\b/i);
  const union = entries.filter((e) => literal.includes(e) || e.tags.some((t) => t.url === "/themes/connectivite/"));
  assert.ok(literal.length > 0 && union.length > literal.length);
  const shownFirst = union.slice(0, 10);
  assert.ok(literal.some((e) => shownFirst.includes(e)), "some articles with the word are on the first page");
  assert.ok(literal.some((e) => !shownFirst.includes(e)), "some articles with the word come after the first page");
  const page = await browser.newPage();
  const requested: string[] = [];
  page.on("request", (r) => requested.push(new URL(r.url()).pathname));
  // From the URL, not typed: a pause in typing would search a prefix of the word and download its results.
  await page.goto(`${base}/recherche/?q=corridor`);
  await page.waitForFunction(() => (document.getElementById("search-status")?.textContent ?? "").includes("corridor"), null, { timeout: 15000 });
  await page.waitForSelector('[data-search-results][aria-busy="false"]');
  const hrefs = await page.$$eval("[data-search-results] li h2 a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
  assert.deepEqual(hrefs, shownFirst.map((e) => e.url), "the newest ten, with the word or filed under the theme");
  // The check against Pagefind's prefix fallback reads the word's results shown first: they answer it, so none of its
  // later results is downloaded.
  assert.equal(new Set(requested.filter((u) => u.endsWith(".pf_fragment"))).size, 10);
  await page.close();
});

test("the filters' counts for another spelling of a tag are those of the tag's articles (Alma-Ata → Almaty)", async () => {
  const tagged = entries.filter((e) => e.tags.some((t) => t.url === "/lieux/almaty/"));
  assert.ok(tagged.length > 0 && tagged.length < entries.length && naming(/Alma-Ata/i).length === 0);
  const page = await browser.newPage();
  await page.goto(`${base}/recherche/?q=Alma-Ata`);
  await page.waitForFunction(() => (document.getElementById("search-status")?.textContent ?? "").includes("Alma-Ata"), null, { timeout: 15000 });
  await page.click("#search-filters-box summary");
  await page.waitForSelector('fieldset[data-filter="année"] label:not([hidden])');
  const counts = await page.$$eval('fieldset[data-filter="année"] label:not([hidden])', (ls) =>
    ls.map((l) => Number(/\((\d+)\)/.exec(l.textContent ?? "")?.[1] ?? 0)),
  );
  assert.equal(
    counts.reduce((a, b) => a + b, 0),
    tagged.filter((e) => e.year).length,
  );
  await page.close();
});

test("filters alone, sorted by date, list every article of the checked years newest first, across parts", async () => {
  const years = [...new Set(entries.map((e) => e.year).filter((y): y is string => y !== null))].slice(0, 4);
  const expected = entries.filter((e) => e.year !== null && years.includes(e.year));
  const page = await browser.newPage();
  await page.goto(`${base}/recherche/?tri=date&${years.map((y) => `année=${y}`).join("&")}`);
  await page.waitForFunction(() => /correspondant aux filtres/.test(document.getElementById("search-status")?.textContent ?? ""), null, { timeout: 15000 });
  await showAll(page);
  const dates = await page.$$eval("[data-search-results] li.search-result time", (ts) => ts.map((t) => t.getAttribute("datetime") ?? ""));
  assert.equal(dates.length, expected.length);
  assert.deepEqual(dates, [...dates].sort().reverse());
  await page.close();
});

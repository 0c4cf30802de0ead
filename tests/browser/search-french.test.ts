// A reader searches the five seed articles in French: elisions, other spellings of names, no junk, filters, URL state.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { Server } from "node:http";
import type { Browser, Page } from "playwright-core";
import { buildTemp, serveStatic, launchBrowser } from "../helpers/site.ts";
import { ingestFolder } from "../../src/ingest/index.ts";
import type { Article } from "../../src/ingest/types.ts";

let server: Server;
let base: string;
let browser: Browser;
let articles: Article[];

before(async () => {
  const { out } = await buildTemp();
  ({ server, url: base } = await serveStatic(out));
  browser = await launchBrowser();
  articles = (await ingestFolder("seeds")).articles.filter((a) => !a.draft);
});

after(async () => {
  await browser?.close();
  server?.close();
});

/** The URL of the article made from the seed whose file name starts with `prefix` (`001`). */
function urlOf(prefix: string): string {
  const a = articles.find((x) => x.source.split("/").pop()!.startsWith(prefix));
  assert.ok(a, `no published article from seed ${prefix}`);
  return a.url;
}

/** The URLs of the articles whose published text (title, lede, body) matches `re`. */
function urlsNaming(re: RegExp): string[] {
  return articles
    .filter((a) => re.test([a.title, a.lede, ...a.blocks.filter((b) => b.type !== "bibliography" && b.type !== "credit").map((b) => b.text)].join("\n")))
    .map((a) => a.url)
    .sort();
}

/** Waits until the search page has said something about the current query. */
async function settled(page: Page): Promise<string> {
  await page.waitForFunction(() => (document.getElementById("search-status")?.textContent ?? "").length > 0, null, { timeout: 15000 });
  return (await page.textContent("#search-status")) ?? "";
}

/**
 * Searches `q` and returns the status and the result links in order (paths, without the highlight): the first time on
 * a page by opening /recherche/?q=… like a shared link, then by typing in the box like a reader.
 */
async function search(page: Page, q: string): Promise<{ status: string; urls: string[] }> {
  let status: string;
  if (new URL(page.url(), "http://x").pathname === "/recherche/") {
    await page.fill("#q", q);
    await page.press("#q", "Enter");
    await page.waitForFunction(
      (q) => (document.getElementById("search-status")?.textContent ?? "").includes(`«\u202F${q.trim()}\u202F»`),
      q,
      { timeout: 15000 },
    );
    status = (await page.textContent("#search-status")) ?? "";
  } else {
    await page.goto(`${base}/recherche/?q=${encodeURIComponent(q)}`);
    status = await settled(page);
  }
  const hrefs = await page.$$eval("[data-search-results] li h2 a", (as) => as.map((a) => a.getAttribute("href") ?? ""));
  return { status, urls: hrefs.map((h) => new URL(h, "http://x").pathname) };
}

test("by relevance, ONU and Nations unies both list the article on Kazakhstan at the UN (001) first", async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/recherche/?tri=pertinence`);
  for (const q of ["ONU", "Nations unies"]) {
    const { urls } = await search(page, q);
    assert.equal(urls[0], urlOf("001"), `first result for ${q}`);
  }
  await page.close();
});

test("an elided word is found whatever the apostrophe: accords d'Abraham (ASCII) and l’Ukraine (typographic)", async () => {
  const page = await browser.newPage();
  const abraham = await search(page, "accords d'Abraham");
  assert.deepEqual([...abraham.urls].sort(), urlsNaming(/accords d[’']Abraham/i));
  const ukraine = await search(page, "l’Ukraine");
  const expected = urlsNaming(/l[’']Ukraine/);
  assert.ok(expected.length >= 2);
  for (const url of expected) assert.ok(ukraine.urls.includes(url), `${url} names l’Ukraine`);
  // `ukrainienne` shares the stem of `Ukraine`: an inflection is a fair answer, an unrelated word is not.
  assert.deepEqual(ukraine.urls.filter((u) => !urlsNaming(/ukrain/i).includes(u)), []);
  await page.close();
});

test("Tokayev and Tokaev find every article naming Tokaïev, and nothing else", async () => {
  const page = await browser.newPage();
  const expected = urlsNaming(/Toka[ïiy]ev/);
  assert.equal(expected.length, 5);
  for (const q of ["Tokayev", "Tokaev", "tokaïev"]) {
    const { urls } = await search(page, q);
    assert.deepEqual([...urls].sort(), expected, q);
  }
  await page.close();
});

test("other spellings of names find their articles: Putin, Pekin, Achgabat, Berdymoukhamedov", async () => {
  const page = await browser.newPage();
  const cases: [string, RegExp][] = [
    ["Putin", /Poutine/],
    ["Pekin", /Pékin/],
    ["Achgabat", /Ashgabat/],
    ["Berdymoukhamedov", /Berdimuhamedov/],
  ];
  for (const [q, re] of cases) {
    const expected = urlsNaming(re);
    assert.ok(expected.length > 0, `some seed names ${re}`);
    const { urls } = await search(page, q);
    assert.deepEqual([...urls].sort(), expected, q);
  }
  await page.close();
});

test("Organisation de coopération de Shanghai finds the article written l’Organisation de coopération de Shanghai", async () => {
  const page = await browser.newPage();
  const { urls } = await search(page, "Organisation de coopération de Shanghai");
  assert.deepEqual(urls, [urlOf("003")]);
  await page.close();
});

test("a phrase between French quotes finds the article with those words in that order", async () => {
  const page = await browser.newPage();
  const { urls } = await search(page, "« mer d’Aral »");
  assert.deepEqual([...urls].sort(), urlsNaming(/mer d[’']Aral/));
  await page.close();
});

test("a word found nowhere in the articles (Ouattara, Privacy, UNESCO) gives no result, not the nearest prefix", async () => {
  const page = await browser.newPage();
  for (const q of ["Ouattara", "Privacy", "UNESCO", "Kazakhstan Ouattara"]) {
    const { status, urls } = await search(page, q);
    assert.deepEqual(urls, [], q);
    assert.match(status, /Aucun résultat/, q);
  }
  await page.close();
});

test("a result shows its title linking to the article, French date, an excerpt with only <mark> inside, and its tags", async () => {
  const page = await browser.newPage();
  await search(page, "Semipalatinsk");
  const first = page.locator("[data-search-results] li").first();
  assert.ok((await first.locator("h2 a").innerText()).length > 10);
  assert.match(await first.locator("time").innerText(), /^(1er|\d{1,2}) [a-zéû]+ \d{4}$|^[a-zéû]+ \d{4}$/);
  assert.match(await first.locator(".excerpt mark").first().innerText(), /Semipalatinsk/);
  const tags = await first.locator(".excerpt *").evaluateAll((els) => els.map((e) => e.tagName));
  assert.ok(tags.every((t) => t === "MARK"), tags.join());
  // One link per result, the article's own URL: tags are named, not linked, so every result link is an article.
  assert.equal(await first.locator("a").count(), 1);
  assert.match((await first.locator("h2 a").getAttribute("href")) ?? "", /^\/\d{4}\/\d{2}\/[a-z0-9-]+\/$/);
  assert.ok((await first.locator(".tags li").count()) > 0);
  await page.close();
});

test("a mark holds the word, not the comma, stop or quote Pagefind leaves against it", async () => {
  const page = await browser.newPage();
  await search(page, "Astana");
  const marks = await page.locator("[data-search-results] .excerpt mark").allInnerTexts();
  assert.ok(marks.length >= 3, marks.join(" | "));
  for (const m of marks) assert.match(m, /^[\p{L}\p{N}][\p{L}\p{N}’'\-]*[\p{L}\p{N}]$/u, `marked: ${JSON.stringify(m)}`);
  // The punctuation is still shown, right after the mark.
  const texts = await page.locator("[data-search-results] .excerpt").allInnerTexts();
  assert.ok(texts.some((t) => /Astana[,.]/.test(t)), texts.join(" | "));
  // An elided article written against the word stays outside the mark too: "d’Astana" marks "Astana".
  await search(page, "Nour-Soultan");
  const again = await page.locator("[data-search-results] .excerpt mark").allInnerTexts();
  assert.ok(again.length >= 3, again.join(" | "));
  for (const m of again) assert.doesNotMatch(m, /^(?:[cdjlmnst]|qu)['’]/iu, `marked: ${JSON.stringify(m)}`);
  const shown = await page.locator("[data-search-results] .excerpt").allInnerTexts();
  assert.ok(shown.some((t) => /d’Astana/.test(t)), shown.join(" | "));
  await page.close();
});

test("the query follows the URL as the reader types, and the back button returns to the previous search", async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/recherche/?q=Gaza`);
  await settled(page);
  await page.fill("#q", "Tianjin");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "Tianjin", null, { timeout: 5000 });
  await page.waitForFunction(() => /Tianjin/.test(document.getElementById("search-status")?.textContent ?? ""), null, { timeout: 10000 });
  await page.press("#q", "Enter");
  await page.fill("#q", "Islamabad");
  await page.press("#q", "Enter");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("q") === "Islamabad");
  await page.goBack();
  await page.waitForFunction(() => (document.getElementById("q") as HTMLInputElement).value === "Tianjin", null, { timeout: 5000 });
  await page.waitForFunction(() => /Tianjin/.test(document.getElementById("search-status")?.textContent ?? ""), null, { timeout: 10000 });
  await page.close();
});

test("a result link opens the article with the searched word marked", async () => {
  const page = await browser.newPage();
  await search(page, "Caspienne");
  await page.locator("[data-search-results] li h2 a").first().click();
  await page.waitForSelector("main article mark", { timeout: 10000 });
  assert.match(await page.locator("main article mark").first().innerText(), /Caspienne/i);
  await page.close();
});

test("pressing / on any page puts the cursor in a search box", async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/`);
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => (document.activeElement as HTMLInputElement | null)?.type), "search");
  await page.goto(`${base}/recherche/`);
  await page.keyboard.press("/");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "q");
  await page.close();
});

test("results come newest first unless sorted by relevance; filters by year show counts and narrow the results", async () => {
  const page = await browser.newPage();
  const all = await search(page, "Kazakhstan");
  assert.equal(all.urls.length, articles.length);
  assert.equal(await page.inputValue("#search-sort"), "date");
  assert.match(all.status, /du plus récent au plus ancien/);
  const newestFirst = await page.$$eval("[data-search-results] time", (ts) => ts.map((t) => t.getAttribute("datetime") ?? ""));
  assert.deepEqual(newestFirst, [...newestFirst].sort().reverse());
  const year = articles.find((a) => a.date)!.date!.slice(0, 4);
  const inYear = articles.filter((a) => a.date?.startsWith(year)).length;
  await page.click("#search-filters-box summary");
  const label = page.locator(`fieldset[data-filter="année"] label:has(input[value="${year}"])`);
  assert.match(await label.innerText(), new RegExp(`${year} \\(${inYear}\\)`));
  await label.locator("input").check();
  await page.waitForFunction((n) => document.querySelectorAll("[data-search-results] li.search-result").length === n, inYear, { timeout: 10000 });
  assert.equal(new URL(page.url()).searchParams.get("année"), year);
  await label.locator("input").uncheck();
  await page.selectOption("#search-sort", "pertinence");
  await page.waitForFunction(() => new URL(location.href).searchParams.get("tri") === "pertinence");
  await page.waitForFunction(() => /les plus pertinents d’abord/.test(document.getElementById("search-status")?.textContent ?? ""));
  await page.waitForFunction((n) => document.querySelectorAll("[data-search-results] li.search-result").length === n, articles.length);
  await page.close();
});

test("without JavaScript the search page says so and links to the topics and the archives", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  await page.goto(`${base}/recherche/?q=ONU`);
  const text = await page.locator("main").innerText();
  assert.match(text, /JavaScript/);
  assert.ok(await page.locator('main a[href="/sujets/"]').count());
  assert.ok(await page.locator('main a[href="/archives/"]').count());
  await context.close();
});

test("a one-word search downloads little: total bytes of every response, measured", async () => {
  const page = await browser.newPage();
  let bytes = 0;
  const sizes: Promise<void>[] = [];
  page.on("response", (r) => sizes.push(r.body().then((b) => void (bytes += b.length), () => undefined)));
  await search(page, "Astana");
  await Promise.all(sizes);
  console.log(`one-word query (Astana), all responses: ${bytes} bytes`);
  // Page, CSS, scripts, Pagefind's WebAssembly and the index chunks of five articles stay far below 400 kB.
  assert.ok(bytes < 400_000, `${bytes} bytes`);
  await page.close();
});

test("a query that finds nothing suggests the topics whose names are close to it", async () => {
  const page = await browser.newPage();
  const tokaiev = articles.flatMap((a) => a.tags).find((t) => /Toka[ïi]ev/.test(t.name));
  assert.ok(tokaiev, "the seeds are tagged with Tokaïev");
  const { status, urls } = await search(page, "Tokaiv");
  assert.deepEqual(urls, []);
  assert.match(status, /Aucun résultat/);
  await page.waitForSelector("#search-suggestions a", { timeout: 10000 });
  const hrefs = await page.$$eval("#search-suggestions a", (as) => as.map((a) => a.getAttribute("href")));
  assert.ok(hrefs.includes(tokaiev.url), hrefs.join());
  await page.close();
});

test("the search page with results has no accessibility violations (axe-core)", async () => {
  // The site's CSP forbids injected scripts; the test context lifts it to load axe.
  const context = await browser.newContext({ bypassCSP: true });
  const page = await context.newPage();
  await search(page, "Astana");
  await page.addScriptTag({ path: "node_modules/axe-core/axe.min.js" });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (ctx: unknown, opts: unknown) => Promise<{ violations: { id: string; nodes: unknown[] }[] }> } }).axe;
    const r = await axe.run(document, { runOnly: ["wcag2a", "wcag2aa"] });
    return r.violations.map((v) => `${v.id} (${v.nodes.length})`);
  });
  assert.deepEqual(violations, []);
  await context.close();
});

test("when the search index cannot be loaded, the page says so instead of staying silent", async () => {
  const page = await browser.newPage();
  await page.route("**/pagefind/**", (route) => route.abort());
  await page.goto(`${base}/recherche/?q=ONU`);
  assert.match(await settled(page), /indisponible/);
  await page.close();
});

test("sorted by date, a name found under two spellings still lists every article newest first", async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/recherche/?q=Tokayev&tri=date`);
  await settled(page);
  assert.equal(await page.inputValue("#search-sort"), "date");
  const dates = await page.$$eval("[data-search-results] time", (ts) => ts.map((t) => t.getAttribute("datetime") ?? ""));
  assert.equal(dates.length, urlsNaming(/Toka[ïiy]ev/).length);
  assert.deepEqual(dates, [...dates].sort().reverse());
  await page.close();
});

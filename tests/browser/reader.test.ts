// What a reader does in Chromium: reads at 320 px without sideways scrolling, skips to the content, sees focus, prints, reads without JavaScript.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { buildTemp, serveStatic, launchBrowser } from "../helpers/site.ts";
import { ingestFolder } from "../../src/ingest/index.ts";
import { buildArchive, type Archive } from "../../src/site/model.ts";

let server: Server;
let base: string;
let browser: Browser;
let archive: Archive;
let pages: string[];

before(async () => {
  const { out } = await buildTemp();
  ({ server, url: base } = await serveStatic(out));
  browser = await launchBrowser();
  archive = buildArchive((await ingestFolder("seeds")).articles);
  pages = [
    "/",
    ...archive.entries.map((e) => e.url),
    "/archives/",
    archive.years[0].url,
    archive.months[0].url,
    "/sujets/",
    archive.tagPages[0].tag.url,
    "/recherche/?q=Kazakhstan",
    "/chronologie/",
    "/404.html",
  ];
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("at 320 px wide no page scrolls sideways", async () => {
  const context = await browser.newContext({ viewport: { width: 320, height: 640 } });
  const page = await context.newPage();
  const wide: string[] = [];
  for (const url of pages) {
    await page.goto(base + url);
    const width = await page.evaluate(() => Math.max(document.documentElement.scrollWidth, document.body.scrollWidth));
    if (width > 320) wide.push(`${url}: ${width}px`);
  }
  await context.close();
  assert.deepEqual(wide, []);
});

test("the first Tab shows the skip link, which takes the reader to the content; focus is always visible", async () => {
  const page = await browser.newPage();
  await page.goto(base + archive.entries[0].url);
  await page.keyboard.press("Tab");
  const skip = await page.evaluate(() => {
    const el = document.activeElement as HTMLElement;
    const r = el.getBoundingClientRect();
    return { text: el.textContent, top: r.top, outline: getComputedStyle(el).outlineStyle };
  });
  assert.equal(skip.text, "Aller au contenu");
  assert.ok(skip.top >= 0, "the skip link comes into view");
  assert.notEqual(skip.outline, "none");
  await page.keyboard.press("Enter");
  assert.equal(await page.evaluate(() => document.activeElement?.id), "contenu");
  await page.keyboard.press("Tab");
  const next = await page.evaluate(() => {
    const s = getComputedStyle(document.activeElement as HTMLElement);
    return { tag: document.activeElement?.tagName, outline: s.outlineStyle, width: parseFloat(s.outlineWidth) };
  });
  assert.equal(next.tag, "A");
  assert.notEqual(next.outline, "none");
  assert.ok(next.width >= 2);
  await page.close();
});

test("without JavaScript an article reads in full and the header search box still leads to the search page", async () => {
  const context = await browser.newContext({ javaScriptEnabled: false });
  const page = await context.newPage();
  const e = archive.entries[0];
  await page.goto(base + e.url);
  assert.ok(await page.locator("h1").isVisible());
  assert.ok(await page.locator("#chapo").isVisible());
  assert.equal(await page.locator(".article-body > p").count(), e.body.filter((n) => n.kind === "paragraph").length);
  await page.fill("#q-mini", "Astana");
  await page.press("#q-mini", "Enter");
  await page.waitForURL(/\/recherche\/\?q=Astana$/);
  await context.close();
});

test("articles are hyphenated in French, and the dark theme follows the reader's system setting", async () => {
  const light = await browser.newPage({ colorScheme: "light" });
  const dark = await browser.newPage({ colorScheme: "dark" });
  const luminance = async (p: typeof light) =>
    p.evaluate(() => {
      const [r, g, b] = getComputedStyle(document.body).backgroundColor.match(/\d+/g)!.map(Number);
      return (0.2126 * r + 0.7152 * g + 0.0722 * b) / 255;
    });
  for (const p of [light, dark]) await p.goto(base + archive.entries[0].url);
  assert.ok((await luminance(light)) > 0.8);
  assert.ok((await luminance(dark)) < 0.2);
  const hyphens = await light.evaluate(() => [document.documentElement.lang, getComputedStyle(document.querySelector(".article-body p")!).hyphens]);
  assert.deepEqual(hyphens, ["fr", "auto"]);
  await light.close();
  await dark.close();
});

test("printing an article keeps the text and citation and drops navigation, search and related links", async () => {
  const page = await browser.newPage();
  await page.goto(base + archive.entries[0].url);
  await page.emulateMedia({ media: "print" });
  for (const sel of [".bar", ".site-footer", ".prev-next", ".related"]) assert.equal(await page.locator(sel).first().isVisible(), false, sel);
  for (const sel of ["h1", "#chapo", ".article-body", ".cite"]) assert.ok(await page.locator(sel).first().isVisible(), sel);
  await page.close();
});

test("no page breaks its Content-Security-Policy, searching included", async () => {
  const page = await browser.newPage();
  const violations: string[] = [];
  page.on("console", (m) => {
    if (/Content Security Policy/i.test(m.text())) violations.push(`${page.url()}: ${m.text()}`);
  });
  for (const url of ["/", archive.entries[0].url, "/archives/", "/recherche/?q=Astana"]) {
    await page.goto(base + url);
    if (url.startsWith("/recherche/")) await page.locator("[data-search-results] a").first().waitFor({ timeout: 10000 });
  }
  await page.close();
  assert.deepEqual(violations, []);
});

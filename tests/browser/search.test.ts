// A reader searches for a word on /recherche/ and clicks through to the article.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { buildTemp, serveStatic, launchBrowser } from "../helpers/site.ts";

let server: Server;
let base: string;
let browser: Browser;

before(async () => {
  const { out } = await buildTemp();
  ({ server, url: base } = await serveStatic(out));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("typing a word of an article on the search page lists it, and its link opens the article", async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/recherche/`);
  await page.fill("#q", "Semipalatinsk");
  await page.press("#q", "Enter");
  const link = page.locator("[data-search-results] a").first();
  await link.waitFor({ timeout: 10000 });
  await link.click();
  await page.waitForLoadState();
  assert.match(page.url(), /^http:\/\/127\.0\.0\.1:\d+\/\d{4}\/\d{2}\/[a-z0-9-]+\/$/);
  assert.match(await page.locator("main").innerText(), /Semipalatinsk/);
});

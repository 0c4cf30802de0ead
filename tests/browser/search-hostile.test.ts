// Article text that looks like markup stays text on the search page: in titles, excerpts and highlights.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { writeFile } from "node:fs/promises";
import path from "node:path";
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { buildTemp, serveStatic, launchBrowser } from "../helpers/site.ts";
import { tempDir } from "../helpers/tmp.ts";

let server: Server;
let base: string;
let browser: Browser;

const HOSTILE = [
  "Zorglubie : le Kazakhstan reçoit <img src=x onerror=\"window.__pwned=1\"> une délégation",
  "",
  "Le 4 mars 2025, à Astana, la délégation de Zorglubie a présenté <script>window.__pwned=2</script> ses vœux au président Kassym-Jomart Tokaïev.",
  "",
  "Les échanges avec la Zorglubie ont porté sur l’énergie & les <b onmouseover=\"window.__pwned=3\">transports</b> eurasiatiques, un dossier suivi de près à Astana.",
  "",
].join("\n");

before(async () => {
  const seeds = tempDir("search-hostile-");
  await writeFile(path.join(seeds, "zorglubie.txt"), HOSTILE);
  const { out } = await buildTemp(seeds);
  ({ server, url: base } = await serveStatic(out));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("markup in an article's title or text is shown as text in results and highlights, never run", async () => {
  const page = await browser.newPage();
  await page.goto(`${base}/recherche/?q=Zorglubie`);
  const link = page.locator("[data-search-results] li h2 a").first();
  await link.waitFor({ timeout: 15000 });
  const results = page.locator("[data-search-results]");
  assert.equal(await results.locator("img, script, b").count(), 0);
  assert.ok(await results.locator("mark").count());
  assert.match(await results.innerText(), /Zorglubie/);
  await link.click();
  await page.waitForSelector("main article mark", { timeout: 10000 });
  assert.equal(await page.evaluate(() => (window as unknown as { __pwned?: number }).__pwned), undefined);
  await page.close();
});

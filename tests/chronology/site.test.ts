// The built chronology pages: they exist, link to passages that exist on the article pages, validate, and pass axe-core.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir, access, cp } from "node:fs/promises";
import path from "node:path";
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { HtmlValidate } from "html-validate";
import { buildTemp, serveStatic, launchBrowser } from "../helpers/site.ts";
import { htmlValidateConfig } from "../site/html-validate.config.ts";
import { tempDir } from "../helpers/tmp.ts";

const AXE = path.resolve("node_modules/axe-core/axe.min.js");

let out: string;
/** Site path → HTML of every page under /chronologie/. */
const pages = new Map<string, string>();

before(async () => {
  // The five seeds plus one article whose event sentences carry markup and template syntax.
  const seeds = tempDir("chrono-seeds-");
  await cp("seeds", seeds, { recursive: true });
  await cp("tests/fixtures/chronology/evenement-hostile.txt", path.join(seeds, "evenement-hostile.txt"));
  ({ out } = await buildTemp(seeds));
  const walk = async (dir: string): Promise<void> => {
    for (const d of await readdir(dir, { withFileTypes: true })) {
      const p = path.join(dir, d.name);
      if (d.isDirectory()) await walk(p);
      else if (d.name === "index.html") pages.set("/" + path.relative(out, path.dirname(p)).split(path.sep).join("/") + "/", await readFile(p, "utf8"));
    }
  };
  await walk(path.join(out, "chronologie"));
});

const fileOf = (url: string) => path.join(out, decodeURI(url), "index.html");

test("/chronologie/ and /chronologie/2025/ are built and list the Astana and Tianjin events with their dates", () => {
  for (const u of ["/chronologie/", "/chronologie/2025/"]) {
    const html = pages.get(u);
    assert.ok(html, `${u} missing; built: ${[...pages.keys()].join(" ")}`);
    assert.match(html, /<time datetime="2025-06-16">16 juin 2025<\/time> · <a href="\/chronologie\/lieux\/astana\/">Astana<\/a>/);
    assert.match(html, /<time datetime="2025-08-30">30 août 2025<\/time> · <a href="\/chronologie\/lieux\/tianjin\/">Tianjin<\/a>/);
  }
  assert.match(pages.get("/chronologie/2025/")!, /<time datetime="2025-11-11">11–12 novembre 2025<\/time> · <a href="\/chronologie\/lieux\/moscou\/">Moscou<\/a>/);
});

test("/chronologie/ links to a page per year, per person and per place, and each of them is built", () => {
  const index = pages.get("/chronologie/")!;
  const filters = index.slice(index.indexOf('class="chrono-filtres"'), index.indexOf("</nav>", index.indexOf('class="chrono-filtres"')));
  for (const u of ["/chronologie/2025/", "/chronologie/2026/", "/chronologie/personnes/xi-jinping/", "/chronologie/lieux/islamabad/", "/chronologie/personnes/", "/chronologie/lieux/"])
    assert.ok(filters.includes(`href="${u}"`), u);
  for (const dir of ["/chronologie/personnes/", "/chronologie/lieux/"]) {
    const listed = [...pages.get(dir)!.matchAll(/href="(\/chronologie\/(?:personnes|lieux)\/[^"]+\/)"/g)].map((m) => m[1]);
    assert.ok(listed.length >= 5, `${dir} lists ${listed.length}`);
  }
  for (const [u, html] of pages)
    for (const [, href] of html.matchAll(/href="(\/chronologie\/[^"#]*)"/g)) assert.ok(pages.has(href), `${u} links to ${href}, which is not built`);
});

test("every passage link of the chronology lands on an element with that id on the article page", async () => {
  let checked = 0;
  for (const [u, html] of pages) {
    for (const [, target, anchor] of html.matchAll(/href="(\/\d{4}\/\d{2}\/[^"#]+\/)#([^"]+)"/g)) {
      const article = await readFile(fileOf(target), "utf8").catch(() => "");
      assert.ok(article, `${u} links to ${target}, which is not built`);
      assert.match(article, new RegExp(`id="${anchor}"`), `${target} has no id="${anchor}" (linked from ${u})`);
      checked++;
    }
  }
  assert.ok(checked >= 7, `only ${checked} passage links`);
});

test("markup and template syntax in an event sentence are shown as text, never run", () => {
  const html = pages.get("/chronologie/2025/")!;
  const body = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  assert.match(body, /&lt;script&gt;alert\(&quot;chrono&quot;\)&lt;\/script&gt;/);
  assert.match(body, /&lt;b&gt;historique&lt;\/b&gt; &amp; durable/);
  assert.match(body, /\{\{ 7\*7 \}\}/);
  for (const [u, page] of pages) {
    const main = page.slice(page.indexOf("<main"), page.indexOf("</main>"));
    assert.doesNotMatch(main, /<script|<img|<b>|<iframe/i, u);
    assert.doesNotMatch(main, /<[^>]*\sonerror=/i, u);
  }
});

test("every chronology page is valid HTML (html-validate, the site's settings)", async () => {
  const hv = new HtmlValidate(htmlValidateConfig);
  const problems: string[] = [];
  for (const [u, html] of pages) {
    const r = await hv.validateString(html, u);
    for (const res of r.results) for (const m of res.messages) problems.push(`${u}:${m.line}: ${m.ruleId} ${m.message}`);
  }
  assert.deepEqual(problems, []);
});

let server: Server | undefined;
let browser: Browser | undefined;
after(async () => {
  await browser?.close();
  server?.close();
});

test("axe-core finds no violation on a year, a person and a place chronology page (Chromium)", async () => {
  await access(AXE);
  const served = await serveStatic(out);
  server = served.server;
  browser = await launchBrowser();
  // The site's CSP forbids inline scripts; axe is injected by the test, not by the site.
  const page = await (await browser.newContext({ bypassCSP: true })).newPage();
  for (const u of ["/chronologie/", "/chronologie/2025/", "/chronologie/personnes/kassym-jomart-tokaiev/", "/chronologie/lieux/astana/"]) {
    await page.goto(served.url + u);
    await page.addScriptTag({ path: AXE });
    const violations = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: { id: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const r = await axe.run(document, { resultTypes: ["violations"], runOnly: { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] } });
      return r.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`);
    });
    assert.deepEqual(violations, [], u);
  }
});

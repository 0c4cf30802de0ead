// axe-core finds no accessibility violation on any kind of page, in the light and the dark theme (Chromium).
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import type { Server } from "node:http";
import type { Browser, Page } from "playwright-core";
import { buildTemp, serveStatic, launchBrowser } from "../helpers/site.ts";
import { ingestFolder } from "../../src/ingest/index.ts";
import { buildArchive } from "../../src/site/model.ts";

const AXE = path.resolve("node_modules/axe-core/axe.min.js");

let server: Server;
let base: string;
let browser: Browser;
/** Page kind → path: one of each kind of page the archive has. */
let pages: [string, string][];

before(async () => {
  const { out } = await buildTemp();
  ({ server, url: base } = await serveStatic(out));
  browser = await launchBrowser();
  const archive = buildArchive((await ingestFolder("seeds")).articles);
  const tagPage = archive.tagPages.find((p) => p.tag.kind === "person") ?? archive.tagPages[0];
  pages = [
    ["home", "/"],
    ["article", archive.entries[0].url],
    ["archives", "/archives/"],
    ["year", archive.years[0].url],
    ["month", archive.months[0].url],
    ["subjects", "/sujets/"],
    ["tag", tagPage.tag.url],
    ["search", "/recherche/?q=Astana"],
    ["chronology", "/chronologie/"],
    ["not found", "/404.html"],
  ];
});

after(async () => {
  await browser?.close();
  server?.close();
});

interface AxeViolation {
  id: string;
  impact: string;
  help: string;
  nodes: { target: string[] }[];
}

/** Every WCAG 2.1 A and AA rule, and axe's best practices. */
const ALL_RULES = { type: "tag", values: ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "best-practice"] };
/** What changes between the light and the dark theme: colours only. */
const COLOUR_RULES = { type: "rule", values: ["color-contrast", "link-in-text-block"] };

/** Runs axe-core with `runOnly` on the page as it is. */
async function violations(page: Page, runOnly: object): Promise<AxeViolation[]> {
  await page.addScriptTag({ path: AXE });
  return page.evaluate(async (runOnly) => {
    const axe = (globalThis as unknown as { axe: { run(ctx: Document, opts: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const r = await axe.run(document, { resultTypes: ["violations"], runOnly });
    return r.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) }));
  }, runOnly);
}

function describe(v: AxeViolation[]): string {
  return v.map((x) => `${x.id} (${x.impact}): ${x.help} — ${x.nodes.map((n) => n.target.join(" ")).slice(0, 3).join(", ")}`).join("\n");
}

for (const scheme of ["light", "dark"] as const) {
  test(`axe-core reports no ${scheme === "light" ? "WCAG 2.1 AA or best-practice violation on home, article, archives, year, month, subjects, tag, search, chronology and 404 pages" : "colour violation on every kind of component (home, article, archives, subjects, search, chronology)"} (${scheme} theme)`, async () => {
    // axe is injected as an inline script, which the site's own CSP rightly forbids: the test context bypasses it.
    const context = await browser.newContext({ bypassCSP: true, colorScheme: scheme });
    const page = await context.newPage();
    const failures: string[] = [];
    // Year, month and tag pages are listings made of the home's components: their colours are checked there.
    for (const [kind, url] of scheme === "light" ? pages : pages.filter(([k]) => !["year", "month", "tag", "not found"].includes(k))) {
      const res = await page.goto(base + url);
      assert.equal(res?.status(), 200, `${kind} page ${url}`);
      if (kind === "search") await page.waitForSelector("[data-search-results][aria-busy=\"false\"] a", { timeout: 10000 });
      const v = await violations(page, scheme === "light" ? ALL_RULES : COLOUR_RULES);
      if (v.length) failures.push(`${kind} ${url}:\n${describe(v)}`);
    }
    await context.close();
    assert.equal(failures.join("\n\n"), "");
  });
}

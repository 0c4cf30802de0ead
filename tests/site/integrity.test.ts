// Site integrity: no broken internal link or fragment anywhere on the built site, and valid HTML on every kind of page.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, readFile, readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Server } from "node:http";
import { LinkChecker } from "linkinator";
import { HtmlValidate } from "html-validate";
import { buildTemp, serveStatic } from "../helpers/site.ts";
import { htmlValidateConfig } from "./html-validate.config.ts";
import { tempDir } from "../helpers/tmp.ts";

let out: string;
let files: string[];
let server: Server;
let base: string;

// An href or src attribute value in generated HTML.
const URL_ATTR_RE = /\s(?:href|src)="([^"]*)"/g;
// An id attribute value.
const ID_ATTR_RE = /\sid="([^"]+)"/g;

function decodeEntities(s: string): string {
  return s.replace(/&amp;/g, "&").replace(/&quot;/g, '"').replace(/&#39;/g, "'").replace(/&lt;/g, "<").replace(/&gt;/g, ">");
}

const resolved = new Map<string, Promise<string | null>>();

/** The file a static host serves for `pathname`, or null (memoised: pages share most of their links). */
function resolveFile(pathname: string): Promise<string | null> {
  if (!resolved.has(pathname)) resolved.set(pathname, lookUp(pathname));
  return resolved.get(pathname)!;
}

async function lookUp(pathname: string): Promise<string | null> {
  const p = path.join(out, decodeURIComponent(pathname));
  try {
    const s = await stat(p);
    if (!s.isDirectory()) return p;
    await stat(path.join(p, "index.html"));
    return path.join(p, "index.html");
  } catch {
    return null;
  }
}

before(async () => {
  // The real seeds plus every hostile fixture: undated articles, -2 addresses, odd encodings and markup in the text.
  const seeds = tempDir("integrity-seeds-");
  await cp("seeds", seeds, { recursive: true });
  await cp("tests/fixtures/hostile", seeds, { recursive: true });
  ({ out } = await buildTemp(seeds));
  files = (await readdir(out, { recursive: true })).filter((f) => f.endsWith(".html")).sort();
  ({ url: base, server } = await serveStatic(out));
});

after(() => server?.close());

test("every internal href and src on every page points to a file of the site, and every #fragment to an id", async () => {
  const ids = new Map<string, Set<string>>();
  const idsOf = async (file: string) => {
    if (!ids.has(file)) ids.set(file, new Set([...(await readFile(file, "utf8")).matchAll(ID_ATTR_RE)].map((m) => decodeEntities(m[1]))));
    return ids.get(file)!;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const f of files) {
    const html = await readFile(path.join(out, f), "utf8");
    const pageUrl = new URL("/" + f.replace(/index\.html$/, ""), "http://site.invalid");
    for (const m of html.matchAll(URL_ATTR_RE)) {
      const raw = decodeEntities(m[1]);
      const u = new URL(raw, pageUrl);
      if (u.origin !== "http://site.invalid") continue;
      checked++;
      const target = await resolveFile(u.pathname);
      if (!target) broken.push(`${f}: ${raw}`);
      else if (u.hash && target.endsWith(".html") && !(await idsOf(target)).has(decodeURIComponent(u.hash.slice(1)))) broken.push(`${f}: ${raw} (no such id)`);
    }
  }
  assert.deepEqual(broken, []);
  assert.ok(checked > 50, `only ${checked} internal links found`);
});

test("linkinator crawling from the home page finds no broken link", async () => {
  const checker = new LinkChecker();
  const result = await checker.check({
    path: base + "/",
    recurse: true,
    concurrency: 16,
    linksToSkip: async (link) => !link.startsWith(base),
  });
  const broken = result.links.filter((l) => l.state === "BROKEN").map((l) => `${l.url} (from ${l.parent}) ${l.status}`);
  assert.deepEqual(broken, []);
  assert.ok(result.links.filter((l) => l.state === "OK").length > 20);
});

test("every kind of page exists and every HTML page of the site is valid (html-validate, recommended preset)", async () => {
  const kinds: Record<string, (f: string) => boolean> = {
    home: (f) => f === "index.html",
    article: (f) => /^\d{4}\/\d{2}\/[^/]+\/index\.html$/.test(f),
    archives: (f) => f === "archives/index.html",
    year: (f) => /^\d{4}\/index\.html$/.test(f),
    month: (f) => /^\d{4}\/\d{2}\/index\.html$/.test(f),
    sujets: (f) => f === "sujets/index.html",
    tag: (f) => /^(personnes|lieux|organisations|themes)\/[^/]+\/index\.html$/.test(f),
    recherche: (f) => f === "recherche/index.html",
    404: (f) => f === "404.html",
  };
  for (const [kind, match] of Object.entries(kinds)) assert.ok(files.some(match), `no ${kind} page was built`);
  const htmlvalidate = new HtmlValidate(htmlValidateConfig);
  const failures: string[] = [];
  for (const f of files) {
    const report = await htmlvalidate.validateString(await readFile(path.join(out, f), "utf8"), f);
    for (const r of report.results) for (const msg of r.messages) failures.push(`${f}:${msg.line}:${msg.column}: ${msg.ruleId}: ${msg.message}`);
  }
  assert.deepEqual(failures, []);
});

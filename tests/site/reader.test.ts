// The reader's archive built from the five seeds: article pages, head metadata, feeds, sitemap, archives, links, typography, weight.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir, stat } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { buildTemp } from "../helpers/site.ts";
import { ingestFolder } from "../../src/ingest/index.ts";
import { buildArchive, TAG_FEED_SIZE, type Archive } from "../../src/site/model.ts";
import { readSiteConfig } from "../../src/site/config.ts";
import { DESCRIPTION_MAX } from "../../src/site/plugin.ts";

let out: string;
let archive: Archive;
/** Site path (`/2025/09/slug/`, `/flux.xml`) → file content, for every HTML and XML file written. */
const files = new Map<string, string>();
const site = readSiteConfig();

/** A French date as readers see it: `1er septembre 2025`, `23 septembre 2025`, `septembre 2023`. */
const FRENCH_DATE_RE = /^(?:(?:1er|[12]?\d|3[01]) )?(?:janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre) \d{4}$/;

async function walk(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of await readdir(dir)) {
    const full = path.join(dir, name);
    if ((await stat(full)).isDirectory()) {
      if (name !== "pagefind") found.push(...(await walk(full)));
    } else if (/\.(html|xml)$/.test(name)) found.push(full);
  }
  return found;
}

function sitePath(file: string): string {
  const rel = "/" + path.relative(out, file).split(path.sep).join("/");
  return rel.endsWith("/index.html") ? rel.slice(0, -"index.html".length) : rel;
}

/** The text a reader sees in the body of a page: no tags, scripts, BibTeX code, entities decoded. */
function visibleText(html: string): string {
  const body = html.slice(html.indexOf("<body"));
  return body
    .replace(/<script[\s\S]*?<\/script>/g, " ")
    .replace(/<pre[\s\S]*?<\/pre>/g, " ")
    .replace(/<[^>]+>/g, "")
    .replace(/&nbsp;/g, "\u00A0")
    .replace(/&#8239;/g, "\u202F")
    .replace(/&#39;/g, "'")
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, "<")
    .replace(/&gt;/g, ">")
    .replace(/&amp;/g, "&");
}

function attr(html: string, re: RegExp): string | undefined {
  return html.match(re)?.[1];
}

before(async () => {
  ({ out } = await buildTemp());
  archive = buildArchive((await ingestFolder("seeds")).articles, site);
  for (const f of await walk(out)) files.set(sitePath(f), await readFile(f, "utf8"));
});

test("each of the five articles has a page with its headline, lede set apart, French date in <time> and reading time", () => {
  assert.equal(archive.entries.length, 5);
  for (const e of archive.entries) {
    const html = files.get(e.url);
    assert.ok(html, `no page at ${e.url}`);
    assert.match(html, /<h1>[^<]+<\/h1>/);
    assert.match(html, /<p class="lede" id="chapo">[^<]+<\/p>/);
    const time = html.match(/<p class="byline">\s*<time datetime="([\d-]+)">([^<]+)<\/time>/);
    assert.ok(time, `no date on ${e.url}`);
    assert.equal(time[1], e.date);
    assert.match(time[2], FRENCH_DATE_RE);
    assert.match(html, /\d+&nbsp;min de lecture/);
  }
});

test("article heads carry title, lede as description, canonical URL, Open Graph and a NewsArticle JSON-LD that parses", () => {
  for (const e of archive.entries) {
    const html = files.get(e.url)!;
    assert.match(html, /<title>[^<]+ · Archives de la diplomatie kazakhstanaise<\/title>/);
    assert.equal(attr(html, /<link rel="canonical" href="([^"]+)">/), `${site.url}${e.url}`);
    assert.equal(attr(html, /<meta property="og:type" content="([^"]+)">/), "article");
    assert.equal(attr(html, /<meta property="og:url" content="([^"]+)">/), `${site.url}${e.url}`);
    const description = attr(html, /<meta name="description" content="([^"]+)">/)!;
    assert.ok(description.length > 20);
    assert.ok([...description].length <= DESCRIPTION_MAX, description);
    assert.equal(attr(html, /<meta property="og:description" content="([^"]+)">/), description);
    // The description is the lede, cut at a word with `…` when it is longer (typography aside).
    const plain = (t: string) => t.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&amp;/g, "&").replace(/[\u00a0\u202f]/g, " ").replace(/’/g, "'");
    const lede = plain(e.lede);
    if (lede.length <= DESCRIPTION_MAX) assert.equal(plain(description), lede);
    else assert.ok(description.endsWith("…") && lede.startsWith(plain(description).slice(0, -1)), description);
    const scripts = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)];
    assert.equal(scripts.length, 1);
    const ld = JSON.parse(scripts[0][1]);
    assert.equal(ld["@context"], "https://schema.org");
    assert.equal(ld["@type"], "NewsArticle");
    assert.equal(ld.headline, e.title);
    assert.equal(ld.datePublished, e.date);
    assert.deepEqual(ld.keywords, e.tags.map((t) => t.name));
    assert.equal(ld.about.length, e.tags.length);
  }
});

test("article pages link to the previous and next article by date and to three to five related ones", () => {
  const dated = archive.entries.filter((e) => e.date);
  for (const [i, e] of dated.entries()) {
    const html = files.get(e.url)!;
    if (i > 0) assert.match(html, new RegExp(`<a href="${dated[i - 1].url}" rel="next">`));
    if (i < dated.length - 1) assert.match(html, new RegExp(`<a href="${dated[i + 1].url}" rel="prev">`));
    const related = html.slice(html.indexOf('id="a-lire-aussi"')).split("</section>")[0];
    const links = [...related.matchAll(/<li><a href="([^"]+)">/g)].map((m) => m[1]);
    assert.ok(links.length >= 3 && links.length <= 5, `${links.length} related on ${e.url}`);
    assert.ok(!links.includes(e.url));
  }
});

test("the citation box gives APA and BibTeX with the permalink and a fixed access date", () => {
  for (const e of archive.entries) {
    const html = files.get(e.url)!;
    assert.match(html, /<h2 id="citer">Citer cet article<\/h2>/);
    assert.ok(html.includes(`url = {${site.url}${e.url}}`));
    assert.match(html, /urldate = \{\d{4}-\d{2}-\d{2}\}/);
    assert.match(visibleText(html), /Consulté le (?:1er|\d{1,2}) \p{L}+ \d{4}, à l’adresse https?:\/\//u);
  }
});

test("the Atom feed has every article, dated by the newest article, and every tag page links its own feed", () => {
  const feed = files.get("/flux.xml")!;
  assert.match(feed, /^<\?xml version="1.0" encoding="utf-8"\?>\s*<feed xmlns="http:\/\/www.w3.org\/2005\/Atom"/);
  const ids = [...feed.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => m[1]);
  assert.deepEqual(ids.sort(), archive.entries.map((e) => `${site.url}${e.url}`).sort());
  assert.match(feed, new RegExp(`<updated>${archive.newestDate}T12:00:00.000Z</updated>`));
  for (const p of archive.tagPages) {
    const page = files.get(p.tag.url)!;
    assert.ok(page.includes(`<link rel="alternate" type="application/atom+xml" href="${p.feedUrl}"`), p.tag.url);
    const tagFeed = files.get(p.feedUrl)!;
    // A tag's feed lists its newest articles only (TAG_FEED_SIZE), lede without text.
    const tagIds = [...tagFeed.matchAll(/<entry>[\s\S]*?<id>([^<]+)<\/id>/g)].map((m) => m[1]);
    assert.deepEqual(tagIds, p.entries.slice(0, TAG_FEED_SIZE).map((e) => `${site.url}${e.url}`));
    assert.doesNotMatch(tagFeed, /<content/);
  }
});

test("the sitemap lists every page of the site once", () => {
  const sitemap = files.get("/sitemap.xml")!;
  const listed = [...sitemap.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1].slice(site.url.length));
  assert.equal(new Set(listed).size, listed.length);
  const pages = [...files.keys()].filter((p) => p.endsWith("/"));
  assert.deepEqual([...listed].sort(), pages.sort());
});

test("/archives/ shows every year and month with counts and an accessible bar chart per year", () => {
  const html = files.get("/archives/")!;
  for (const y of archive.years) {
    assert.ok(html.includes(`<a href="${y.url}">${y.year}</a>`));
    assert.match(html, new RegExp(`<svg class="chart"[^>]*role="img" aria-labelledby="chart-${y.year}-t chart-${y.year}-d"`));
    assert.match(html, new RegExp(`<title id="chart-${y.year}-t">Articles par mois en ${y.year}</title>`));
    assert.match(html, new RegExp(`<desc id="chart-${y.year}-d">${y.entries.length} articles? en ${y.year}`));
    for (const m of y.months) assert.ok(html.includes(`<a href="${m.url}">${m.label}</a> <span class="count">${m.entries.length}<span class="visually-hidden">&nbsp;article`));
    assert.equal([...html.slice(html.indexOf(`chart-${y.year}-t`)).split("</svg>")[0].matchAll(/<rect class="bar"/g)].length, y.months.length);
  }
});

test("year and month pages list their articles newest first", () => {
  for (const g of [...archive.years, ...archive.months]) {
    const html = files.get(g.url)!;
    const urls = [...html.matchAll(/<h2 class="entry-title"><a href="([^"]+)">/g)].map((m) => m[1]);
    assert.deepEqual(urls, g.entries.slice(0, 20).map((e) => e.url));
    const dates = g.entries.map((e) => e.date!);
    assert.deepEqual(dates, [...dates].sort().reverse());
  }
});

test("/sujets/ groups every tag by kind with its count, and tag pages list related tags", () => {
  const html = files.get("/sujets/")!;
  for (const k of archive.kinds) {
    assert.ok(html.includes(`<h2 id="${k.kind}">${k.label}</h2>`));
    for (const t of k.tags) assert.ok(html.includes(`href="${t.tag.url}"`), t.tag.url);
  }
  assert.ok(archive.tagPages.length > 0, "the seeds name people and places");
  for (const p of archive.tagPages) {
    const page = files.get(p.tag.url)!;
    for (const r of p.related) assert.ok(page.includes(`href="${r.url}"`));
  }
});

test("every internal link and fragment of every page leads somewhere", async () => {
  const ids = new Map<string, Set<string>>();
  for (const [p, html] of files) ids.set(p, new Set([...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1])));
  for (const [p, html] of files) {
    if (!p.endsWith("/") && !p.endsWith(".html")) continue;
    for (const [, href] of html.matchAll(/\shref="([^"]+)"/g)) {
      if (/^https?:/.test(href)) continue;
      const [target, fragment] = href.replace(/&amp;/g, "&").split("#");
      const page = target === "" ? p : target.split("?")[0];
      if (page.startsWith("/pagefind/") || /\.(css|svg|js)$/.test(page)) {
        await stat(path.join(out, page));
        continue;
      }
      assert.ok(files.has(page), `${p} links to missing ${href}`);
      if (fragment) assert.ok(ids.get(page)!.has(decodeURIComponent(fragment)), `${p} links to missing fragment ${href}`);
    }
  }
});

test("ids are unique on every page", () => {
  for (const [p, html] of files) {
    if (!p.endsWith("/")) continue;
    const ids = [...html.matchAll(/\sid="([^"]+)"/g)].map((m) => m[1]);
    assert.equal(new Set(ids).size, ids.length, p);
  }
});

test("French typography: no ordinary space before ; ! ? : » or after « in what readers see, on any page", () => {
  for (const [p, html] of files) {
    if (!p.endsWith("/") && !p.endsWith(".html")) continue;
    const text = visibleText(html);
    const bad = text.match(/.{0,30}(?: [;!?:»]|« ).{0,10}/u);
    assert.equal(bad, null, `${p}: ${bad?.[0]}`);
  }
  const lede = archive.entries.find((e) => / : /.test(e.lede));
  assert.ok(lede, "a seed lede has a colon");
  assert.ok(visibleText(files.get(lede.url)!).includes(lede.lede.replace(/ :/g, "\u00A0:").replace(/« /g, "«\u202F").replace(/ »/g, "\u202F»")));
});

test("every page declares French and a CSP, and runs no inline script or handler: scripts come from the site's own /js/", () => {
  for (const [p, html] of files) {
    if (!p.endsWith("/") && !p.endsWith(".html")) continue;
    assert.match(html, /<html lang="fr"/);
    assert.match(html, /<meta http-equiv="Content-Security-Policy" content="default-src 'self'; script-src 'self' 'wasm-unsafe-eval'; style-src 'self';/);
    for (const [tag] of html.matchAll(/<script\b[^>]*>/g)) {
      if (tag === '<script type="application/ld+json">') continue;
      assert.match(tag, /\ssrc="\/js\/[a-z-]+\.js"/, `${p}: ${tag}`);
    }
    assert.doesNotMatch(html, /\sstyle="|<style\b|\son[a-z]+="/, p);
  }
});

test("the stylesheets are served minified: every rule of the source kept, fewer bytes", async () => {
  for (const name of await readdir("public/css")) {
    const source = await readFile(path.join("public/css", name), "utf8");
    const served = await readFile(path.join(out, "css", name), "utf8");
    assert.ok(served.length < 0.9 * source.length, `${name}: ${served.length} of ${source.length} characters`);
    assert.doesNotMatch(served, /\/\*/, `${name}: no comment`);
    // Each selector list of the source (comments left out, spaces collapsed) is in the served file, written as esbuild
    // writes it: no space after commas or around combinators, no quotes around a plain attribute value, `:before`.
    const selectors = source
      .replace(/\/\*[\s\S]*?\*\//g, "")
      .match(/[^{};]+(?=\{)/g)!
      .map((s) =>
        s
          .trim()
          .replace(/\s+/g, " ")
          .replace(/\s*([,>+~])\s*/g, "$1")
          .replace(/="([\w-]+)"\]/g, "=$1]")
          .replace(/::(before|after|first-letter|first-line)/g, ":$1"),
      )
      .filter((s) => !s.startsWith("@") && !/^(from|to|\d+%)$/.test(s));
    assert.ok(selectors.length > 3, name);
    for (const sel of selectors) assert.ok(served.includes(sel), `${name}: ${sel}`);
  }
});

test("an article page with its stylesheet weighs at most 20 KB gzipped", async () => {
  const css = await readFile(path.join(out, "css/site.css"));
  for (const e of archive.entries) {
    const html = Buffer.from(files.get(e.url)!);
    const total = gzipSync(html, { level: 9 }).length + gzipSync(css, { level: 9 }).length;
    assert.ok(total <= 20 * 1024, `${e.url}: ${total} bytes`);
  }
});

test("templates mark output safe only for the layout's content, the escaped JSON-LD, the feed XML and JSON", async () => {
  const dir = path.resolve("templates");
  const safe: string[] = [];
  for (const f of await walkTemplates(dir)) {
    for (const m of (await readFile(f, "utf8")).matchAll(/\{\{[^}]*\|\s*safe\s*\}\}/g)) {
      const use = m[0].replace(/\s+/g, " ");
      // The json filter escapes < itself: what it outputs cannot open a tag.
      if (!/^\{\{ [\w.]+ \| json \| safe \}\}$/.test(use)) safe.push(use);
    }
  }
  assert.deepEqual([...new Set(safe)].sort(), ["{{ content | safe }}", "{{ e.jsonLd | safe }}", "{{ f | atom(site) | safe }}"]);
});

async function walkTemplates(dir: string): Promise<string[]> {
  const found: string[] = [];
  for (const name of await readdir(dir)) {
    const full = path.join(dir, name);
    if ((await stat(full)).isDirectory()) found.push(...(await walkTemplates(full)));
    else if (name.endsWith(".njk")) found.push(full);
  }
  return found;
}

// The sitemap: one file up to the sitemaps.org limit of 50,000 URLs, an index of several files beyond it.
import { test } from "node:test";
import assert from "node:assert/strict";
import { renderSitemaps, SITEMAP_MAX_URLS } from "../../src/site/sitemap.ts";

const SITE = "https://archive.example.org";
const locs = (xml: string) => [...xml.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);

test("up to 50,000 pages the sitemap is one /sitemap.xml listing each page once, in code-point order", () => {
  const files = renderSitemaps(["/b/", "/a/", "/b/", "/é/", "/"], SITE);
  assert.deepEqual(files.map((f) => f.path), ["/sitemap.xml"]);
  assert.match(files[0].xml, /^<\?xml version="1.0" encoding="utf-8"\?>\n<urlset xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">\n/);
  assert.deepEqual(locs(files[0].xml), [`${SITE}/`, `${SITE}/a/`, `${SITE}/b/`, `${SITE}/é/`]);
  assert.equal(renderSitemaps(Array.from({ length: SITEMAP_MAX_URLS }, (_, i) => `/p${i}/`), SITE).length, 1);
});

test("past 50,000 pages /sitemap.xml is an index of /sitemap-N.xml files of at most 50,000 pages, together listing every page", () => {
  const pages = Array.from({ length: 2 * SITEMAP_MAX_URLS + 1 }, (_, i) => `/p${String(i).padStart(6, "0")}/`);
  const files = renderSitemaps(pages, SITE);
  assert.deepEqual(files.map((f) => f.path), ["/sitemap.xml", "/sitemap-1.xml", "/sitemap-2.xml", "/sitemap-3.xml"]);
  assert.match(files[0].xml, /<sitemapindex xmlns="http:\/\/www.sitemaps.org\/schemas\/sitemap\/0.9">/);
  assert.deepEqual(locs(files[0].xml), [`${SITE}/sitemap-1.xml`, `${SITE}/sitemap-2.xml`, `${SITE}/sitemap-3.xml`]);
  const parts = files.slice(1).map((f) => locs(f.xml));
  assert.deepEqual(parts.map((p) => p.length), [SITEMAP_MAX_URLS, SITEMAP_MAX_URLS, 1]);
  assert.deepEqual(parts.flat(), pages.map((p) => `${SITE}${p}`));
});

test("an ampersand or angle bracket in an address is escaped in the XML", () => {
  const [file] = renderSitemaps(["/a&b/<c>/"], SITE);
  assert.ok(file.xml.includes(`<loc>${SITE}/a&amp;b/&lt;c&gt;/</loc>`));
});

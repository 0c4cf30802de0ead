// The site model: bodies grouped with anchors, safe reference links, related articles by rare shared tags, citations, JSON-LD.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article, Tag } from "../../src/ingest/types.ts";
import { buildArchive, buildBody, formatFrenchDate, LATER_PAGE_SIZE, linkifyReference, pageUrl, paginate, serializeJsonLd, toEntry } from "../../src/site/model.ts";
import { readSiteConfig } from "../../src/site/config.ts";
import { testArticle } from "../helpers/articles.ts";

const site = { ...readSiteConfig({}), url: "https://archives.test" };

function tag(kind: Tag["kind"], name: string): Tag {
  const slug = name.toLowerCase().replace(/[^a-z]+/g, "-");
  const folder = { person: "personnes", place: "lieux", org: "organisations", theme: "themes" }[kind];
  return { kind, name, slug, url: `/${folder}/${slug}/` };
}

function article(slug: string, date: string | null, tags: Tag[] = [], blocks: Article["blocks"] = []): Article {
  return testArticle(slug, date, { tags, blocks });
}

test("French dates read 1er for the first of a month and name the month for month-only dates", () => {
  assert.equal(formatFrenchDate("2025-09-01"), "1er septembre 2025");
  assert.equal(formatFrenchDate("2025-09-23"), "23 septembre 2025");
  assert.equal(formatFrenchDate("2023-09"), "septembre 2023");
  assert.equal(formatFrenchDate(null), "sans date");
});

test("consecutive list items form one list, headings get unique slug ids and every passage its line anchor", () => {
  const body = buildBody(
    article("a", "2025-01-02", [], [
      { type: "heading", text: "Le sommet", line: 3 },
      { type: "list-item", text: "un", line: 4 },
      { type: "list-item", text: "deux", line: 5 },
      { type: "paragraph", text: "texte", line: 6 },
      { type: "list-item", text: "trois", line: 7 },
      { type: "heading", text: "Le sommet", line: 8 },
      { type: "heading", text: "Sommaire", line: 9 },
    ]),
  );
  assert.deepEqual(body.map((n) => n.kind), ["heading", "list", "paragraph", "list", "heading", "heading"]);
  const lists = body.filter((n) => n.kind === "list");
  assert.deepEqual(lists.map((l) => (l.kind === "list" ? l.items.map((i) => i.text) : [])), [["un", "deux"], ["trois"]]);
  const ids = body.flatMap((n) => (n.kind === "heading" ? [n.id] : []));
  assert.deepEqual(ids, ["le-sommet", "le-sommet-2", "sommaire-1"]);
  assert.equal(body[2].kind === "paragraph" && body[2].anchor, "l6");
});

test("two blocks cut from one raw line get distinct anchors, the first keeping the line's", () => {
  const body = buildBody(article("a", "2025-01-02", [], [
    { type: "bibliography", text: "A. (2018).", line: 37 },
    { type: "bibliography", text: "B. (2006).", line: 37 },
  ]));
  assert.deepEqual(body[0].kind === "bibliography" && body[0].items.map((i) => i.anchor), ["l37", "l37-2"]);
});

test("only http and https addresses in a reference become links; javascript: and data: stay text", () => {
  const segs = linkifyReference("Voir https://www.un.org/fr/ga/80/ (consulté). javascript:alert(1) data:text/html,x http://a.kz/p?x=1&y=2.");
  const links = segs.filter((s) => s.href).map((s) => s.href);
  assert.deepEqual(links, ["https://www.un.org/fr/ga/80/", "http://a.kz/p?x=1&y=2"]);
  assert.equal(segs.map((s) => s.text).join(""), "Voir https://www.un.org/fr/ga/80/ (consulté). javascript:alert(1) data:text/html,x http://a.kz/p?x=1&y=2.");
  assert.deepEqual(linkifyReference("javascript://https://x.org"), [{ text: "javascript://", href: null }, { text: "https://x.org", href: "https://x.org/" }]);
});

test("related articles prefer a shared rare tag over a shared common one, and there are at least three", () => {
  const common = tag("place", "Astana");
  const rare = tag("person", "Xi Jinping");
  const arts = [
    article("a", "2025-06-16", [common, rare]),
    article("b", "2025-06-15", [common]),
    article("c", "2024-01-01", [rare]),
    article("d", "2025-06-14", [common]),
    article("e", "2025-06-13", [common]),
    article("f", "2020-01-01", []),
  ];
  const archive = buildArchive(arts, site);
  const a = archive.entries.find((e) => e.slug === "a")!;
  assert.equal(a.related[0].url, "/2024/01/c/");
  assert.ok(a.related.length >= 3 && a.related.length <= 5);
  const f = archive.entries.find((e) => e.slug === "f")!;
  assert.equal(f.related.length, 3, "an article sharing no tag still gets three neighbours in time");
});

test("previous is the next older article and next the next newer one; entries come newest first, undated last", () => {
  const archive = buildArchive([article("b", "2025-02-01"), article("x", null), article("a", "2025-03-01"), article("c", "2025-01")], site);
  assert.deepEqual(archive.entries.map((e) => e.slug), ["a", "b", "c", "x"]);
  const b = archive.entries[1];
  assert.equal(b.next?.url, "/2025/03/a/");
  assert.equal(b.previous?.url, "/2025/01/c/");
  assert.equal(archive.entries[3].previous, null);
  assert.deepEqual(archive.undated.map((e) => e.slug), ["x"]);
});

test("the citation uses the permalink and the editor's access date, never the clock, and escapes BibTeX", () => {
  const a = { ...article("a", "2025-09-01"), title: "Kazakhstan & ONU : 100 % {paix}" };
  const e = toEntry(a, { ...site, accessed: "2026-01-15" });
  assert.match(e.citation.apa, /\(2025, 1er septembre\)\. Archives de la diplomatie kazakhstanaise\. Consulté le 15 janvier 2026, à l’adresse https:\/\/archives\.test\/2025\/09\/a\/$/);
  assert.match(e.citation.bibtex, /title = \{Kazakhstan \\& ONU : 100 \\% \\\{paix\\\}\}/);
  assert.match(e.citation.bibtex, /urldate = \{2026-01-15\}/);
  const archive = buildArchive([article("a", "2025-09-01"), article("b", "2025-10-02")], { ...site, accessed: null });
  assert.equal(archive.entries[1].citation.accessed, "2025-10-02", "without an editor's date, the newest article's day");
});

test("JSON-LD is a NewsArticle that parses back and cannot close its script element", () => {
  const a = { ...article("a", "2025-09-23", [tag("person", "Xi Jinping")]), title: "</script><script>alert(1)</script> & co" };
  const e = toEntry(a, site);
  assert.doesNotMatch(e.jsonLd, /<|>/);
  const ld = JSON.parse(e.jsonLd);
  assert.equal(ld["@type"], "NewsArticle");
  assert.equal(ld.headline, a.title);
  assert.equal(ld.datePublished, "2025-09-23");
  assert.deepEqual(ld.keywords, ["Xi Jinping"]);
  assert.deepEqual(ld.about, [{ "@type": "Person", name: "Xi Jinping", url: "https://archives.test/personnes/xi-jinping/" }]);
  assert.equal(serializeJsonLd("\u2028"), '"\\u2028"');
});

test("the reading time counts words split by any white space, at 230 a minute", () => {
  // Words apart by a no-break space, a narrow one, a tab, a line feed, an ideographic space: each is a word of its own.
  const spaces = [" ", "\u00a0", "\u202f", "\t", "\n", "\u3000", " \u2009 "];
  const words = (n: number) => Array.from({ length: n }, (_, i) => `mot${i}`).reduce((t, w, i) => (i ? t + spaces[i % spaces.length] + w : w), "");
  const minutes = (n: number, lede = "") => {
    const a = { ...article("a", "2025-01-02", [], [{ type: "paragraph", text: ` ${words(n)} `, line: 3 }]), lede };
    return toEntry(a, site).readingMinutes;
  };
  assert.equal(minutes(10), 1);
  assert.equal(minutes(460), 2);
  assert.equal(minutes(574), 2);
  assert.equal(minutes(575), 3);
  // The lede's words count too.
  assert.equal(minutes(574, "un\u00a0mot"), 3);
});

test("listings cut into pages of 20 whose URLs never look like a month", () => {
  const entries = Array.from({ length: 41 }, (_, i) => toEntry(article(`a${i}`, "2025-01-02"), site));
  const pages = paginate("/2025/", entries, 20);
  assert.deepEqual(pages.map((p) => [p.url, p.entries.length]), [["/2025/", 20], ["/2025/page/2/", 20], ["/2025/page/3/", 1]]);
  assert.equal(pages[1].previousUrl, "/2025/");
  assert.equal(pages[1].nextUrl, "/2025/page/3/");
  assert.deepEqual(pages[2].links.map((l) => l.current), [false, false, true]);
  assert.equal(pageUrl("/", 2), "/page/2/");
});

test("a listing's first page holds 20 articles in full, each later page 100 as titles, every article on exactly one page", () => {
  const entries = Array.from({ length: 246 }, (_, i) => toEntry(article(`b${i}`, "2025-01-02"), site));
  const pages = paginate("/lieux/astana/", entries, 20, LATER_PAGE_SIZE);
  assert.equal(LATER_PAGE_SIZE, 100);
  assert.deepEqual(
    pages.map((p) => [p.url, p.entries.length, p.titlesOnly, p.pageCount]),
    [["/lieux/astana/", 20, false, 4], ["/lieux/astana/page/2/", 100, true, 4], ["/lieux/astana/page/3/", 100, true, 4], ["/lieux/astana/page/4/", 26, true, 4]],
  );
  assert.deepEqual(pages.flatMap((p) => p.entries), entries);
  assert.equal(pages[3].previousUrl, "/lieux/astana/page/3/");
  assert.equal(pages[3].nextUrl, null);
  assert.deepEqual(paginate("/2025/", entries.slice(0, 20), 20, LATER_PAGE_SIZE).map((p) => p.url), ["/2025/"]);
  assert.deepEqual(paginate("/2025/", [], 20, LATER_PAGE_SIZE).map((p) => [p.url, p.entries.length]), [["/2025/", 0]]);
});

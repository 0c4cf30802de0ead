// Listings past 20 articles paginate everywhere (later pages as dated titles), and hostile article text renders as literal text (a generated archive of 46 articles).
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { readFile, readdir, access, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Article, Tag } from "../../src/ingest/types.ts";
import { buildArchive } from "../../src/site/model.ts";
import { renderSite, buildSite } from "../../src/build.ts";
import { testArticle } from "../helpers/articles.ts";
import { tempDir } from "../helpers/tmp.ts";

const TOKAYEV: Tag = { kind: "person", name: "Kassym-Jomart Tokaïev", slug: "kassym-jomart-tokaiev", url: "/personnes/kassym-jomart-tokaiev/" };
const XI: Tag = { kind: "person", name: "Xi Jinping", slug: "xi-jinping", url: "/personnes/xi-jinping/" };
const ASTANA: Tag = { kind: "place", name: "Astana", slug: "astana", url: "/lieux/astana/" };
const HOSTILE_TAG: Tag = { kind: "theme", name: "<b>gras</b> {{ site.url }}", slug: "gras", url: "/themes/gras/" };

const HOSTILE_TITLE = `<script>alert("titre")</script> {{ site.title }} {% raw %}`;
const HOSTILE_LEDE = `<img src=x onerror=alert(1)> \${process.env.HOME} {{ 7 * 7 }}`;
const HOSTILE_URL = "/2024/01/hostile/";

function article(i: number, date: string, tags: Tag[]): Article {
  return testArticle(`article-${String(i).padStart(2, "0")}`, date, {
    title: `Article numéro ${i}`,
    titleSource: "frontmatter",
    lede: `Le chapô de l’article ${i}.`,
    dateSource: "frontmatter",
    blocks: [{ type: "paragraph", text: `Texte de l’article ${i}.`, line: 3 }],
    tags,
  });
}

/** 25 articles in September 2025, 15 in June 2025, 5 in March 2024, all about Tokaïev; plus one hostile article. */
function generate(): Article[] {
  const list: Article[] = [];
  for (let d = 1; d <= 25; d++) list.push(article(d, `2025-09-${String(d).padStart(2, "0")}`, [TOKAYEV, ...(d % 3 ? [] : [XI])]));
  for (let d = 1; d <= 15; d++) list.push(article(25 + d, `2025-06-${String(d).padStart(2, "0")}`, [TOKAYEV, ASTANA]));
  for (let d = 1; d <= 5; d++) list.push(article(40 + d, `2024-03-${String(d).padStart(2, "0")}`, [TOKAYEV]));
  list.push({
    ...article(99, "2024-01-05", [HOSTILE_TAG, XI]),
    slug: "hostile",
    url: HOSTILE_URL,
    title: HOSTILE_TITLE,
    lede: HOSTILE_LEDE,
    blocks: [
      { type: "heading", text: "<h2>{{ page.url }}</h2>", line: 3 },
      { type: "paragraph", text: "{% include 'partials/footer.njk' %} <a href=\"javascript:alert(1)\">clic</a>", line: 4 },
      { type: "quote", text: "</blockquote><script>alert(2)</script>", line: 5 },
      { type: "bibliography", text: "Piège javascript:alert(3) puis https://ok.example/?a=1&b=2 fin.", line: 6 },
    ],
  });
  return list;
}

let out: string;
const read = (p: string) => readFile(path.join(out, p.endsWith("/") ? `${p}index.html` : p), "utf8");
/** The articles a listing page links to: its full items, or the lines of a later page's list of titles. */
const entryLinks = (html: string) => [
  ...[...html.matchAll(/class="entry-title"><a href="([^"]+)">/g)].map((m) => m[1]),
  ...[...(html.match(/<ol class="title-list">[\s\S]*?<\/ol>/)?.[0] ?? "").matchAll(/<a href="([^"]+)">/g)].map((m) => m[1]),
];

before(async () => {
  out = tempDir("archive-listings-");
  await renderSite(buildArchive(generate()), out);
});

test("the home shows the 20 newest of 46 articles in full, then the other 26 as dated titles at /page/2/, each article once", async () => {
  const [first, second] = [await read("/"), await read("/page/2/")];
  assert.equal(entryLinks(first).length, 20);
  assert.equal(entryLinks(second).length, 26);
  assert.equal(new Set([...entryLinks(first), ...entryLinks(second)]).size, 46);
  assert.match(first, /class="entry-lede"/);
  assert.doesNotMatch(second, /class="entry-lede"|class="entry-title"/);
  assert.match(second, /<li><time datetime="2025-06-13">13 juin 2025<\/time> <a href="\/2025\/06\/article-38\/">Article numéro\u00A038<\/a><\/li>/);
  await assert.rejects(access(path.join(out, "page/3/index.html")));
});

test("pagination links say where they lead: previous, next, and the current page", async () => {
  assert.match(await read("/"), /<a href="\/page\/2\/" rel="next">/);
  const html = await read("/page/2/");
  assert.match(html, /<a href="\/" rel="prev">/);
  assert.match(html, /<a href="\/page\/2\/" aria-current="page">/);
  assert.doesNotMatch(html, /rel="next"/);
});

test("year, month and tag listings past 20 articles go on at …/page/2/, never at a month-like /AAAA/MM/ URL", async () => {
  assert.equal(entryLinks(await read("/2025/")).length, 20);
  assert.equal(entryLinks(await read("/2025/page/2/")).length, 20);
  assert.match(await read("/2025/page/2/"), /<ol class="title-list">/);
  assert.equal(entryLinks(await read("/2025/09/")).length, 20);
  assert.equal(entryLinks(await read("/2025/09/page/2/")).length, 5);
  assert.equal(entryLinks(await read("/2025/06/")).length, 15);
  assert.equal(entryLinks(await read(`${TOKAYEV.url}page/2/`)).length, 25);
  await assert.rejects(access(path.join(out, TOKAYEV.url, "page/3/index.html")));
  await assert.rejects(access(path.join(out, "2025/02/index.html")));
  const sept = entryLinks(await read("/2025/09/"));
  assert.deepEqual(sept.slice(0, 2), ["/2025/09/article-25/", "/2025/09/article-24/"], "newest first");
});

test("the sitemap lists every page of every paginated listing", async () => {
  const sitemap = await read("/sitemap.xml");
  for (const p of ["/page/2/", "/2025/page/2/", "/2025/09/page/2/", `${TOKAYEV.url}page/2/`, HOSTILE_URL]) assert.ok(sitemap.includes(`${p}</loc>`), p);
});

/** Every file under `dir`, relative path → content. */
async function readTree(dir: string): Promise<Map<string, string>> {
  const files = new Map<string, string>();
  for (const e of await readdir(dir, { recursive: true, withFileTypes: true }))
    if (e.isFile()) {
      const full = path.join(e.parentPath, e.name);
      files.set(path.relative(dir, full), await readFile(full, "utf8"));
    }
  return files;
}

test("rendering in many small Eleventy runs writes the same files, byte for byte, as one run", async () => {
  const small = tempDir("archive-listings-runs-");
  // 7 pages a run: articles, tag pages, feeds and listings are all cut across several runs.
  const count = await renderSite(buildArchive(generate()), small, undefined, undefined, 7);
  const [one, many] = [await readTree(out), await readTree(small)];
  assert.ok(count > 50, `${count} files`);
  assert.deepEqual([...many.keys()].sort(), [...one.keys()].sort());
  for (const [p, content] of one) assert.ok(many.get(p) === content, p);
});

test("the feed has every article and tag feeds only theirs", async () => {
  assert.equal([...(await read("/flux.xml")).matchAll(/<entry>/g)].length, 46);
  assert.equal([...(await read(`${XI.url}flux.xml`)).matchAll(/<entry>/g)].length, 9);
});

test("a tag feed lists only the tag's 20 newest articles, with their lede and without their text", async () => {
  const feed = await read(`${TOKAYEV.url}flux.xml`);
  const ids = [...feed.matchAll(/<entry>[\s\S]*?<id>[^<]*(\/20\d\d\/\d\d\/[^<]+)<\/id>/g)].map((m) => m[1]);
  assert.equal(ids.length, 20);
  assert.deepEqual(ids.slice(0, 2), ["/2025/09/article-25/", "/2025/09/article-24/"], "newest first");
  assert.equal(ids[19], "/2025/09/article-06/");
  assert.ok(feed.includes("Le chapô de l’article 25."));
  assert.doesNotMatch(feed, /<content|Texte de l’article/);
  // The site's feed carries the full text.
  assert.ok((await read("/flux.xml")).includes("Texte de l’article 25."));
});

test("the archives chart shares one scale: the busiest month has the tallest bar", async () => {
  const html = await read("/archives/");
  const heights = [...html.matchAll(/<rect class="bar" x="[\d.]+" y="[\d.]+" width="\d+" height="(\d+)">/g)].map((m) => Number(m[1]));
  // 2025: June (15) then September (25, the busiest, full height 72); 2024: January (1) then March (5).
  assert.deepEqual(heights, [43, 72, 3, 14]);
  assert.match(html, /<desc id="chart-2025-d">40 articles en 2025 — juin\u00A0: 15, septembre\u00A0: 25/);
});

test("an article's markup, template tags and ${} in its title, lede, body and tags are shown as text, never run", async () => {
  const html = await read(HOSTILE_URL);
  // Typography may turn spaces into no-break spaces; the characters of the text are what matters here.
  const body = html.slice(html.indexOf("<main")).replace(/[\u00A0\u202F]/g, " ");
  assert.doesNotMatch(html, /<script>alert|<img src=x|<b>gras|<h2><\/h2>|href="javascript:/);
  assert.ok(body.includes("&lt;script&gt;alert(&quot;titre&quot;)&lt;/script&gt; {{ site.title }} {% raw %}"));
  assert.ok(body.includes("&lt;img src=x onerror=alert(1)&gt; ${process.env.HOME} {{ 7 * 7 }}"));
  assert.ok(body.includes("&lt;h2&gt;{{ page.url }}&lt;/h2&gt;"));
  assert.ok(body.includes("{% include &#39;partials/footer.njk&#39; %}"));
  assert.ok(body.includes("&lt;/blockquote&gt;&lt;script&gt;alert(2)&lt;/script&gt;"));
  assert.ok(body.includes("&lt;b&gt;gras&lt;/b&gt; {{ site.url }}"));
  assert.match(body, /javascript:alert\(3\) puis <a href="https:\/\/ok.example\/\?a=1&amp;b=2" rel="noopener">https:\/\/ok.example\/\?a=1&amp;b=2<\/a> fin\./);
  const ld = JSON.parse(html.match(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/)![1]);
  assert.equal(ld.headline, HOSTILE_TITLE);
  assert.equal(ld.description, HOSTILE_LEDE);
  assert.match(html, /<title>&lt;script&gt;alert\(&quot;titre&quot;\)&lt;\/script&gt; \{\{ site.title \}\} \{% raw %\} · /);
});

test("hostile text stays text in the feeds and listings too", async () => {
  const feed = await read("/flux.xml");
  assert.doesNotMatch(feed, /<script>|<img src|<b>|\]\]>[^<\n]/);
  assert.ok(feed.includes("<![CDATA[&lt;script&gt;alert(&quot;titre&quot;)&lt;/script&gt; {{ site.title }} {% raw %}]]>"));
  assert.doesNotMatch(await read("/themes/gras/flux.xml"), /<b>/);
  const home = await read("/");
  assert.doesNotMatch(home, /<script>alert|<img src=x|<b>gras/);
  assert.doesNotMatch(await read("/sujets/"), /<b>gras/);
});

test("22 seed files written to a folder go through the ingest into a home of two pages and a month of two pages", async () => {
  const seeds = tempDir("archive-seeds-");
  for (let d = 1; d <= 22; d++) {
    const day = String(d).padStart(2, "0");
    await writeFile(
      path.join(seeds, `visite-${day}.txt`),
      `---\ntitle: "Visite numéro ${d} à Astana"\ndate: 2025-03-${day}\n---\n` +
        `Le ${d} mars 2025, à Astana, le président Kassym-Jomart Tokaïev a reçu une délégation pour la ${d}ᵉ réunion du cycle.\n\n` +
        `Les discussions ont porté sur les corridors de transport et l’énergie, selon le communiqué publié le soir même.\n`,
    );
  }
  const site = tempDir("archive-seeds-site-");
  const result = await buildSite({ seeds, out: site });
  assert.equal(result.articles, 22);
  const page = (p: string) => readFile(path.join(site, p, "index.html"), "utf8");
  assert.equal(entryLinks(await page("/")).length, 20);
  assert.equal(entryLinks(await page("/page/2/")).length, 2);
  assert.equal(entryLinks(await page("/2025/03/page/2/")).length, 2);
  assert.match(await page("/page/2/"), /<a href="\/" rel="prev">/);
});

// Article text is data: HTML, script and template syntax in a seed show up as literal text on the built site, never run.
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { cp, readFile, readdir } from "node:fs/promises";
import path from "node:path";
import type { Server } from "node:http";
import type { Browser } from "playwright-core";
import { buildTemp, serveStatic, launchBrowser } from "../helpers/site.ts";
import { tempDir } from "../helpers/tmp.ts";

// What the injection fixture's text holds; each must be visible, verbatim, on its article page.
const LITERALS = [
  "<script>alert(document.cookie)</script>",
  '<img src=x onerror="alert(1)">',
  '<iframe src="https://exemple.invalid/"></iframe>',
  '<a href="javascript:alert(2)">cliquez ici</a>',
  "{{ site.title }}",
  '{% include "partials/header.njk" %}',
  "${process.env.HOME}",
  "{{ 7*7 }}",
  "« <b>Gras</b> & <i>italique</i> »",
];
// A start tag in generated HTML: article text is escaped (`&lt;`), so every match is real markup.
const START_TAG_RE = /<([a-zA-Z][\w-]*)\b([^>]*)>/g;
// A quoted attribute value (quotes inside values are escaped as `&quot;`).
const ATTR_VALUE_RE = /"[^"]*"|'[^']*'/g;
// An event-handler attribute name: `onerror=`, `onload=`.
const HANDLER_ATTR_RE = /\son[a-z]+\s*=/i;
// A link or source whose value runs script: `href="javascript:…"`.
const SCRIPT_URL_RE = /\s(?:href|src|action|formaction)\s*=\s*["']?\s*(?:javascript|vbscript|data:text\/html)/i;
// A `<script …>` start tag with its attributes.
const SCRIPT_TAG_RE = /<script\b([^>]*)>/gi;

let out: string;
let pages: Map<string, string>;
let articleUrl: string;
let browser: Browser;
let server: Server;
let base: string;

before(async () => {
  const seeds = tempDir("safety-seeds-");
  await cp("seeds", seeds, { recursive: true });
  await cp("tests/fixtures/hostile/injection.txt", path.join(seeds, "injection.txt"));
  await cp("tests/fixtures/hostile/injection-gabarit.txt", path.join(seeds, "injection-gabarit.txt"));
  ({ out } = await buildTemp(seeds));
  pages = new Map();
  for (const f of await readdir(out, { recursive: true })) {
    if (f.endsWith(".html")) pages.set(f, await readFile(path.join(out, f), "utf8"));
  }
  const hit = [...pages].find(([, html]) => /<h1[^>]*>Des balises &lt;script&gt;/.test(html));
  assert.ok(hit, "the injection article has a page");
  articleUrl = "/" + hit[0].replace(/index\.html$/, "");
  ({ url: base, server } = await serveStatic(out));
  browser = await launchBrowser();
});

after(async () => {
  await browser?.close();
  server?.close();
});

test("no page holds an iframe, object, embed, event-handler attribute or javascript: link", () => {
  const bad: string[] = [];
  for (const [file, html] of pages) {
    for (const [tag, name, attrs] of html.matchAll(START_TAG_RE)) {
      if (/^(iframe|frame|object|embed|applet|base)$/i.test(name)) bad.push(`${file}: ${tag}`);
      if (HANDLER_ATTR_RE.test(attrs.replace(ATTR_VALUE_RE, '""'))) bad.push(`${file}: ${tag}`);
      if (SCRIPT_URL_RE.test(attrs)) bad.push(`${file}: ${tag}`);
    }
  }
  assert.deepEqual(bad, []);
  // The injected markup is in the pages, escaped.
  assert.ok([...pages.values()].some((h) => h.includes("&lt;img src=x onerror=&quot;alert(1)&quot;&gt;")));
});

test("every page carries a Content-Security-Policy meta allowing only the site's own scripts and WebAssembly", () => {
  for (const [file, html] of pages) {
    const m = /<meta http-equiv="Content-Security-Policy" content="([^"]+)"/.exec(html);
    assert.ok(m, `${file} has no CSP meta`);
    const csp = Object.fromEntries(m[1].split(";").map((d) => d.trim().split(/\s+/)).map(([k, ...v]) => [k, v]));
    const scripts = csp["script-src"] ?? csp["default-src"];
    assert.ok(scripts, `${file}: no script-src`);
    assert.ok(scripts.includes("'self'"));
    for (const v of scripts) assert.ok(["'self'", "'wasm-unsafe-eval'"].includes(v), `${file}: script-src allows ${v}`);
    assert.deepEqual(csp["object-src"], ["'none'"]);
  }
});

test("the only inline scripts are JSON-LD; other scripts load from the site itself", () => {
  for (const [file, html] of pages) {
    for (const m of html.matchAll(SCRIPT_TAG_RE)) {
      const attrs = m[1];
      if (/\bsrc\s*=/.test(attrs)) assert.match(attrs, /\bsrc="\/(?!\/)/, `${file}: script from elsewhere: ${attrs}`);
      else assert.match(attrs, /type="application\/ld\+json"/, `${file}: inline script ${attrs}`);
    }
  }
});

test("JSON-LD stays inert: it parses as JSON, cannot close its script element, and holds the literal title", () => {
  const html = pages.get(articleUrl.slice(1) + "index.html")!;
  const blocks = [...html.matchAll(/<script type="application\/ld\+json">([\s\S]*?)<\/script>/g)].map((m) => m[1]);
  assert.ok(blocks.length > 0, "the article page has JSON-LD");
  for (const b of blocks) {
    assert.ok(!/<\/?script/i.test(b));
    const data = JSON.stringify(JSON.parse(b));
    assert.ok(data.includes('<script>alert(\\"titre\\")</script>'), "the title is in the JSON-LD as text");
  }
});

test("in Chromium the article shows the markup and template syntax as text, and nothing runs", async () => {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  const requests: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  page.on("request", (r) => requests.push(r.url()));
  await page.goto(base + articleUrl, { waitUntil: "load" });
  await page.waitForTimeout(200);
  // French typography puts a no-break space inside « »: compare with plain spaces.
  const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/[\u00ad\u200b]/g, "");
  const text = plain(await page.evaluate(() => document.body.innerText));
  for (const s of LITERALS) assert.ok(text.includes(s), `not visible as text: ${s}`);
  assert.deepEqual(dialogs, []);
  const counts = await page.evaluate(() => ({
    iframes: document.querySelectorAll("iframe, object, embed").length,
    handlers: [...document.querySelectorAll("*")].filter((el) => [...el.attributes].some((a) => a.name.startsWith("on"))).length,
    jsLinks: [...document.querySelectorAll("a[href]")].filter((a) => a.getAttribute("href")!.trim().toLowerCase().startsWith("javascript:")).length,
    title: document.querySelector("h1")?.textContent ?? "",
    docTitle: document.title,
  }));
  assert.deepEqual({ iframes: counts.iframes, handlers: counts.handlers, jsLinks: counts.jsLinks }, { iframes: 0, handlers: 0, jsLinks: 0 });
  assert.equal(plain(counts.title).trim(), 'Des balises <script>alert("titre")</script> dans le titre');
  // Escaped once, not twice: the tab title shows the characters, not `&lt;`.
  assert.ok(plain(counts.docTitle).startsWith('Des balises <script>alert("titre")</script> dans le titre'), counts.docTitle);
  assert.ok(!requests.some((u) => u.includes("exemple.invalid")), "the iframe's address was requested");
  await page.close();
});

test("searching for the injected text shows it as text in the results, and nothing runs", async () => {
  const page = await browser.newPage();
  const dialogs: string[] = [];
  page.on("dialog", async (d) => {
    dialogs.push(d.message());
    await d.dismiss();
  });
  await page.goto(base + "/recherche/?q=" + encodeURIComponent("balises script alert"), { waitUntil: "load" });
  await page.waitForSelector("[data-search-results] a", { timeout: 10_000 });
  await page.waitForTimeout(300);
  const results = await page.evaluate(() => {
    const root = document.querySelector("[data-search-results]")!;
    return { text: (root as HTMLElement).innerText, scripts: root.querySelectorAll("script, img[onerror], iframe").length };
  });
  assert.equal(results.scripts, 0);
  assert.match(results.text, /balises/i);
  assert.deepEqual(dialogs, []);
  await page.close();
});

test("the Atom feed carries the injected text as escaped text: parsed as HTML, its entries hold no script, image or frame", async () => {
  const xml = await readFile(path.join(out, "flux.xml"), "utf8");
  assert.ok(xml.includes("alert(document.cookie)") || xml.includes("balises"), "the injection article is in the feed");
  const page = await browser.newPage();
  await page.goto(base + "/404.html");
  const found = await page.evaluate((source) => {
    const doc = new DOMParser().parseFromString(source, "application/xml");
    if (doc.querySelector("parsererror")) return { wellFormed: false, dangerous: 0, texts: [] as string[] };
    let dangerous = 0;
    const texts: string[] = [];
    for (const el of doc.querySelectorAll("content, summary, title")) {
      const type = el.getAttribute("type") ?? "text";
      if (type === "html" || type === "xhtml") {
        const html = new DOMParser().parseFromString(el.textContent ?? "", "text/html");
        dangerous += html.querySelectorAll("script, iframe, object, embed, [onerror], [onload], a[href^='javascript:']").length;
        texts.push(html.body.textContent ?? "");
      } else texts.push(el.textContent ?? "");
    }
    return { wellFormed: true, dangerous, texts };
  }, xml);
  await page.close();
  assert.equal(found.wellFormed, true, "flux.xml is well-formed XML");
  assert.equal(found.dangerous, 0);
  assert.ok(found.texts.some((t) => t.includes('<script>alert("titre")</script>')), "the title shows its characters in the feed");
});

test("template syntax in a title and a lede (Eleventy computes page titles from them) stays literal in h1, <title> and description", async () => {
  const hit = [...pages].find(([, html]) => /<h1[^>]*>Les gabarits \{\{/.test(html));
  assert.ok(hit, "the template-syntax article has a page whose h1 starts with the literal text");
  const page = await browser.newPage();
  await page.goto(base + "/" + hit[0].replace(/index\.html$/, ""), { waitUntil: "load" });
  const got = await page.evaluate(() => ({
    h1: document.querySelector("h1")?.textContent ?? "",
    title: document.title,
    description: document.querySelector('meta[name="description"]')?.getAttribute("content") ?? "",
    body: document.body.innerText,
  }));
  await page.close();
  const plain = (s: string) => s.replace(/[\u00a0\u202f]/g, " ").replace(/[\u00ad\u200b]/g, "").trim();
  const title = "Les gabarits {{ site.title }} et {% if true %}oui{% endif %} restent du texte";
  assert.equal(plain(got.h1), title);
  assert.ok(plain(got.title).startsWith(title), got.title);
  assert.ok(plain(got.description).includes('{{ 7*7 }}, ${1+1}, {% set x = "piège" %}{{ x }} et {{ e.title | safe }}'), got.description);
  assert.ok(plain(got.body).includes('{{ 7*7 }}, ${1+1}, {% set x = "piège" %}{{ x }} et {{ e.title | safe }}'));
  assert.ok(plain(got.body).includes("{# un commentaire de gabarit #} et {%- raw -%}"));
});

test("every XML file of the site (feeds, sitemap) is well-formed despite the injected text", async () => {
  const xmlFiles = (await readdir(out, { recursive: true })).filter((f) => f.endsWith(".xml"));
  assert.ok(xmlFiles.length >= 2);
  const page = await browser.newPage();
  await page.goto(base + "/404.html");
  const broken: string[] = [];
  for (const f of xmlFiles) {
    const source = await readFile(path.join(out, f), "utf8");
    const ok = await page.evaluate((s) => !new DOMParser().parseFromString(s, "application/xml").querySelector("parsererror"), source);
    if (!ok) broken.push(f);
  }
  await page.close();
  assert.deepEqual(broken, []);
});

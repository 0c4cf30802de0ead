// What the ingest does with each kind of hostile file, over one folder holding them all with two good articles.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { ingestFolder, ingestSeed } from "../../src/ingest/index.ts";
import type { Article, IngestResult, Problem } from "../../src/ingest/types.ts";
import { bigArticle, longLine, makeHostileFolder } from "./folder.ts";

let dir: string;
let result: IngestResult;
before(async () => {
  dir = await makeHostileFolder();
  result = await ingestFolder(dir);
});

const src = (name: string) => path.join(dir, name);
const article = (name: string): Article | undefined => result.articles.find((a) => a.source === src(name));
const problemsOf = (name: string): Problem[] => result.problems.filter((p) => p.source === src(name));
const published = (a: Article) => [a.title, a.lede, ...a.blocks.map((b) => b.text)].join("\n");

function assertSkippedWithError(name: string, message: RegExp) {
  assert.equal(article(name), undefined, `${name} should not be published`);
  const errors = problemsOf(name).filter((p) => p.severity === "error");
  assert.equal(errors.length, 1, `${name}: ${JSON.stringify(problemsOf(name))}`);
  assert.match(errors[0].message, message);
  assert.ok(errors[0].line >= 1);
}

test("the two good articles are published without any problem", () => {
  for (const name of ["bon-article-astana.txt", "bon-article-geneve.txt"]) {
    assert.ok(article(name), name);
    assert.deepEqual(problemsOf(name), []);
  }
  assert.match(published(article("bon-article-geneve.txt")!), /polygone de Semipalatinsk/);
});

test("an empty file and a whitespace-only file are skipped with an error saying there is nothing to publish", () => {
  assertSkippedWithError("vide.txt", /empty|nothing|no article text/i);
  assertSkippedWithError("espaces.txt", /empty|nothing|no article text/i);
});

test("a binary file is skipped with a 'binary file' error", () => {
  assertSkippedWithError("binaire.txt", /^binary file/);
});

test("a file holding only site furniture is skipped with an error: nothing to publish", () => {
  assertSkippedWithError("mobilier-seul.txt", /furniture|nothing to publish|no article text/i);
});

test("UTF-16 LE/BE, Windows-1252, Latin-1, UTF-8 with BOM, CRLF and lone CR files are published with their accents intact", () => {
  const marks: Record<string, string> = {
    "utf16le-bom.txt": "UTF-16 LE",
    "utf16be-bom.txt": "UTF-16 BE",
    "windows-1252.txt": "Windows-1252",
    "latin-1.txt": "Latin-1",
    "utf8-bom.txt": "UTF-8 avec BOM",
    "crlf.txt": "CRLF",
    "cr-seul.txt": "CR seul",
  };
  for (const [name, mark] of Object.entries(marks)) {
    const a = article(name);
    assert.ok(a, `${name} not published`);
    const text = published(a);
    assert.ok(text.includes(`(${mark})`), name);
    assert.match(text, /À Noukous puis à Kyzylorda/, name);
    assert.match(text, /Grâce à la digue de Kokaral/, name);
    assert.ok(!/[\uFEFF\r\uFFFD]|Ã|â€/.test(text), `${name} has a BOM, a CR or mojibake`);
    assert.deepEqual(problemsOf(name), [], name);
  }
});

test("NUL bytes are removed and each line that held one is named in a warning; the article is published", () => {
  const a = article("nul.txt");
  assert.ok(a);
  assert.ok(!published(a).includes("\u0000"));
  assert.match(published(a), /Kyzylorda/);
  assert.deepEqual(
    problemsOf("nul.txt").map((p) => `${p.line}:${p.severity}`),
    ["2:warning", "5:warning"],
  );
});

test("broken YAML front matter skips the file with an error on a front matter line", () => {
  assertSkippedWithError("yaml-casse.txt", /front matter is not valid YAML/);
  const e = problemsOf("yaml-casse.txt")[0];
  assert.ok(e.line >= 2 && e.line <= 4);
});

test("front matter of the wrong types is reported line by line; the article is published with its valid fields", () => {
  const a = article("yaml-types.txt");
  assert.ok(a);
  assert.equal(a.title, "Le Kazakhstan au Conseil de sécurité");
  assert.equal(a.titleSource, "frontmatter");
  assert.notEqual(a.dateSource, "frontmatter");
  assert.deepEqual(
    problemsOf("yaml-types.txt").map((p) => `${p.line}:${p.severity}`),
    ["3:warning", "4:warning"],
  );
  // The body keeps the raw file's line numbers: the front matter is lines 1-5, the text starts on line 6.
  assert.deepEqual(
    a.removed.filter((r) => /front matter/.test(r.reason)).map((r) => r.line),
    [1, 2, 3, 4, 5],
  );
  assert.ok(a.blocks.every((b) => b.line >= 6));
  assert.ok(a.blocks.some((b) => b.line === 7 && b.text.startsWith("Cette présidence")));
});

test("an impossible date in a ' date ' header is reported on its line and never becomes another day", () => {
  const problems = problemsOf("date-impossible.txt");
  const p = problems.find((x) => x.message.includes("2025-02-30"));
  assert.ok(p, `no problem names 2025-02-30: ${JSON.stringify(problems)}`);
  assert.equal(p.line, 1);
  const a = article("date-impossible.txt");
  if (a) {
    assert.ok(a.date === null || !a.date.startsWith("2025-02-30") && !a.date.startsWith("2025-03-02"), `date ${a.date}`);
    assert.ok(!/^date 2025/.test(a.title), `the header leaks into the title: ${a.title}`);
  } else assert.equal(p.severity, "error");
});

test("an exact duplicate under another name is published once and named in a warning", () => {
  assert.ok(article("bon-article-astana.txt"));
  assert.equal(article("doublon-astana.txt"), undefined);
  const [w] = problemsOf("doublon-astana.txt");
  assert.equal(w.severity, "warning");
  assert.ok(w.message.includes("bon-article-astana.txt"));
});

test("two different articles with the same title are both published at distinct addresses, the second with -2", () => {
  const a = article("meme-titre-a.txt");
  const b = article("meme-titre-b.txt");
  assert.ok(a && b);
  assert.equal(a.title, b.title);
  assert.equal(b.url, a.url.replace(/\/$/, "-2/"));
  assert.equal(problemsOf("meme-titre-b.txt")[0].severity, "warning");
  const urls = result.articles.map((x) => x.url);
  assert.equal(new Set(urls).size, urls.length, "every published URL is unique");
});

test("a file name with spaces and accents is read and published", () => {
  const a = article("Visite d’État à Genève — notes 2025.txt");
  assert.ok(a);
  assert.match(a.url, /^\/[a-z0-9-]+\/(?:[a-z0-9-]+\/)+$/);
});

test("non-.txt files are ignored with a warning", () => {
  for (const name of ["notes.md", "photo.jpg"]) {
    const [w] = problemsOf(name);
    assert.equal(w.severity, "warning");
    assert.match(w.message, /not a \.txt file: ignored/);
  }
});

test("text with HTML, script and template syntax is kept as literal text", () => {
  const a = article("injection.txt");
  assert.ok(a);
  const text = published(a);
  for (const s of ["<script>alert(document.cookie)</script>", '<img src=x onerror="alert(1)">', "<iframe", 'href="javascript:alert(2)"', "{{ site.title }}", '{% include "partials/header.njk" %}', "${process.env.HOME}"]) {
    assert.ok(text.includes(s), s);
  }
});

test("a 4 MB article and a 200 KB single line are published", () => {
  const big = article("article-4-mo.txt");
  const line = article("ligne-200-ko.txt");
  assert.ok(big && line);
  assert.ok(big.blocks.length > 1000);
  assert.ok(Buffer.byteLength(published(line)) > 200_000);
});

test("ingesting the 4 MB article and the 200 KB line stays fast (no quadratic work)", (t) => {
  for (const [text, budget] of [
    [bigArticle(), 5000],
    [longLine(), 1000],
  ] as const) {
    const bytes = new TextEncoder().encode(text);
    const t0 = performance.now();
    const r = ingestSeed({ source: "seeds/big.txt", name: "big.txt", bytes });
    const ms = performance.now() - t0;
    assert.ok(r.article);
    t.diagnostic(`ingestSeed on ${bytes.length} bytes: ${Math.round(ms)} ms`);
    assert.ok(ms < budget, `${bytes.length} bytes took ${Math.round(ms)} ms (budget ${budget})`);
  }
});

test("every problem is one plain line with a positive line number and no stack trace", () => {
  for (const p of result.problems) {
    assert.ok(!/[\r\n]/.test(p.message), p.message);
    assert.ok(!/\bat .*\.ts:\d+/.test(p.message), p.message);
    assert.ok(p.line >= 1, `${p.source}:${p.line}`);
    assert.match(p.severity, /^(error|warning)$/);
  }
});

test("pathological 200 KB lines (one letter, repeated dates, datelines, bullets, guillemets) are ingested without blow-up", (t) => {
  const N = 200 * 1024;
  const shapes: Record<string, string> = {
    "one letter": "a".repeat(N),
    dots: ".".repeat(N),
    bullets: "- ".repeat(N / 2),
    guillemets: "« ".repeat(N / 2),
    "capitals and commas": "ALMATY, ".repeat(N / 8),
    "French dates": "23 septembre 2025 ".repeat(N / 18),
    "date ranges": "du 3 au ".repeat(N / 8),
    "day pairs": "11 et ".repeat(N / 6),
    "date words": "date ".repeat(N / 5),
    "a URL": "https://" + "a/".repeat(N / 2),
    references: "Makasheva, K. (".repeat(N / 15),
    "opening brackets": "(".repeat(N),
    mixed: "Le 1er août, ALMATY (agence) – « du 3 au 5 mars » ".repeat(N / 50),
  };
  for (const [name, line] of Object.entries(shapes)) {
    const bytes = new TextEncoder().encode("Un titre\n" + line + "\nFin de l’article.\n");
    const t0 = performance.now();
    const r = ingestSeed({ source: "seeds/x.txt", name: "x.txt", bytes });
    const ms = performance.now() - t0;
    t.diagnostic(`${name}: ${Math.round(ms)} ms`);
    // A quadratic pass over 200 KB costs tens of seconds; linear work here takes well under one even on a busy machine.
    assert.ok(ms < 10_000, `${name}: ${Math.round(ms)} ms`);
    assert.ok(r.article || r.problems.some((p) => p.severity === "error"), name);
  }
});

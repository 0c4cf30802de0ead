// Duplicates and same titles: one copy published, clashing addresses made distinct in a stable order.
import { test } from "node:test";
import assert from "node:assert/strict";
import { dedupeArticles, hashText, type HashedArticle } from "../../src/ingest/dedupe.ts";
import { ingestSeed } from "../../src/ingest/index.ts";
import type { Article } from "../../src/ingest/types.ts";

function art(source: string, url: string, text: string): HashedArticle {
  const slug = url.split("/").at(-2) ?? "";
  const article = { source, url, slug, title: "T", blocks: [] } as unknown as Article;
  return { article, textHash: hashText(text) };
}

test("an exact duplicate under another name is published once, and the copy is named in a warning", () => {
  const r = dedupeArticles([art("seeds/b.txt", "/2025/09/x/", "Même texte."), art("seeds/a.txt", "/2025/09/x/", "Même texte.")]);
  assert.deepEqual(
    r.articles.map((a) => a.source),
    ["seeds/a.txt"],
  );
  assert.equal(r.problems.length, 1);
  assert.equal(r.problems[0].source, "seeds/b.txt");
  assert.equal(r.problems[0].severity, "warning");
  assert.match(r.problems[0].message, /same text as seeds\/a\.txt/);
});

test("the same text in UTF-16 with CRLF and in UTF-8 with LF counts as a duplicate", () => {
  const text = "Un titre\nUn paragraphe assez long pour être publié comme texte d’article.\n";
  const utf8 = ingestSeed({ source: "seeds/a.txt", name: "a.txt", bytes: new TextEncoder().encode(text) });
  const u16 = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text.replace(/\n/g, "\r\n"), "utf16le")]);
  const utf16 = ingestSeed({ source: "seeds/b.txt", name: "b.txt", bytes: new Uint8Array(u16) });
  assert.equal(utf8.textHash, utf16.textHash);
});

test("two different articles with the same address both get published, the later source name with -2, -3", () => {
  const r = dedupeArticles([art("seeds/c.txt", "/2025/05/accord/", "C"), art("seeds/a.txt", "/2025/05/accord/", "A"), art("seeds/b.txt", "/2025/05/accord/", "B")]);
  assert.deepEqual(
    r.articles.map((a) => [a.source, a.url, a.slug]),
    [
      ["seeds/a.txt", "/2025/05/accord/", "accord"],
      ["seeds/b.txt", "/2025/05/accord-2/", "accord-2"],
      ["seeds/c.txt", "/2025/05/accord-3/", "accord-3"],
    ],
  );
  assert.deepEqual(
    r.problems.map((p) => p.source),
    ["seeds/b.txt", "seeds/c.txt"],
  );
});

test("a suffixed address never lands on an address already taken", () => {
  const r = dedupeArticles([art("seeds/a.txt", "/2025/05/accord/", "A"), art("seeds/b.txt", "/2025/05/accord-2/", "B"), art("seeds/c.txt", "/2025/05/accord/", "C")]);
  assert.deepEqual(
    r.articles.map((a) => a.url),
    ["/2025/05/accord/", "/2025/05/accord-2/", "/2025/05/accord-3/"],
  );
});

test("a title made only of punctuation still gets a usable address", () => {
  const r = dedupeArticles([art("seeds/a.txt", "/2025/05//", "A")]);
  assert.equal(r.articles[0].url, "/2025/05/article/");
});

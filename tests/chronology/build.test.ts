// The chronology's views: one event per happening across articles, pages of 20, years, people and places.
import { test } from "node:test";
import assert from "node:assert/strict";
import type { Article } from "../../src/ingest/types.ts";
import { buildChronology, EVENTS_PER_PAGE, LATER_EVENTS_PER_PAGE } from "../../src/chronology/build.ts";
import { testArticle } from "../helpers/articles.ts";

function article(slug: string, date: string, paragraphs: string[], over: Partial<Article> = {}): Article {
  return testArticle(slug, date, {
    lede: "",
    dateEvidence: "",
    blocks: paragraphs.map((text, i) => ({ type: "paragraph" as const, text, line: i + 2 })),
    ...over,
  });
}

test("two articles telling the same dates at the same place give one event, told first by the earlier article", () => {
  const later = article("b", "2025-11-19", ["Le 6 novembre 2025, Tokaïev s’est rendu à Washington pour le sommet C5+1."]);
  const earlier = article("a", "2025-11-07", ["Le 6 novembre 2025, à Washington, Donald Trump a accueilli les dirigeants d’Asie centrale."]);
  const c = buildChronology([later, earlier]);
  assert.equal(c.events.length, 1);
  const [e] = c.events;
  assert.equal(e.source.articleUrl, earlier.url);
  assert.deepEqual(e.also.map((s) => s.url), [`${later.url}#l2`]);
  assert.deepEqual(e.people.map((p) => p.tag.slug).sort(), ["donald-trump", "kassym-jomart-tokaiev"]);
});

test("events without a place are never merged, and drafts give no event", () => {
  const a = article("a", "2025-11-07", ["Le 6 novembre 2025, le Kazakhstan a signé un accord."]);
  const b = article("b", "2025-11-08", ["Le 6 novembre 2025, le gouvernement a annoncé une réforme."]);
  const d = article("d", "2025-11-09", ["Le 6 novembre 2025, à Astana, un forum s’est tenu."], { draft: true });
  assert.equal(buildChronology([a, b, d]).events.length, 2);
});

test("past 20 events a view goes on at page/2/, with links both ways", () => {
  const paragraphs = Array.from({ length: 25 }, (_, i) => `Le ${(i % 28) + 1} ${i < 28 ? "mars" : "avril"} 2024, à Astana, un accord a été signé.`);
  const c = buildChronology([article("a", "2024-05-01", paragraphs)]);
  assert.equal(c.events.length, 25);
  const all = c.pages.filter((p) => p.kind === "all");
  assert.deepEqual(all.map((p) => p.url), ["/chronologie/", "/chronologie/page/2/"]);
  assert.equal(all[0].months.flatMap((m) => m.events).length, EVENTS_PER_PAGE);
  assert.equal(all[0].nextUrl, "/chronologie/page/2/");
  assert.equal(all[1].previousUrl, "/chronologie/");
  assert.equal(all[1].title, "Chronologie (page 2 sur 2)");
  const astana = c.pages.filter((p) => p.kind === "place");
  assert.deepEqual(astana.map((p) => p.url), ["/chronologie/lieux/astana/", "/chronologie/lieux/astana/page/2/"]);
  assert.deepEqual(c.years.map((y) => [y.label, y.url, y.count]), [["2024", "/chronologie/2024/", 25]]);
});

test("after the first 20 events, a view goes on in pages of 100, every event on exactly one page, in order", () => {
  const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
  const count = EVENTS_PER_PAGE + LATER_EVENTS_PER_PAGE + 21;
  const paragraphs = Array.from({ length: count }, (_, i) => `Le ${(i % 28) + 1} ${MONTHS[Math.floor(i / 28) % 12]} ${2001 + Math.floor(i / 336)}, à Astana, un accord a été signé.`);
  const c = buildChronology([article("a", "2024-05-01", paragraphs)]);
  assert.equal(c.events.length, count);
  const all = c.pages.filter((p) => p.kind === "all");
  assert.deepEqual(all.map((p) => p.url), ["/chronologie/", "/chronologie/page/2/", "/chronologie/page/3/"]);
  const perPage = all.map((p) => p.months.flatMap((m) => m.events));
  assert.deepEqual(perPage.map((events) => events.length), [EVENTS_PER_PAGE, LATER_EVENTS_PER_PAGE, 21]);
  assert.deepEqual(perPage.flat().map((e) => e.id), c.events.map((e) => e.id));
  assert.equal(all[2].title, "Chronologie (page 3 sur 3)");
  assert.equal(all[2].previousUrl, "/chronologie/page/2/");
  assert.equal(all[2].nextUrl, null);
});

test("month-only events come before the days of their month, and the home gets the latest events newest first", () => {
  const c = buildChronology([
    article("a", "2025-12-01", [
      "Le 6 novembre 2025, à Washington, un sommet s’est tenu.",
      "L’adhésion aux Accords d’Abraham a été annoncée début novembre 2025.",
      "Le 16 juin 2025, à Astana, un sommet s’est tenu.",
    ]),
  ]);
  assert.deepEqual(c.events.map((e) => e.date), ["2025-06-16", "2025-11", "2025-11-06"]);
  assert.deepEqual(c.latest.map((e) => e.date), ["2025-11-06", "2025-11", "2025-06-16"]);
  assert.deepEqual(c.pages[0].months.map((m) => m.label), ["juin 2025", "novembre 2025"]);
});

test("an archive without any dated event still has its /chronologie/ page", () => {
  const c = buildChronology([article("a", "2025-12-01", ["Un texte sans date."])]);
  assert.deepEqual(c.pages.map((p) => [p.url, p.total, p.pageCount]), [["/chronologie/", 0, 1]]);
});

test("event ids are unique even when two articles share a slug", () => {
  const text = ["Le 16 juin 2025, à Astana, un accord a été signé.", "Le 17 juin 2025, un forum s’est tenu."];
  const a = article("meme", "2025-06-20", text);
  const b = article("meme", "2025-07-20", text.map((t) => t.replace("Astana", "Almaty")));
  const ids = buildChronology([a, b]).events.map((e) => e.id);
  assert.equal(ids.length, 4);
  assert.equal(new Set(ids).size, 4);
});

test("/chronologie/ shows the most frequent people and places; the directories list all of them by name", () => {
  const names = ["Xi Jinping", "Vladimir Poutine", "Donald Trump", "Emmanuel Macron", "Narendra Modi"];
  const paragraphs = Array.from({ length: 25 }, (_, i) => `Le ${i + 1} mars 2024, à Astana, Tokaïev a reçu ${names[i % names.length]}.`);
  const c = buildChronology([article("a", "2024-05-01", paragraphs)]);
  assert.equal(c.topPeople[0].label, "Kassym-Jomart Tokaïev");
  assert.equal(c.topPeople[0].count, 25);
  const dir = c.directories.find((d) => d.url === "/chronologie/personnes/")!;
  assert.deepEqual(dir.facets.map((f) => f.label), ["Donald Trump", "Emmanuel Macron", "Kassym-Jomart Tokaïev", "Narendra Modi", "Vladimir Poutine", "Xi Jinping"]);
  assert.deepEqual(c.directories.map((d) => d.url), ["/chronologie/personnes/", "/chronologie/lieux/"]);
});

// The five seeds yield the chronology an editor expects: the seven events of the brief, with their dates and places.
import { test, before } from "node:test";
import assert from "node:assert/strict";
import { ingestFolder } from "../../src/ingest/index.ts";
import { buildChronology } from "../../src/chronology/build.ts";
import type { Article } from "../../src/ingest/types.ts";
import type { Chronology } from "../../src/chronology/types.ts";

let articles: Article[];
let chrono: Chronology;
before(async () => {
  ({ articles } = await ingestFolder("seeds"));
  chrono = buildChronology(articles);
});

/** The brief's events: start, end, the place's slug, and a person who must be among the event's people. */
const EXPECTED: [string, string | null, string, string][] = [
  ["2025-06-16", null, "astana", "xi-jinping"],
  ["2025-08-30", null, "tianjin", "xi-jinping"],
  ["2025-09-23", null, "new-york", "volodymyr-zelensky"],
  ["2025-11-06", null, "washington", "donald-trump"],
  ["2025-11-11", "2025-11-12", "moscou", "vladimir-poutine"],
  ["2025-12-11", "2025-12-12", "achgabat", "kassym-jomart-tokaiev"],
  ["2026-02-05", null, "islamabad", "kassym-jomart-tokaiev"],
];

test("the seven events of the brief are in the chronology with their dates, places and people", () => {
  for (const [date, endDate, place, person] of EXPECTED) {
    const e = chrono.events.find((x) => x.date === date && x.place?.tag.slug === place);
    assert.ok(e, `no event on ${date} at ${place}; events: ${chrono.events.map((x) => `${x.date}@${x.place?.tag.slug}`).join(" ")}`);
    assert.equal(e.endDate, endDate, `${date} ${place}`);
    assert.equal(e.place?.tag.kind, "place");
    assert.ok(e.people.some((p) => p.tag.slug === person), `${date} ${place} lacks ${person}: ${e.people.map((p) => p.tag.slug)}`);
  }
});

test("each of those events is listed once, even where a heading announces it before the paragraph tells it", () => {
  for (const [date, endDate, place] of EXPECTED) {
    const same = chrono.events.filter((x) => x.date === date && x.endDate === endDate && x.place?.tag.slug === place);
    assert.equal(same.length, 1, `${date} ${place}`);
  }
});

test("events are sorted by the date they happened, not by publication date", () => {
  const dates = chrono.events.map((e) => e.date);
  assert.deepEqual(dates, [...dates].sort());
  const astana = chrono.events.findIndex((e) => e.date === "2025-06-16");
  const newYork = chrono.events.findIndex((e) => e.date === "2025-09-23");
  assert.ok(astana < newYork, "Astana (told on 19 November) comes before New York (told on 23 September)");
});

test("every event comes from a published passage: the lede or a paragraph, heading or list item, never removed text or the bibliography", () => {
  const bySource = new Map(articles.map((a) => [a.url, a]));
  for (const e of chrono.events) {
    const a = bySource.get(e.source.articleUrl);
    assert.ok(a, e.source.articleUrl);
    if (e.source.line === null) {
      assert.equal(e.source.anchor, "chapo");
      continue;
    }
    const block = a.blocks.find((b) => b.line === e.source.line);
    assert.ok(block && ["paragraph", "heading", "list-item"].includes(block.type), `${e.id} from line ${e.source.line}`);
    assert.ok(!a.removed.some((r) => r.line === e.source.line && r.text.includes(e.evidence)), `${e.id} from removed text`);
  }
});

test("background dates of the seeds are not events: membership since 1992, the years of old resolutions, « Depuis juin 2025 »", () => {
  for (const e of chrono.events) {
    assert.ok(!e.date.startsWith("1992") && !e.date.startsWith("1997") && !e.date.startsWith("2013"), `${e.id}: ${e.summary}`);
    assert.doesNotMatch(e.evidence, /^depuis/i, e.id);
  }
  assert.ok(!chrono.events.some((e) => e.date === "2025-06" && e.places.some((p) => p.tag.slug === "washington")));
});

test("the views group the events by year, person and place, each with its own page", () => {
  assert.deepEqual(chrono.pages[0].url, "/chronologie/");
  const urls = new Set(chrono.pages.map((p) => p.url));
  for (const u of ["/chronologie/2025/", "/chronologie/2026/", "/chronologie/personnes/xi-jinping/", "/chronologie/lieux/tianjin/"]) assert.ok(urls.has(u), u);
  assert.equal(chrono.byTag["/personnes/xi-jinping/"], "/chronologie/personnes/xi-jinping/");
  assert.equal(chrono.byTag["/lieux/tianjin/"], "/chronologie/lieux/tianjin/");
  const xi = chrono.pages.find((p) => p.url === "/chronologie/personnes/xi-jinping/")!;
  assert.deepEqual(xi.months.flatMap((m) => m.events.map((e) => e.date)), ["2025-06-16", "2025-08-30"]);
  const y2025 = chrono.years.find((y) => y.label === "2025")!;
  assert.equal(y2025.count, chrono.events.filter((e) => e.year === "2025").length);
  assert.ok(y2025.count >= 6);
});

// The site model at archive scale: pagination links of bounded size, related articles without comparing every pair.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import type { Article, Tag } from "../../src/ingest/types.ts";
import { buildArchive, pageLinks, paginate, relateEntries, toEntry, type Entry } from "../../src/site/model.ts";
import { readSiteConfig } from "../../src/site/config.ts";
import { testArticle } from "../helpers/articles.ts";

const site = { ...readSiteConfig({}), url: "https://archives.test" };

function tag(i: number): Tag {
  return { kind: i % 2 ? "person" : "place", name: `Sujet ${i}`, slug: `sujet-${i}`, url: `/${i % 2 ? "personnes" : "lieux"}/sujet-${i}/` };
}

function article(i: number, date: string | null, tags: Tag[]): Article {
  return testArticle(`article-${String(i).padStart(6, "0")}`, date, {
    title: `Titre ${i}`,
    lede: `Chapô ${i}.`,
    blocks: [{ type: "paragraph", text: `Texte ${i}.`, line: 3 }],
    tags,
  });
}

function dateOf(day: number): string {
  return new Date(Date.UTC(2010, 0, 1) + day * 86_400_000).toISOString().slice(0, 10);
}

/** The related articles by their definition: every pair compared (shared tag weights, then time, then URL). */
function bruteForceRelated(entries: Entry[], max = 5, min = 3): Map<string, string[]> {
  const n = entries.length;
  const count = new Map<string, number>();
  const sets = entries.map((e) => [...new Set(e.tags.map((t) => t.url))]);
  for (const s of sets) for (const u of s) count.set(u, (count.get(u) ?? 0) + 1);
  const weight = (u: string) => Math.log(1 + n / count.get(u)!);
  const day = (e: Entry) => (e.date ? Date.parse(e.date.length === 7 ? `${e.date}-01` : e.date) / 86_400_000 : null);
  const out = new Map<string, string[]>();
  entries.forEach((e, i) => {
    const own = new Set(sets[i]);
    const scored = entries
      .map((o, j) => {
        let s = 0;
        for (const u of sets[j]) if (own.has(u)) s += weight(u);
        const a = day(e);
        const b = day(o);
        return { j, s, d: a === null || b === null ? Number.MAX_SAFE_INTEGER : Math.abs(a - b), url: o.url };
      })
      .filter((c) => c.j !== i);
    const order = (x: (typeof scored)[0], y: (typeof scored)[0]) => y.s - x.s || x.d - y.d || (x.url < y.url ? -1 : x.url > y.url ? 1 : 0);
    const sharing = scored.filter((c) => c.s > 0).sort(order).slice(0, max);
    const picked = sharing.map((c) => c.url);
    if (picked.length < min) picked.push(...scored.filter((c) => c.s === 0).sort(order).slice(0, min - picked.length).map((c) => c.url));
    out.set(e.url, picked);
  });
  return out;
}

test("a listing of at most 9 pages links to every page; a longer one to the first, the last and two on each side of the current one", () => {
  assert.deepEqual(pageLinks("/", 4, 9).map((l) => l.number), [1, 2, 3, 4, 5, 6, 7, 8, 9]);
  const middle = pageLinks("/2025/", 50, 200);
  assert.deepEqual(middle.map((l) => l.number), [1, 48, 49, 50, 51, 52, 200]);
  assert.deepEqual(middle.map((l) => l.gapBefore), [false, true, false, false, false, false, true]);
  assert.deepEqual(middle.filter((l) => l.current).map((l) => l.url), ["/2025/page/50/"]);
  assert.deepEqual(pageLinks("/", 1, 200).map((l) => l.number), [1, 2, 3, 200]);
  assert.deepEqual(pageLinks("/", 199, 200).map((l) => l.number), [1, 197, 198, 199, 200]);
  assert.deepEqual(pageLinks("/", 3, 10).map((l) => [l.number, l.gapBefore]), [[1, false], [2, false], [3, false], [4, false], [5, false], [10, true]]);
});

test("the pages of a 100,000-article listing hold a few links each, not one per page", () => {
  const entries = Array.from({ length: 100_000 }, (_, i) => ({ url: `/a/${i}/` }) as Entry);
  const pages = paginate("/", entries, 20);
  assert.equal(pages.length, 5000);
  assert.ok(pages.every((p) => p.links.length <= 7));
  assert.ok(pages.every((p) => p.links.some((l) => l.current && l.number === p.number)));
});

test("in archives whose tags stay under the window, related articles are exactly those of comparing every pair", () => {
  fc.assert(
    fc.property(
      fc.array(fc.record({ day: fc.option(fc.integer({ min: 0, max: 40 }), { freq: 6 }), tags: fc.uniqueArray(fc.integer({ min: 0, max: 7 }), { maxLength: 4 }) }), { minLength: 1, maxLength: 40 }),
      (specs) => {
        const entries = buildArchive(specs.map((s, i) => article(i, s.day === null ? null : dateOf(s.day), s.tags.map(tag))), site).entries;
        const expected = bruteForceRelated(entries);
        for (const e of entries) assert.deepEqual(e.related.map((r) => r.url), expected.get(e.url), e.url);
      },
    ),
    { numRuns: 150 },
  );
});

test("a tag on every article offers only the articles nearest in time, so relating grows linearly with the archive", () => {
  const everywhere = tag(0);
  const make = (n: number) =>
    Array.from({ length: n }, (_, i) => toEntry(article(i, dateOf(n - i), [everywhere, tag(1 + (i % 3)), tag(10 + (i % 7))]), site, "2025-01-01"));
  const time = (entries: Entry[]) => {
    let best = Infinity;
    for (let run = 0; run < 2; run++) {
      const t0 = performance.now();
      relateEntries(entries);
      best = Math.min(best, performance.now() - t0);
    }
    return best;
  };
  const small = make(2000);
  const large = make(16_000);
  const related = relateEntries(large);
  // An article in the middle gets neighbours within the window of the common tags, never from the far end.
  const mid = large[8000];
  for (const r of related.get(mid.url)!) assert.ok(Math.abs(Date.parse(r.date!) - Date.parse(mid.date!)) <= 200 * 86_400_000, r.url);
  // Eight times the articles: linear work takes about 8 times as long, comparing every pair 64 times.
  const ratio = time(large) / time(small);
  assert.ok(ratio < 24, `16,000 articles took ${ratio.toFixed(1)} × the time of 2,000`);
});

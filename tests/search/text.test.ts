// What search folds, keys and checks: the text rules shared by the index and the search page, and the index documents.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import {
  typingPause,
  TYPING_PAUSE_MS,
  foldForIndex,
  normaliseQuery,
  retypeset,
  phraseOf,
  significantTerms,
  answersTerm,
  nameKey,
} from "../../public/js/search-text.js";
import { toSearchDocument, nameVariants } from "../../src/search/records.ts";
import type { Entry } from "../../src/site/model.ts";

test("the index sees straight apostrophes, so Pagefind splits l’ONU into l and ONU", () => {
  assert.equal(foldForIndex("l’ONU et l‘Organisation, d´Abraham"), "l'ONU et l'Organisation, d'Abraham");
  assert.equal(foldForIndex("la 80ᵉ session"), "la 80e session");
  assert.equal(foldForIndex("Il a déclaré\u202F: «\u00A0paix\u00A0»"), "Il a déclaré\u202F: «\u00A0paix\u00A0»");
});

test("a query loses curly quotes and extra spaces and gets straight apostrophes", () => {
  assert.equal(normaliseQuery("  «\u00A0l’Ukraine\u00A0»  “ONU” "), "l'Ukraine ONU");
  assert.equal(normaliseQuery("accords d'Abraham"), "accords d'Abraham");
});

test("a query wholly between quotes of any kind is a phrase", () => {
  assert.equal(phraseOf("« mer d’Aral »"), "mer d'Aral");
  assert.equal(phraseOf('"mer d\'Aral"'), "mer d'Aral");
  assert.equal(phraseOf("“Nations unies”"), "Nations unies");
  assert.equal(phraseOf("mer « d’Aral »"), null);
  assert.equal(phraseOf('""'), null);
});

test("text shown back to readers gets its typographic apostrophes again", () => {
  assert.equal(retypeset("l'ONU et d'Abraham"), "l’ONU et d’Abraham");
  assert.equal(retypeset("'citation'"), "'citation'");
});

test("function words and elided letters do not count as query terms", () => {
  assert.deepEqual(significantTerms("Organisation de coopération de Shanghai"), ["organisation", "cooperation", "shanghai"]);
  assert.deepEqual(significantTerms("l’Ukraine"), ["ukraine"]);
});

test("an inflection or a longer word answers a term; a word that only shares a prefix does not", () => {
  assert.ok(answersTerm("négociations", "négocier"));
  assert.ok(answersTerm("diplomatiques", "diplomatie"));
  assert.ok(answersTerm("Turkmenistan", "Turkménistan"));
  assert.ok(answersTerm("ONU", "ONU"));
  assert.ok(!answersTerm("Ouattara", "ouverture"));
  assert.ok(!answersTerm("Privacy", "privilégie"));
  assert.ok(!answersTerm("UNESCO", "unies"));
  assert.ok(!answersTerm("unies", "universel"));
});

test("French, English and Russian-style spellings of a name share one key", () => {
  const same = [
    ["Tokaïev", "Tokayev", "Tokaev"],
    ["Poutine", "Putin"],
    ["Achgabat", "Ashgabat"],
    ["Berdymoukhamedov", "Berdimuhamedov"],
    ["Zelensky", "Zelenskyy", "Zelenski"],
    ["Nazarbaïev", "Nazarbayev"],
    ["Tachkent", "Tashkent"],
  ];
  for (const group of same) assert.equal(new Set(group.map(nameKey)).size, 1, group.join(" / "));
  assert.notEqual(nameKey("Astana"), nameKey("Ankara"));
});

test("folding and keys never throw and never grow a query's terms", () => {
  fc.assert(
    fc.property(fc.string(), (s) => {
      normaliseQuery(s);
      foldForIndex(s);
      retypeset(s);
      for (const t of significantTerms(s)) assert.equal(typeof nameKey(t), "string");
    }),
  );
});

function entry(over: Partial<Entry>): Entry {
  return {
    source: "seeds/x.txt",
    url: "/2025/09/x/",
    slug: "x",
    title: "Tokaïev à l’ONU",
    titleSource: "text",
    lede: "Le président a parlé devant l’Assemblée générale.",
    date: "2025-09-23",
    dateSource: "header",
    dateEvidence: "",
    dateCertain: true,
    blocks: [
      { type: "paragraph", text: "Kassym-Jomart Tokaïev a rencontré Poutine.", line: 3 },
      { type: "credit", text: "© Photo Privacy", line: 4 },
      { type: "bibliography", text: "Tokayev addresses UN – https://example.org", line: 5 },
    ],
    tags: [{ kind: "org", name: "ONU", slug: "onu", url: "/organisations/onu/" }],
    removed: [],
    draft: false,
    hash: "",
    year: "2025",
    month: "09",
    dateLabel: "23 septembre 2025",
    readingMinutes: 1,
    ...over,
  } as Entry;
}

test("the index document holds the folded title and body, not credits, references or the date as text", () => {
  const { url, html } = toSearchDocument(entry({}));
  assert.equal(url, "/2025/09/x/");
  const body = html.slice(html.indexOf("<main"), html.indexOf("</main>"));
  assert.match(body, /<h1 data-pagefind-meta="title" data-pagefind-weight="\d+">Tokaïev à l'ONU<\/h1>/);
  assert.match(body, /devant l'Assemblée/);
  assert.doesNotMatch(body, /Privacy|example\.org|2025|septembre/);
  assert.match(html, /data-pagefind-filter="organisations">ONU</);
  assert.match(html, /data-pagefind-filter="année">2025</);
  assert.match(html, /data-pagefind-sort="date">2025-09-23</);
});

test("an undated article still has a date sort key, so sorting by date keeps it (last)", () => {
  const { html } = toSearchDocument(entry({ date: null, year: null, month: null }));
  assert.match(html, /data-pagefind-sort="date">0000</);
  assert.doesNotMatch(html, /data-pagefind-filter="année"/);
});

test("article text is escaped in the index document, never markup", () => {
  const { html } = toSearchDocument(entry({ title: "<script>alert(1)</script>", lede: "a & b <img src=x>" }));
  assert.doesNotMatch(html, /<script>|<img/);
  assert.match(html, /&lt;script&gt;/);
});

test("name keys are kept only for capitalised names spelt differently from their key", () => {
  assert.deepEqual(nameVariants(["Kassym-Jomart Tokaïev a rencontré Poutine à Ashgabat devant Astana."]), ["asgabat", "kasim", "putin", "tokaev"]);
});

test("the pause that starts a search follows the reader's rhythm: twice their median gap, within 100–300 ms", () => {
  assert.equal(typingPause([]), TYPING_PAUSE_MS, "before a second keystroke, the default pause");
  assert.equal(typingPause([60, 62, 58, 61]), 122, "a fast typist: twice the higher middle gap, 61");
  assert.equal(typingPause([60, 60, 400, 60, 60]), 120, "one slow gap does not move the median");
  assert.equal(typingPause([30, 30, 30]), 100, "never under 100 ms");
  assert.equal(typingPause([220, 250, 240]), 300, "a slow typist waits at most 300 ms");
  assert.equal(typingPause([5000, 80]), 160, "a gap over a second starts a new burst and says nothing of the rhythm");
  assert.equal(typingPause([500, 500, 500, 500, 500, 60, 60, 60, 60, 60]), 120, "only the last five gaps count");
});

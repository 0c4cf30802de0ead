// Other spellings of tags: the table the build writes once, and how the search page rewrites a query with it.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { aliasLookup, rewriteAliases, wordFilter, mayHaveWord } from "../../public/js/search-text.js";
import { topicTable } from "../../src/search/aliases.ts";
import { toSearchDocument } from "../../src/search/records.ts";
import type { Tag } from "../../src/ingest/types.ts";
import type { Entry } from "../../src/site/model.ts";

const ONU: Tag = { kind: "org", name: "ONU", slug: "onu", url: "/organisations/onu/" };
const ASTANA: Tag = { kind: "place", name: "Astana", slug: "astana", url: "/lieux/astana/" };
const TOKAIEV: Tag = { kind: "person", name: "Kassym-Jomart Tokaïev", slug: "kassym-jomart-tokaiev", url: "/personnes/kassym-jomart-tokaiev/" };

test("the topic table lists each tag of the archive once, by URL, with its number of articles and its other spellings", () => {
  const rows = topicTable([[ONU, ASTANA], [ASTANA], [TOKAIEV, ASTANA, ASTANA]]);
  assert.deepEqual(
    rows.map(([name, url, kind, count]) => [name, url, kind, count]),
    [
      ["Astana", "/lieux/astana/", "place", 3],
      ["ONU", "/organisations/onu/", "org", 1],
      ["Kassym-Jomart Tokaïev", "/personnes/kassym-jomart-tokaiev/", "person", 1],
    ],
  );
  const aliases = new Map(rows.map((r) => [r[0], r[4]]));
  assert.ok(aliases.get("Astana")!.includes("Nour-Soultan"));
  assert.ok(aliases.get("ONU")!.some((a) => /Nations unies/i.test(a)));
  // A spelling the name already answers once folded (no accent) is not repeated.
  assert.ok(!aliases.get("Kassym-Jomart Tokaïev")!.includes("Kassym-Jomart Tokaiev"));
  assert.ok(aliases.get("Kassym-Jomart Tokaïev")!.includes("Tokayev"));
});

test("a query naming another spelling of a tag is rewritten to the tag's name, the longest spelling first", () => {
  const lookup = aliasLookup(topicTable([[ONU, ASTANA, TOKAIEV]]));
  // The other words come folded, as Pagefind compares them (without accents, in lower case).
  assert.deepEqual(rewriteAliases("Nour-Soultan", lookup), { query: "Astana", onlyNames: true });
  assert.deepEqual(rewriteAliases("sommet de Nur Sultan", lookup), { query: "sommet de Astana", onlyNames: false });
  assert.deepEqual(rewriteAliases("Tokayev", lookup), { query: "Kassym Jomart Tokaïev", onlyNames: true });
  assert.deepEqual(rewriteAliases("Kassym-Zhomart Tokayev à New York", lookup), {
    query: "Kassym Jomart Tokaïev a new york",
    onlyNames: false,
  });
  assert.deepEqual(rewriteAliases("l’ONU et les Nations unies", lookup), { query: "l onu et les ONU", onlyNames: false });
  assert.equal(rewriteAliases("Astana", lookup), null);
  assert.equal(rewriteAliases("sécurité", lookup), null);
});

test("rewriting never throws and leaves a query without aliases alone", () => {
  const lookup = aliasLookup(topicTable([[ONU, ASTANA, TOKAIEV]]));
  fc.assert(
    fc.property(fc.string(), (q) => {
      const r = rewriteAliases(q, lookup);
      assert.ok(r === null || (typeof r.query === "string" && r.query.length > 0));
    }),
  );
});

test("an index document carries the article's tag names once, people first, and no alias text", () => {
  const e = {
    url: "/2025/09/x/",
    title: "Titre",
    lede: "",
    date: "2025-09-23",
    year: "2025",
    blocks: [{ type: "paragraph", text: "Le président à Nour-Soultan.", line: 3 }],
    tags: [ONU, ASTANA, TOKAIEV],
  } as unknown as Entry;
  const { html } = toSearchDocument(e);
  assert.match(html, /data-pagefind-meta="sujets">Kassym-Jomart Tokaïev; Astana; ONU</);
  assert.doesNotMatch(html, /Tokayev|Nations unies|data-pagefind-meta="(aliases|tags)"/);
  assert.ok(html.length < 1500, `${html.length} characters`);
});

test("the word filter of alias first words holds every word it was given and few others, the same bytes every time", () => {
  const words = Array.from({ length: 400 }, (_, i) => `nom${i}ov`);
  const filter = wordFilter(words);
  assert.deepEqual(wordFilter([...words].reverse()), filter);
  for (const w of words) assert.ok(mayHaveWord(filter, w), w);
  const others = Array.from({ length: 2000 }, (_, i) => `autre${i}`);
  const falsePositives = others.filter((w) => mayHaveWord(filter, w)).length;
  assert.ok(falsePositives < others.length * 0.05, `${falsePositives} of ${others.length} other words pass`);
  // About ten bits per word: 400 words in about 500 bytes, far less than the aliases themselves.
  assert.ok(filter.bits.length < 700, `${filter.bits.length} base64 characters`);
  assert.equal(mayHaveWord(null, "astana"), true, "no filter: every word may be an alias");
});

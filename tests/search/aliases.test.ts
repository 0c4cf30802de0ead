// Other spellings of tags: the table the build writes once, and how the search page rewrites a query with it.
import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { aliasLookup, rewriteAliases, wordFilter, mayHaveWord, splitWords, wordPart } from "../../public/js/search-text.js";
import { aliasParts, aliasRows, topicTable } from "../../src/search/aliases.ts";
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

test("a query naming another spelling of a tag names the tag (its filter) and the tag's name, the longest spelling first", () => {
  const lookup = aliasLookup(aliasRows(topicTable([[ONU, ASTANA, TOKAIEV]])));
  const astana = { filter: "lieux", name: "Astana" };
  const tokaiev = { filter: "personnes", name: "Kassym-Jomart Tokaïev" };
  // The rewritten query's other words come folded, as the terms a result must answer; `rest` keeps them as written.
  assert.deepEqual(rewriteAliases("Nour-Soultan", lookup), { query: "Astana", tags: [astana], rest: "", onlyNames: true });
  assert.deepEqual(rewriteAliases("sommet de Nur Sultan", lookup), { query: "sommet de Astana", tags: [astana], rest: "sommet", onlyNames: false });
  assert.deepEqual(rewriteAliases("Tokayev", lookup), { query: "Kassym Jomart Tokaïev", tags: [tokaiev], rest: "", onlyNames: true });
  assert.deepEqual(rewriteAliases("Kassym-Zhomart Tokayev à New York", lookup), {
    query: "Kassym Jomart Tokaïev a new york",
    tags: [tokaiev],
    rest: "New York",
    onlyNames: false,
  });
  assert.deepEqual(rewriteAliases("l’ONU et les Nations unies", lookup), {
    query: "l onu et les ONU",
    tags: [{ filter: "organisations", name: "ONU" }],
    rest: "ONU",
    onlyNames: false,
  });
  // Two spellings of one tag name it once; two tags are both named.
  assert.deepEqual(rewriteAliases("Nur-Sultan Nour-Soultan Tokayev", lookup)?.tags, [astana, tokaiev]);
  assert.equal(rewriteAliases("Astana", lookup), null);
  assert.equal(rewriteAliases("sécurité", lookup), null);
});

test("the alias table gives each tag with other spellings its Pagefind filter, the one its articles are filed under", () => {
  const rows = aliasRows(topicTable([[ONU, ASTANA, TOKAIEV]]));
  assert.deepEqual(
    rows.map(([name, filter]) => [name, filter]),
    [
      ["Astana", "lieux"],
      ["ONU", "organisations"],
      ["Kassym-Jomart Tokaïev", "personnes"],
    ],
  );
  const e = { url: "/x/", title: "T", lede: "", date: null, year: null, blocks: [], tags: [ONU, ASTANA, TOKAIEV] } as unknown as Entry;
  const html = toSearchDocument(e).html;
  for (const [name, filter] of rows) assert.ok(html.includes(`<span data-pagefind-filter="${filter}">${name}</span>`), name);
});

test("the alias table is split in files of about the size asked, each spelling once, in the file its first word leads to", () => {
  const rows = aliasRows(topicTable([[ONU, ASTANA, TOKAIEV]]));
  const size = JSON.stringify(rows).length;
  assert.equal(aliasParts(rows, size).length, 1);
  const parts = aliasParts(rows, 100);
  assert.equal(parts.length, Math.ceil(size / 100));
  for (const [i, part] of parts.entries()) {
    for (const [, , spellings] of part) for (const a of spellings) assert.equal(wordPart(splitWords(a)[0], parts.length), i, a);
  }
  const spellings = (rs: typeof rows) => rs.flatMap(([name, filter, list]) => list.map((a) => `${name}|${filter}|${a}`)).sort();
  assert.deepEqual(spellings(parts.flat()), spellings(rows));
  // A query's lookup from the file its words lead to rewrites it as the whole table would.
  const q = "sommet de Nur Sultan";
  assert.deepEqual(rewriteAliases(q, aliasLookup(parts[wordPart("nur", parts.length)])), rewriteAliases(q, aliasLookup(rows)));
});

test("rewriting never throws and leaves a query without aliases alone", () => {
  const lookup = aliasLookup(aliasRows(topicTable([[ONU, ASTANA, TOKAIEV]])));
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

// Article text kept on disk during a build: the same articles, entries and search documents as with the text in memory.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import v8 from "node:v8";
import { readFileSync, rmSync } from "node:fs";
import { ingestFolder } from "../../src/ingest/index.ts";
import { IngestCache } from "../../src/build-cache.ts";
import { buildArchive } from "../../src/site/model.ts";
import { toSearchDocument } from "../../src/search/records.ts";
import { TextStore, spillArticle } from "../../src/text-store.ts";
import { mergeInOrder } from "../../src/ingest/read.ts";
import { knownEvents } from "../../src/chronology/build.ts";
import type { Article, Problem } from "../../src/ingest/types.ts";
import { tempDir } from "../helpers/tmp.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
// Duplicates (renamed by the duplicate check), drafts, broken files: every path the ingest can take.
const HOSTILE = path.join(ROOT, "tests/fixtures/hostile");
const SEEDS = path.join(ROOT, "seeds");

test("articles ingested into a text store serialise exactly as those kept in memory, with no text of their own", async () => {
  for (const dir of [HOSTILE, SEEDS]) {
    for (const threads of [1, 2]) {
      const store = new TextStore();
      try {
        const memory = await ingestFolder(dir, { threads, events: true });
        const spilled = await ingestFolder(dir, { threads, events: true, store, cache: new IngestCache() });
        assert.equal(JSON.stringify(spilled), JSON.stringify(memory), `${dir}, ${threads} thread(s)`);
        assert.ok(spilled.articles.length > 0);
        for (const a of spilled.articles) {
          assert.ok(!Object.hasOwn(a, "blocks") && !Object.hasOwn(a, "removed"), a.source);
          assert.ok(a.blocks.length > 0 || a.lede !== "", a.source);
        }
        assert.ok(store.bytes > 0);
      } finally {
        store.close();
      }
    }
  }
});

test("entries and search documents made from spilled articles are those made from articles in memory", async () => {
  const store = new TextStore();
  try {
    const memory = buildArchive((await ingestFolder(HOSTILE, { events: true })).articles);
    const spilled = buildArchive((await ingestFolder(HOSTILE, { events: true, store })).articles);
    assert.equal(spilled.entries.length, memory.entries.length);
    spilled.entries.forEach((e, i) => {
      const m = memory.entries[i];
      assert.deepEqual(e.blocks, m.blocks);
      assert.deepEqual(e.removed, m.removed);
      assert.deepEqual(e.body, m.body);
      assert.deepEqual(e.toc, m.toc);
      assert.equal(e.readingMinutes, m.readingMinutes);
      assert.deepEqual(toSearchDocument(e), toSearchDocument(m));
    });
    assert.equal(JSON.stringify(spilled.chronology), JSON.stringify(memory.chronology));
  } finally {
    store.close();
  }
});

test("a store reads back many articles in any order, past its write buffer", () => {
  const store = new TextStore();
  try {
    const texts = Array.from({ length: 300 }, (_, i) => ({
      blocks: [{ type: "paragraph" as const, text: `Paragraphe n° ${i} : « l’État » ${"é".repeat(i * 20)}`, line: i + 1 }],
      removed: i % 2 ? [{ line: 1, text: `ligne ${i}`, reason: "site furniture" }] : [],
    }));
    const refs = texts.map((t) => store.put(t));
    assert.ok(store.bytes > 1 << 20, "more than the write buffer");
    for (const i of [299, 0, 150, 150, 7, 298]) assert.deepEqual(store.get(refs[i]), texts[i]);
  } finally {
    store.close();
  }
});

test("reading an article after its store is closed fails with a clear message", () => {
  const store = new TextStore();
  const a: Article = {
    source: "seeds/x.txt", url: "/2025/01/x/", slug: "x", title: "X", titleSource: "text", lede: "", date: "2025-01-02",
    dateSource: "header", dateEvidence: "", dateCertain: true, blocks: [{ type: "paragraph", text: "Texte.", line: 3 }],
    tags: [], removed: [], draft: false, hash: "0",
  };
  const spilled = spillArticle(a, store);
  assert.deepEqual(spilled.blocks, a.blocks);
  assert.equal(JSON.stringify(spilled), JSON.stringify(a), "the same fields in the same order");
  store.close();
  assert.throws(() => spilled.blocks, /text store was read after the build closed it/);
});

test("a spilled article copied by spreading, then given text of its own, keeps that text", () => {
  const store = new TextStore();
  try {
    const a = spillArticle({
      source: "s", url: "/u/", slug: "u", title: "T", titleSource: "text", lede: "", date: null, dateSource: "none",
      dateEvidence: "", dateCertain: false, blocks: [{ type: "paragraph", text: "Un.", line: 1 }], tags: [], removed: [], draft: false, hash: "h",
    }, store);
    a.blocks = [{ type: "paragraph", text: "Deux.", line: 2 }];
    assert.equal(a.blocks[0].text, "Deux.");
  } finally {
    store.close();
  }
});

test("problems found reading files are merged with the listing's in file name order", () => {
  const p = (source: string): Problem => ({ source, line: 1, severity: "warning", message: "m" });
  // Listing: b/ (a folder, before file 1 "c.txt"), z.docx (after the last file, index 2); read errors: a.txt (0), d.txt (2).
  const merged = mergeInOrder([p("b"), p("z.docx")], [1, 3], [{ at: 0, problem: p("a.txt") }, { at: 2, problem: p("d.txt") }]);
  assert.deepEqual(merged.map((x) => x.source), ["a.txt", "b", "d.txt", "z.docx"]);
});

test("a folder larger than what is held for parsing ingests the same with the cache as without", async () => {
  const dir = tempDir("ingest-many-");
  // Files read to look them up in the cache and not kept are read again to be parsed.
  for (const name of await readdir(SEEDS)) {
    if (!name.endsWith(".txt")) continue;
    const text = await readFile(path.join(SEEDS, name), "utf8");
    for (let k = 0; k < 3; k++) await writeFile(path.join(dir, `${k}-${name}`), `${text}\n\nCopie ${k}.\n`);
  }
  const plain = await ingestFolder(dir, { threads: 2 });
  const cache = new IngestCache();
  const cold = await ingestFolder(dir, { threads: 2, cache, holdBytes: 20_000 });
  const warm = await ingestFolder(dir, { threads: 2, cache, holdBytes: 20_000 });
  assert.equal(JSON.stringify(cold), JSON.stringify(plain));
  assert.equal(JSON.stringify(warm), JSON.stringify(plain));
  assert.equal(cache.misses, plain.articles.length);
});

/** Holds a value under a class name the heap snapshot shows, to find it there. */
class HeldForHeapTest {
  constructor(readonly value: unknown) {}
}

/**
 * The texts that the sliced strings reachable from `held` are views into (V8 cuts a substring of 13 characters or
 * more that way: it keeps the whole text alive as long as it lives).
 */
function slicedParentsFrom(held: HeldForHeapTest): string[] {
  const file = v8.writeHeapSnapshot(path.join(tmpdir(), `archive-heap-${process.pid}.heapsnapshot`));
  assert.ok(held.value);
  try {
    const snap = JSON.parse(readFileSync(file, "utf8")) as {
      snapshot: { meta: { node_fields: string[]; node_types: [string[]]; edge_fields: string[]; edge_types: [string[]] } };
      nodes: number[];
      edges: number[];
      strings: string[];
    };
    const { node_fields: nf, node_types: [types], edge_fields: ef, edge_types: [edgeTypes] } = snap.snapshot.meta;
    const [N, E] = [nf.length, ef.length];
    const [type, name, edgeCount] = [nf.indexOf("type"), nf.indexOf("name"), nf.indexOf("edge_count")];
    const [edgeType, toNode] = [ef.indexOf("type"), ef.indexOf("to_node")];
    const firstEdge = new Map<number, number>();
    let root = -1;
    for (let n = 0, e = 0; n < snap.nodes.length; e += snap.nodes[n + edgeCount] * E, n += N) {
      firstEdge.set(n, e);
      if (types[snap.nodes[n + type]] === "object" && snap.strings[snap.nodes[n + name]] === "HeldForHeapTest") root = n;
    }
    assert.ok(root >= 0, "the held value is in the snapshot");
    // Everything the held value reaches through properties, elements and V8's internal links (a string's parts).
    const seen = new Set([root]);
    const todo = [root];
    const out: string[] = [];
    while (todo.length) {
      const n = todo.pop()!;
      const kind = types[snap.nodes[n + type]];
      for (let k = 0, e = firstEdge.get(n)!; k < snap.nodes[n + edgeCount]; k++, e += E) {
        const to = snap.edges[e + toNode];
        if (kind === "sliced string" && types[snap.nodes[to + type]] === "string") out.push(snap.strings[snap.nodes[to + name]]);
        if (seen.has(to) || !["property", "element", "internal"].includes(edgeTypes[snap.edges[e + edgeType]])) continue;
        // Not into code, prototypes' functions and the like: the data only.
        if (!["object", "array", "string", "concatenated string", "sliced string"].includes(types[snap.nodes[to + type]])) continue;
        seen.add(to);
        todo.push(to);
      }
    }
    return out;
  } finally {
    rmSync(file, { force: true });
  }
}

test("an ingested article in a text store keeps none of its seed's text in memory, parsed in either thread or cached", async () => {
  // A title, a dated lede (a chronology event, its evidence cut from the text), then paragraphs; every other seed dates
  // its lede to the month only and a later paragraph to the day, which gives its date a note quoting both.
  const dir = tempDir("archive-heap-");
  const body = Array.from({ length: 40 }, (_, i) => `Les deux délégations ont aussi parlé de l’eau, des routes et du commerce entre les deux pays (n° ${i + 1}).`).join("\n\n");
  for (let i = 0; i < 20; i++) {
    const lede = i % 2 ? "En mars 2024, à Astana" : "Le 2 mars 2024, à Astana";
    const later = i % 2 ? "\n\nIls se sont revus le 5 avril 2024 à Tachkent pour la suite des discussions." : "";
    await writeFile(path.join(dir, `seed-${String(i).padStart(3, "0")}.txt`), `Le Kazakhstan et l’Ouzbékistan, dossier ${i}\n\n${lede}, les deux ministres ont signé un accord sur l’eau, le ${i}e de la série.${later}\n\n${body}\n`);
  }
  // This thread, a worker (its results cloned), a worker through the cache (its results as JSON text).
  for (const [threads, cache] of [[1, undefined], [2, undefined], [2, new IngestCache()]] as const) {
    const store = new TextStore();
    try {
      const result = await ingestFolder(dir, { threads, events: true, store, cache });
      assert.equal(result.articles.length, 20);
      assert.ok(result.articles.every((a) => a.lede.includes("mars 2024, à Astana")));
      assert.ok(result.articles.some((a) => a.dateNote?.includes("le 5 avril 2024")), "some dates have a note quoting the text");
      // Each article's events, found while parsing, wait for the chronology beside it.
      const events = result.articles.map((a) => knownEvents.get(a) ?? []);
      assert.ok(events.every((list) => list.length > 0));
      // The seeds' text is in the store: a title, a lede or an event's words cut from it must not keep it in memory.
      const held = slicedParentsFrom(new HeldForHeapTest({ result, events })).filter((t) => t.includes("dossier") && t.includes("délégations"));
      assert.equal(held.length, 0, `${threads} thread(s)${cache ? ", cached" : ""}: ${held.length} seed texts held, e.g. ${JSON.stringify(held[0]?.slice(0, 60))}`);
    } finally {
      store.close();
    }
  }
});

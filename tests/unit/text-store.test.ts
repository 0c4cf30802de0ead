// Article text kept on disk during a build: the same articles, entries and search documents as with the text in memory.
import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtemp, readdir, readFile, writeFile } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { ingestFolder } from "../../src/ingest/index.ts";
import { IngestCache } from "../../src/build-cache.ts";
import { buildArchive } from "../../src/site/model.ts";
import { toSearchDocument } from "../../src/search/records.ts";
import { TextStore, spillArticle } from "../../src/text-store.ts";
import { mergeInOrder } from "../../src/ingest/read.ts";
import type { Article, Problem } from "../../src/ingest/types.ts";

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
  const dir = await mkdtemp(path.join(tmpdir(), "ingest-many-"));
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

// The ingest reads the five seeds the way the editor's truth file does (tests/fixtures/ingest/seeds-truth.json).
import { test, before } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { readFileSync } from "node:fs";
import { ingestFolder } from "../../src/ingest/index.ts";
import type { Article } from "../../src/ingest/types.ts";
import { linesOf, readTruth, TRUTH_BLOCK_FIELDS } from "../helpers/truth.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const truth = readTruth(path.join(ROOT, "tests/fixtures/ingest/seeds-truth.json"));

const byName = new Map<string, Article>();
before(async () => {
  const r = await ingestFolder(path.join(ROOT, "seeds"));
  for (const a of r.articles) byName.set(path.basename(a.source), a);
});

const names = Object.keys(truth);

test("all five seeds are published", () => {
  assert.deepEqual([...byName.keys()].sort(), [...names].sort());
});

test("each seed's date is one the editor accepts", () => {
  for (const n of names) assert.ok(truth[n].date.includes(byName.get(n)!.date ?? "null"), `${n}: ${byName.get(n)!.date}`);
});

test("001's date is uncertain: its first date is month-only and conflicts with the 80th General Assembly", () => {
  const a = byName.get("001_69ea437eb6c3b9d1.txt")!;
  assert.equal(a.dateCertain, false);
});

test("the ' date ' headers of 003 and 004 are certain header dates and are cut from the lede", () => {
  for (const n of ["003_2ce4f8cb43b28473.txt", "004_59a7decd111426f4.txt"]) {
    const a = byName.get(n)!;
    assert.equal(a.dateSource, "header");
    assert.equal(a.dateCertain, true);
    assert.ok(!/date \d{4}/.test(a.lede) && !/date \d{4}/.test(a.title), `${n}: header leaks`);
    const cut = a.removed.find((r) => r.line === 1 && /date header/.test(r.reason));
    assert.ok(cut && cut.text.trim() === `date ${a.date}`, `${n}: header not removed as a partial line`);
  }
});

test("headings, list items, quotes, credits and bibliography entries sit on the editor's lines", () => {
  for (const n of names) {
    const a = byName.get(n)!;
    for (const [field, type] of TRUTH_BLOCK_FIELDS) assert.deepEqual(linesOf(a, type), truth[n][field], `${n} ${type}`);
  }
});

test("the line holding two references (001 line 37) is split into two bibliography entries", () => {
  const a = byName.get("001_69ea437eb6c3b9d1.txt")!;
  const refs = a.blocks.filter((b) => b.line === 37);
  assert.equal(refs.length, 2);
  assert.match(refs[1].text, /^Makasheva, K\. \(2006\)/);
});

test("the lede is the editor's lede line and the headline the editor's headline", () => {
  for (const n of names) {
    const a = byName.get(n)!;
    assert.deepEqual([a.ledeLine], truth[n].lede_lines, `${n} lede`);
    if (truth[n].headline) {
      assert.equal(a.titleSource, "text", n);
      assert.equal(a.title, truth[n].headline);
      assert.equal(a.titleLine, truth[n].headline_line);
    } else {
      assert.equal(a.titleSource, "derived", n);
      assert.ok(a.title.length <= 110 && a.title.length >= 20, `${n}: ${a.title}`);
      assert.ok(!/[,;:]$|\s(?:le|la|les|de|du|des|et|à)$/i.test(a.title), `${n}: dangling end in ${a.title}`);
    }
  }
});

test("none of 002's furniture lines reaches a block, the lede or the title, and each has a reason", () => {
  const a = byName.get("002_30f25b5be62d5f48.txt")!;
  const furniture = truth["002_30f25b5be62d5f48.txt"].boilerplate_lines;
  for (let line = 27; line <= 52; line++) assert.ok(!a.blocks.some((b) => b.line === line), `line ${line} published`);
  for (const line of furniture) assert.ok(a.removed.some((r) => r.line === line && r.reason.length > 0), `line ${line} not removed`);
  assert.ok(!/Ouattara|Tennessee|Hezbollah|Privacy/.test([a.title, a.lede].join(" ")));
});

test("every line of every seed is published (block, title or lede) or removed with a reason", () => {
  for (const n of names) {
    const a = byName.get(n)!;
    const raw = readFileSync(path.join(ROOT, "seeds", n), "utf8").replace(/\r?\n$/, "").split(/\r\n|\r|\n/);
    const seen = new Set<number>([...a.blocks.map((b) => b.line), ...a.removed.map((r) => r.line)]);
    if (a.titleLine) seen.add(a.titleLine);
    if (a.ledeLine) seen.add(a.ledeLine);
    for (let i = 1; i <= raw.length; i++) assert.ok(seen.has(i), `${n}: line ${i} lost`);
  }
});

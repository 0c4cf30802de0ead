// Hand-written articles shaped like other news sites: breadcrumbs, section labels, date lines, bylines, datelines,
// captions, paywalls, share prompts and "À lire aussi" teasers (tests/fixtures/ingest/sites/).
import { test, before } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { ingestFolder } from "../../src/ingest/index.ts";
import type { Article } from "../../src/ingest/types.ts";

const DIR = path.resolve(import.meta.dirname, "../fixtures/ingest/sites");
const byName = new Map<string, Article>();
before(async () => {
  const r = await ingestFolder(DIR);
  for (const a of r.articles) byName.set(path.basename(a.source), a);
});

const published = (a: Article) => [a.title, a.lede, ...a.blocks.map((b) => b.text)].join("\n");
const reasonOf = (a: Article, line: number) => a.removed.find((r) => r.line === line)?.reason ?? "";

test("a subscriber site's head: breadcrumb, section label, date line, paywall and reading time are removed, the byline is a credit; the headline is the title", () => {
  const a = byName.get("site-abonnes.txt")!;
  assert.equal(a.title, "Le Kazakhstan accueille à Astana un sommet régional sur le partage de l’eau");
  assert.deepEqual([a.titleSource, a.titleLine, a.ledeLine], ["text", 3, 9]);
  assert.match(reasonOf(a, 1), /breadcrumb/);
  assert.match(reasonOf(a, 2), /section label/);
  assert.match(reasonOf(a, 4), /date line/);
  assert.deepEqual(a.blocks.find((b) => b.line === 5), { type: "credit", text: "Par Jeanne Dupont", line: 5 });
  assert.match(reasonOf(a, 6), /paywall/);
  assert.match(reasonOf(a, 7), /reading time/);
});

test("the date line under the headline gives a certain publication date with its words as evidence", () => {
  const a = byName.get("site-abonnes.txt")!;
  assert.deepEqual([a.date, a.dateSource, a.dateEvidence, a.dateCertain], ["2024-03-04", "text", "mardi 4 mars 2024", true]);
});

test("a photo caption ending with © is published as a credit; paywall, share and cookie prompts and teasers are not", () => {
  const a = byName.get("site-abonnes.txt")!;
  assert.deepEqual(a.blocks.map((b) => [b.line, b.type]), [[5, "credit"], [11, "paragraph"], [12, "credit"], [13, "paragraph"]]);
  const text = published(a);
  for (const s of ["Il vous reste", "Se connecter", "Partager", "Facebook", "Ouzbékistan", "Tachkent", "Turkménistan", "cookies", "Tout accepter"]) assert.ok(!text.includes(s), s);
  for (const line of [20, 21, 22]) assert.match(reasonOf(a, line), /after 'À lire aussi'/);
});

test("an agency dispatch is dated by its dateline, which stays in the published lede", () => {
  const a = byName.get("depeche-agence.txt")!;
  assert.deepEqual([a.date, a.dateCertain, a.dateEvidence], ["2024-03-04", true, "ALMATY, 4 mars 2024 (agence) –"]);
  assert.match(a.lede, /^ALMATY, 4 mars 2024 \(agence\) – Le Kazakhstan/);
  assert.equal(a.titleLine, 1);
});

test("a dispatch's quote with its attribution is a quote, 'Photo :' a credit, and 'Sur le même sujet' teasers and comment prompts are removed", () => {
  const a = byName.get("depeche-agence.txt")!;
  assert.deepEqual(a.blocks.map((b) => [b.line, b.type]), [[3, "paragraph"], [4, "quote"], [5, "credit"]]);
  assert.deepEqual(a.removed.map((r) => r.line), [6, 7, 8, 9, 10]);
  assert.match(reasonOf(a, 7), /after 'Sur le même sujet'/);
});

test("an inline 'À lire aussi : …' link is removed alone and the article goes on; 'Publié le' dates the article", () => {
  const a = byName.get("teaser-en-ligne.txt")!;
  assert.deepEqual([a.date, a.dateCertain], ["2025-05-12", true]);
  assert.match(reasonOf(a, 2), /date line/);
  assert.match(reasonOf(a, 4), /À lire aussi/);
  assert.match(reasonOf(a, 10), /tag list/);
  assert.deepEqual(a.blocks.map((b) => [b.line, b.type]), [[5, "paragraph"], [6, "paragraph"], [7, "list-item"], [8, "list-item"], [9, "list-item"]]);
  assert.equal(a.ledeLine, 3);
});

test("a national daily's head: section labels, 'Publié le … modifié le …', reader tools and paywall go, the byline is a credit; the standfirst is the lede", () => {
  const a = byName.get("quotidien-national.txt")!;
  assert.deepEqual([a.titleLine, a.ledeLine], [3, 4]);
  assert.deepEqual([a.date, a.dateCertain], ["2025-09-10", true]);
  for (const line of [1, 2, 6, 7, 8, 9, 10]) assert.ok(reasonOf(a, line), `line ${line} kept`);
  assert.equal(a.blocks.find((b) => b.line === 5)?.type, "credit");
  assert.match(reasonOf(a, 13), /Lire aussi/);
});

test("a caption ending with 'AGENCY / AFP' is a credit; the author's name the byline credits already, 'Contribuer' and 'Réutiliser ce contenu' after the text are removed", () => {
  const a = byName.get("quotidien-national.txt")!;
  assert.deepEqual(a.blocks.map((b) => [b.line, b.type]), [[5, "credit"], [11, "credit"], [12, "paragraph"], [14, "paragraph"]]);
  assert.match(reasonOf(a, 15), /signature \(the author, credited in the byline\)/);
  assert.match(reasonOf(a, 16), /reader tool/);
  assert.match(reasonOf(a, 17), /reader tool/);
});

test("a blog's meta line 'Publié par admin | date | rubrique' dates the post; share and like prompts and similar articles go", () => {
  const a = byName.get("blog-wordpress.txt")!;
  assert.deepEqual([a.title, a.date, a.dateCertain], ["Kazakhstan : Tokaïev reçoit Macron à Astana", "2023-11-02", true]);
  assert.deepEqual(a.blocks.map((b) => [b.line, b.type]), [[4, "paragraph"], [5, "credit"]]);
  assert.deepEqual(a.removed.map((r) => r.line), [2, 6, 7, 8, 9, 10, 11, 12, 13]);
});

test("a regional portal: the site's name is not the headline; time stamp, share counts, comment form and consent panel go, the byline is a credit", () => {
  const a = byName.get("portail-regional.txt")!;
  assert.deepEqual([a.title, a.titleLine, a.ledeLine], ["Astana accueille le premier forum des ministres de l’Eau d’Asie centrale", 3, 8]);
  assert.deepEqual(a.blocks.map((b) => [b.line, b.type]), [[5, "credit"], [9, "paragraph"]]);
  assert.match(reasonOf(a, 1), /section label/);
  assert.match(reasonOf(a, 12), /comment form/);
  assert.match(reasonOf(a, 18), /after 'Privacy Preference Center' \(cookie consent panel\)/);
  assert.ok(a.removed.every((r) => r.line !== 3 && r.line !== 8 && r.line !== 9));
});

test("an article whose text gives no date stays undated: '09h15' and 'd’ici 2030' are not publication dates", () => {
  const a = byName.get("portail-regional.txt")!;
  assert.deepEqual([a.date, a.dateSource], [null, "none"]);
  assert.match(a.url, /^\/sans-date\//);
});

test("an interview: a headline opening with a quotation is the title; its questions are its text; image names and counters go, an embedded post's author is credited", () => {
  const a = byName.get("entretien-citation.txt")!;
  assert.equal(a.titleLine, 2);
  assert.match(a.title, /^« Le Kazakhstan est prêt/);
  assert.deepEqual([a.date, a.dateCertain], ["2025-10-14", true]);
  // The answer above the post's author, in French, stays the answer: the post's own words were not copied.
  assert.deepEqual(a.blocks.map((b) => [b.line, b.type]), [[6, "paragraph"], [7, "paragraph"], [8, "credit"], [9, "paragraph"], [10, "paragraph"]]);
  assert.match(reasonOf(a, 4), /image file name/);
  assert.match(reasonOf(a, 11), /no words/);
});

test("every line of these files is published or removed with a reason", () => {
  assert.equal(byName.size, 7);
  for (const a of byName.values()) {
    assert.ok(a.removed.every((r) => r.reason.length > 0));
    const all = [...a.blocks.map((b) => b.line), ...a.removed.map((r) => r.line), a.titleLine, a.ledeLine].filter((x): x is number => typeof x === "number");
    const max = Math.max(...all);
    for (let i = 1; i <= max; i++) assert.ok(all.includes(i), `${a.source}: line ${i} lost`);
  }
});

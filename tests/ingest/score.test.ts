// npm run score: an ingest read against an editor's truth gives the figures the README and the notes quote.
import { test } from "node:test";
import assert from "node:assert/strict";
import { ingestSeed } from "../../src/ingest/index.ts";
import { scoreIngest, formatTruthScore, type EditorTruth } from "../../src/bench/truth.ts";

const TEXT = [
  "Partager",
  "",
  "Le Kazakhstan et l’Ouzbékistan signent un accord sur l’eau",
  "",
  "Astana et Tachkent ont signé jeudi 13 mars 2025 un accord sur le partage des eaux du Syr-Daria, après deux ans de négociations.",
  "",
  "Lire la suite",
  "",
  "Le texte prévoit une commission commune, qui se réunira deux fois par an.",
  "",
].join("\n");

const article = ingestSeed({ source: "seeds/eau.txt", name: "eau.txt", bytes: new TextEncoder().encode(TEXT) }).article!;

function truth(over: Partial<EditorTruth>): Record<string, EditorTruth> {
  const base: EditorTruth = {
    headline: "Le Kazakhstan et l’Ouzbékistan signent un accord sur l’eau",
    headline_line: 3,
    lede_lines: [5],
    date: ["2025-03-13"],
    heading_lines: [],
    credit_lines: [],
    quote_lines: [],
    list_item_lines: [],
    bibliography_lines: [],
    boilerplate_lines: [1, 7],
    tags: {},
    forbidden_tags: [],
  };
  return { "eau.txt": { ...base, ...over } };
}

test("an ingest that reads the page as its editor does scores every title, date and furniture line right", () => {
  const s = scoreIngest([article], truth({}));
  assert.deepEqual([s.titles, s.dates, s.furniturePublished, s.furniture, s.keptRemoved, s.missing], [1, 1, 0, 2, 0, []]);
  assert.match(formatTruthScore(s), /^titles right: 1 of 1\ndates right: 1 of 1\nfurniture lines published: 0 of 2\nother lines removed whole: 0$/);
});

test("a title, a date, furniture or kept lines the editor reads otherwise are counted, and named page by page", () => {
  // The editor here calls the last paragraph furniture, and keeps "Lire la suite" as text.
  const s = scoreIngest([article], truth({ headline: "Un autre titre", date: ["2025-03-14"], boilerplate_lines: [1, 9] }));
  assert.deepEqual([s.titles, s.dates, s.furniturePublished, s.keptRemoved], [0, 0, 1, 1]);
  const text = formatTruthScore(s);
  assert.match(text, /eau\.txt: title "Le Kazakhstan et l’Ouzbékistan signent un accord sur l’eau", the editor's "Un autre titre"/);
  assert.match(text, /eau\.txt: furniture published on lines 9/);
  assert.match(text, /eau\.txt: removed whole, not furniture to the editor: lines 7/);
  assert.deepEqual(scoreIngest([], truth({})).missing, ["eau.txt"]);
});

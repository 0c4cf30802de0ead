// Properties of the classifier and the date grammar over thousands of generated inputs.
import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import { classifyLines } from "../../src/ingest/classify.ts";
import { findDates, isRealDate } from "../../src/ingest/date.ts";
import { ingestSeed } from "../../src/ingest/index.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const SEED_LINES = readdirSync(path.join(ROOT, "seeds"))
  .sort()
  .flatMap((f) => readFileSync(path.join(ROOT, "seeds", f), "utf8").split(/\r\n|\r|\n/));
// The articles' own prose (long lines of 002 before its furniture, and of 003).
const PROSE = SEED_LINES.filter((l) => l.length > 200 && !/^\s*date /.test(l) && !/Ouattara|Tennessee|Hezbollah/.test(l));
const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];

const teaserCard = fc.record({
  title: fc.constantFrom("En Côte d’Ivoire, les moutons et les chiens", "Législative partielle aux États-Unis : le sentiment anti-Trump", "Hezbollah-Israël : une nouvelle guerre aux portes du Liban ?", "Ouzbékistan : les réformes s’accélèrent"),
  summary: fc.option(fc.constantFrom("Un an après l’accord de cessez-le-feu, le gouvernement a pris des décisions presque révolutionnaires.", "Ce mardi 2 décembre, une élection spéciale au Tennessee a permis de combler un siège vacant à la Chambre."), { nil: undefined }),
  counter: fc.option(fc.constantFrom("0 Commentaire10 minutes de lecture", "3 commentaires", "Lecture : 4 min"), { nil: undefined }),
});

test("every line gets exactly one kind, with its own line number, and every removed kind has a reason", () => {
  const anyLine = fc.oneof(fc.constantFrom(...SEED_LINES), fc.string({ maxLength: 60 }), fc.constantFrom("Voir aussi", "\u00a0", "bibliography", " date 2025-02-30 x", "Par Jean Dupont", "mardi 4 mars 2024"));
  fc.assert(
    fc.property(fc.array(anyLine, { maxLength: 40 }), (texts) => {
      const lines = texts.map((text, i) => ({ line: i + 1, text }));
      const out = classifyLines(lines);
      assert.deepEqual(out.map((c) => c.line), lines.map((l) => l.line));
      assert.ok(out.filter((c) => c.kind === "title").length <= 1);
      assert.ok(out.filter((c) => c.kind === "lede").length <= 1);
      for (const c of out) if (c.kind === "furniture" || c.kind === "blank") assert.ok(c.reason && c.reason.length > 0);
    }),
    { numRuns: 2000 },
  );
});

test("teaser cards after 'Voir aussi' never reach a block, whatever their order, and the article's prose before them is kept", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PROSE), { minLength: 2, maxLength: 6 }), fc.array(teaserCard, { minLength: 1, maxLength: 4 }), fc.boolean(), (prose, cards, blanks) => {
      const tail: string[] = cards.flatMap((c) => [c.title, c.summary, c.counter].filter((x) => x !== undefined) as string[]);
      const lines = [...prose, "\u00a0", "Voir aussi", ...tail, "Privacy Preference Center"];
      const text = lines.join(blanks ? "\n\n" : "\n");
      const a = ingestSeed({ source: "p.txt", name: "p.txt", bytes: new TextEncoder().encode(text) }).article;
      assert.ok(a);
      const published = [a.title, a.lede, ...a.blocks.map((b) => b.text)].join("\n");
      for (const t of tail) assert.ok(!published.includes(t), t);
      for (const p of prose) assert.ok(published.includes(p.trim().slice(0, 60)), "prose lost");
    }),
    { numRuns: 500 },
  );
});

test("a written French day is found with exactly its calendar date, and an impossible day is never a date", () => {
  fc.assert(
    fc.property(fc.integer({ min: 1, max: 31 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 1900, max: 2099 }), (d, m, y) => {
      const found = findDates(`Le ${d === 1 ? "1er" : d} ${MONTHS[m - 1]} ${y}, le président a parlé.`);
      if (isRealDate(y, m, d)) {
        assert.equal(found.length, 1);
        assert.equal(found[0].date, `${y}-${String(m).padStart(2, "0")}-${String(d).padStart(2, "0")}`);
      } else assert.deepEqual(found, []);
      const numeric = findDates(`${String(d).padStart(2, "0")}/${String(m).padStart(2, "0")}/${y}`);
      assert.equal(numeric.length, isRealDate(y, m, d) ? 1 : 0);
    }),
    { numRuns: 3000 },
  );
});

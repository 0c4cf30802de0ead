// Property: on thousands of random files built from real seed lines, site furniture and noise, in random encodings and
// line ends, the ingest never throws and never drops a line silently.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync, readdirSync } from "node:fs";
import fc from "fast-check";
import iconv from "iconv-lite";
import { ingestSeed } from "../../src/ingest/index.ts";
import { conservationFailures } from "./conservation.ts";

const SEED_LINES = readdirSync("seeds")
  .sort()
  .flatMap((f) => readFileSync(`seeds/${f}`, "utf8").split(/\r\n|\r|\n/))
  .filter((l) => l.trim() !== "");

const FURNITURE = [
  "Voir aussi",
  "À lire aussi",
  "Sur le même sujet",
  "0 Commentaire10 minutes de lecture",
  "Privacy Preference Center",
  "\u00a0",
  "Partager sur Facebook",
  "Abonnez-vous à notre newsletter",
  "Accueil › International › Asie centrale",
  "Cet article est réservé aux abonnés.",
  "Laisser un commentaire",
  "mardi 4 mars 2024",
  "ALMATY, 4 mars 2024 (agence) –",
  "© Akorda",
  "bibliography",
  "Photo : Reuters",
];

const NOISE = [
  "",
  "   ",
  "\t",
  "---",
  "...",
  "title: Un titre",
  "date: 2025-02-30",
  " date 2025-02-30 Le texte collé.",
  " date 2025-11-19 ",
  "- ",
  "•",
  "« ",
  ":",
  "<script>alert(1)</script>",
  "{{ site.title }} {% raw %}",
  "${process.exit(1)}",
  "\u200b\u200b",
  "\ufeff",
  "a\u0000b",
  "non\uFFFFcaractère",
  "x".repeat(3000),
  "1er août. 11–12 novembre 2025. du 3 au 5 mars",
  "Le 04/03/2024",
];

const line = fc.oneof(
  { weight: 5, arbitrary: fc.constantFrom(...SEED_LINES) },
  { weight: 2, arbitrary: fc.constantFrom(...FURNITURE) },
  { weight: 2, arbitrary: fc.constantFrom(...NOISE) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 80 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 40 }) },
);

const frontMatter = fc.oneof(
  fc.constant(""),
  fc.constant("---\ntitle: Un titre d’éditeur\ndate: 2025-09-23\n---\n"),
  fc.constant("---\ndate: pas une date\ntags: 17\n---\n"),
  fc.constant("---\ntitle: [cassé\n---\n"),
  fc.constant("---\ndraft: true\n---\n"),
);

const file = fc.record({
  fm: frontMatter,
  lines: fc.array(line, { minLength: 0, maxLength: 30 }),
  eol: fc.constantFrom("\n", "\r\n", "\r"),
  encoding: fc.constantFrom("utf-8", "utf-8-bom", "utf-16le-bom", "utf-16be-bom", "windows-1252"),
  finalEol: fc.boolean(),
});

function encode(text: string, encoding: string): Uint8Array {
  switch (encoding) {
    case "utf-8-bom":
      return new Uint8Array(Buffer.concat([Buffer.from([0xef, 0xbb, 0xbf]), Buffer.from(text, "utf8")]));
    case "utf-16le-bom":
      return new Uint8Array(Buffer.concat([Buffer.from([0xff, 0xfe]), iconv.encode(text, "utf-16le")]));
    case "utf-16be-bom":
      return new Uint8Array(Buffer.concat([Buffer.from([0xfe, 0xff]), iconv.encode(text, "utf-16be")]));
    case "windows-1252":
      // Only text Windows-1252 can hold is written in it; the rest falls back to UTF-8.
      return iconv.decode(iconv.encode(text, "windows-1252"), "windows-1252") === text ? new Uint8Array(iconv.encode(text, "windows-1252")) : new TextEncoder().encode(text);
    default:
      return new TextEncoder().encode(text);
  }
}

test("ingest never throws and never drops a line silently on 3,000 random files", () => {
  fc.assert(
    fc.property(file, ({ fm, lines, eol, encoding, finalEol }) => {
      const text = (fm + lines.join("\n") + (finalEol ? "\n" : "")).replace(/\n/g, eol);
      const raw = { source: "seeds/aleatoire.txt", name: "aleatoire.txt", bytes: encode(text, encoding) };
      const r = ingestSeed(raw);
      for (const p of r.problems) {
        assert.ok(p.line >= 1 && !/[\r\n]/.test(p.message), `bad problem ${JSON.stringify(p)}`);
      }
      if (!r.article) {
        assert.ok(
          r.problems.some((p) => p.severity === "error"),
          "a file that is not published must have an error saying why",
        );
        return;
      }
      assert.deepEqual(conservationFailures(raw, r.article), []);
      for (const b of r.article.blocks) assert.notEqual(b.text.trim(), "", `empty block on line ${b.line}`);
    }),
    { numRuns: 3000, seed: 20251122 },
  );
});

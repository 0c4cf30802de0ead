// The ingest's fast paths (word scanner, entity matcher, date pre-check) agree with slow reference versions.
import { test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { readdirSync, readFileSync } from "node:fs";
import path from "node:path";
import fc from "fast-check";
import { plainLetters, tokenize, toNfc, type Token } from "../../src/taxonomy/text.ts";
import { defaultMatcher } from "../../src/taxonomy/match.ts";
import { DATE_PATTERNS } from "../../src/ingest/date.ts";
import { formatEventDate, formatMonth } from "../../src/chronology/label.ts";
import { format } from "date-fns";
import { fr } from "date-fns/locale/fr";
import { nameVariants } from "../../src/search/records.ts";
import { foldForIndex, foldWord, isNameLike, nameKey } from "../../public/js/search-text.js";
import { WORD_CHAR, WORD_RE } from "../../public/js/highlight.js";
import { countWords, words } from "../../src/ingest/french.ts";

// The tokenizer as it was written first: one regex over the text in NFC, each word folded on its own.
const REFERENCE_WORD_RE = /[\p{L}\p{N}\p{M}\u00AD\u200C\u200D\u2060]+|\+/gu;
function referenceTokenize(text: string): Token[] {
  const out: Token[] = [];
  const nfc = text.normalize("NFC");
  for (const m of nfc.matchAll(REFERENCE_WORD_RE)) {
    const plain = /^[A-Za-z0-9+]+$/.test(m[0]) ? m[0] : plainLetters(m[0]);
    if (!plain) continue;
    out.push({ raw: m[0], plain, key: plain.toLowerCase(), start: m.index, end: m.index + m[0].length });
  }
  return out;
}

const matcher = defaultMatcher();
// Spellings of the vocabulary, so that generated text names entities (and nearly names them).
const SPELLINGS = matcher.entries.flatMap((e) => [e.name, ...e.aliases, ...e.exact, ...e.demonyms, ...e.shared]).filter((s) => s.length > 0);
const FRENCH = ["l’", "d’", "l'", "d'", "de la", "les", "en", "langue", "à", "au", "et", "Le", "LA", "ONU", "UE", "EAU", "un", "accord", "-", "—", "+", "C5+1", ".", ",", "«", "»", "2025", "1er"];
// Characters that stress the scanner: accents precomposed and combining, ligatures, soft hyphen, joiners,
// no-break spaces, Cyrillic and Kazakh letters, Hangul jamo, a letter outside the BMP, an emoji, lone surrogates.
const ODD = ["é", "e\u0301", "E\u0301", "œ", "Œ", "ß", "ı", "\u00AD", "\u200D", "\u2060", "\u00A0", "\u202F", "’", "ʼ", "Қ", "ә", "й", "и\u0306", "\u1100\u1161", "가\u11A8", "\u212B", "\u2000", "ﬁ", "𝐀", "😀", "\uD800", "\uDC00", "ᵉʳ", "\u0301", "Å", "A\u030A"];

const piece = fc.oneof(
  { weight: 4, arbitrary: fc.constantFrom(...SPELLINGS) },
  { weight: 3, arbitrary: fc.constantFrom(...FRENCH) },
  { weight: 2, arbitrary: fc.constantFrom(...ODD) },
  { weight: 1, arbitrary: fc.string({ unit: "grapheme", maxLength: 6 }) },
  { weight: 1, arbitrary: fc.string({ unit: "binary", maxLength: 4 }) },
);
const caseChange = fc.constantFrom((s: string) => s, (s: string) => s.toUpperCase(), (s: string) => s.toLowerCase(), (s: string) => s.charAt(0).toUpperCase() + s.slice(1));
const gen = fc.array(fc.tuple(piece, caseChange, fc.constantFrom(" ", "", "-", "’", "'", "\n", ", ")), { maxLength: 25 }).map((parts) => parts.map(([p, c, sep]) => c(p) + sep).join(""));

test("the word scanner cuts and folds words exactly as the regex tokenizer does, whatever the characters", () => {
  fc.assert(
    fc.property(gen, (text) => {
      assert.deepEqual(tokenize(text), referenceTokenize(text));
    }),
    { numRuns: 3000 },
  );
});

test("the classifier's word count is the number of words the splitting pattern finds, whatever the characters", () => {
  // The characters whose lower case is longer or splits a word ("İ" lowers to "i" and a combining dot), hyphens alone
  // and doubled, astral letters and lone surrogates.
  for (const text of ["", "-", "--", " - a -b - -", "İstanbul", "l’ONU", "𝐀bc 𝐀", "\uD800x", "x\uDC00y", "Ⅻ ⅻ", "ᵉʳ 1er", "e\u0301té"]) {
    assert.equal(countWords(text), words(text).length, JSON.stringify(text));
  }
  fc.assert(
    fc.property(gen, (text) => {
      assert.equal(countWords(text), words(text).length);
    }),
    { numRuns: 3000 },
  );
});

test("a text is left as it is only when it is already in NFC, for every character and its decompositions", () => {
  for (let c = 0; c < 0x110000; c += c < 0x3400 ? 1 : 7) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCodePoint(c);
    for (const s of [ch, ch.normalize("NFD"), ch.normalize("NFKD"), `a${ch.normalize("NFD")}b`]) assert.equal(toNfc(s), s.normalize("NFC"));
  }
});

// The words a shouted headline writes like acronyms (as in match.ts): French and English stop words and a few more.
const stopwords = createRequire(import.meta.url)("stopwords-iso") as Record<string, string[]>;
const COMMON_WORDS = new Set([...stopwords.fr, ...stopwords.en, "eau", "ia", "aie", "pam", "bad", "cis", "ide"]);

interface Walk {
  next: Map<string, Walk>;
  terms: { rules: number[]; plain: string[]; demonym: boolean }[];
}

// The matcher's longest-match walk as it was written first, over Token objects from the reference tokenizer.
function referenceMentions(text: string): { plain: string[]; start: number; end: number; tokenIndex: number; tokenEnd: number }[] {
  const root = (matcher as unknown as { root: Walk }).root;
  const tokens = referenceTokenize(text);
  let shout: boolean | undefined;
  const shouting = () => {
    if (shout !== undefined) return shout;
    let upper = 0;
    let cased = 0;
    for (const c of text) {
      if (c.toLowerCase() === c.toUpperCase()) continue;
      cased++;
      if (c === c.toUpperCase()) upper++;
    }
    return (shout = cased >= 8 && upper / cased > 0.8);
  };
  const accepts = (term: Walk["terms"][number], start: number) =>
    term.rules.every((rule, k) => {
      const t = tokens[start + k];
      if (rule === 1 && t.plain.charAt(0) !== t.plain.charAt(0).toUpperCase()) return false;
      if (rule === 2 && (t.plain !== term.plain[k] || (COMMON_WORDS.has(t.key) && shouting()))) return false;
      return true;
    });
  const out = [];
  for (let i = 0; i < tokens.length; ) {
    let node: Walk | undefined = root;
    let best: { term: Walk["terms"][number]; end: number } | null = null;
    for (let j = i; j < tokens.length; j++) {
      node = node.next.get(tokens[j].key);
      if (!node) break;
      const term = node.terms.find((t) => accepts(t, i));
      if (term) best = { term, end: j + 1 };
    }
    if (best && best.term.demonym && i > 0 && ["en", "langue", "langues", "parle", "parlent", "parler"].includes(tokens[i - 1].key)) i = best.end;
    else if (best) {
      out.push({ plain: best.term.plain, start: tokens[i].start, end: tokens[best.end - 1].end, tokenIndex: i, tokenEnd: best.end });
      i = best.end;
    } else i++;
  }
  return out;
}

test("the entity matcher finds the same mentions as the reference walk over generated French text", () => {
  fc.assert(
    fc.property(gen, (text) => {
      const fast = [...matcher.mentions(text)].map((m) => ({ plain: m.term.plain, start: m.start, end: m.end, tokenIndex: m.tokenIndex, tokenEnd: m.tokenEnd }));
      assert.deepEqual(fast, referenceMentions(text));
    }),
    { numRuns: 3000 },
  );
});

test("a shouted headline does not read common words as acronyms, as the reference walk says", () => {
  for (const text of ["UN ACCORD AVEC L’EAU ET L’ONU À ASTANA", "Un accord avec l’EAU et l’ONU à Astana", "LE KAZAKHSTAN ET LES EAU SIGNENT", "traduit en russe par l’UE"]) {
    const fast = [...matcher.mentions(text)].map((m) => ({ plain: m.term.plain, start: m.start, end: m.end, tokenIndex: m.tokenIndex, tokenEnd: m.tokenEnd }));
    assert.deepEqual(fast, referenceMentions(text), text);
  }
});

const MONTH_WORDS = ["janvier", "janv.", "février", "fevrier", "févr.", "fév.", "mars", "avril", "avr.", "mai", "juin", "juillet", "juil.", "août", "aout", "septembre", "sept.", "octobre", "oct.", "novembre", "nov.", "décembre", "decembre", "déc.", "dec."];
const dateGen = fc
  .array(
    fc.oneof(
      fc.constantFrom(...MONTH_WORDS),
      fc.constantFrom(...MONTH_WORDS).map((m) => m.toUpperCase()),
      fc.integer({ min: 0, max: 40 }).map(String),
      fc.integer({ min: 1890, max: 2099 }).map(String),
      fc.constantFrom("1er", "1ᵉʳ", "2 ", "du", "au", "et", "les", "le", "-", "–", "/", ".", ",", "lundi", "dernier", "prochain", "ſept.", "\u212A", "2024-03-04", "04/03/2024", "\u00A0", "\n"),
      fc.string({ maxLength: 3 }),
    ),
    { maxLength: 12 },
  )
  .chain((parts) => fc.array(fc.constantFrom(" ", "", "  ", "\t"), { minLength: parts.length, maxLength: parts.length }).map((seps) => parts.map((p, i) => p + seps[i]).join("")));

test("the date grammar's pre-checks never turn a pattern away from a text it reads", () => {
  const matches = (re: RegExp, text: string) => {
    re.lastIndex = 0;
    const hit = re.test(text);
    re.lastIndex = 0;
    return hit;
  };
  let read = 0;
  fc.assert(
    fc.property(dateGen, (text) => {
      for (const { re, hints } of DATE_PATTERNS) {
        if (!matches(re, text)) continue;
        read++;
        for (const hint of hints) assert.ok(matches(hint, text), `${hint} turns away ${JSON.stringify(text)}, which ${re} reads`);
      }
    }),
    { numRuns: 5000 },
  );
  // The generated texts do hold dates: the property was put to the test.
  assert.ok(read > 500);
});

test("month names written without date-fns are date-fns's French names, for every month", () => {
  for (const y of [1925, 1992, 2011, 2025, 2026]) {
    for (let m = 1; m <= 12; m++) {
      const key = `${y}-${String(m).padStart(2, "0")}`;
      assert.equal(formatMonth(key), `${format(new Date(Date.UTC(y, m - 1, 1, 12)), "LLLL", { locale: fr })} ${y}`);
    }
  }
  assert.equal(formatEventDate("2025-11-30", "2025-12-02"), "30 novembre – 2 décembre 2025");
  assert.equal(formatEventDate("2025-08-01", null), "1er août 2025");
});

// Name variants as written first: every word tested and keyed, nothing remembered.
function referenceNameVariants(texts: string[]): string[] {
  const keys = new Set<string>();
  for (const text of texts) {
    for (const word of foldForIndex(text).split(/[\s'\-‐‑–—/.,;:!?()[\]{}«»“”"]+/)) {
      if (!isNameLike(word)) continue;
      const key = nameKey(word);
      if (key.length >= 4 && key !== foldWord(word)) keys.add(key);
    }
  }
  return [...keys].sort();
}

test("the search index's name variants (first letter checked, keys remembered) are the reference's, asked twice", () => {
  fc.assert(
    fc.property(fc.array(gen, { maxLength: 4 }), (texts) => {
      const expected = referenceNameVariants(texts);
      assert.deepEqual(nameVariants(texts), expected);
      // The second time the words come from the memo.
      assert.deepEqual(nameVariants(texts), expected);
    }),
    { numRuns: 2000 },
  );
});

// The words the page marks, as first written: runs of letters and digits by Unicode property, in the BMP (a character
// beyond it, an emoji or a share button's "𝕏", a mathematical letter, is no word: see public/js/highlight.js), with the
// marks that stay with their letter where NFC composes none (Tamil's vowel signs: "தமிழ்"), but for the marks that
// dress a symbol or an emoji (U+20D0–U+20FF, the variation selectors).
const MARK_WORD_CHAR = String.raw`(?![\u{10000}-\u{10FFFF}\u20d0-\u20ff\ufe00-\ufe0f\u0488\u0489])[\p{L}\p{N}\p{M}]`;
const REFERENCE_MARK_WORD_RE = new RegExp(String.raw`(?:${MARK_WORD_CHAR})+(?:['’\-](?:${MARK_WORD_CHAR})+)*`, "gu");

test("a word character of the marked words is a letter or a digit, for every character of Latin, Greek, Cyrillic and Arabic text and of the symbol blocks", () => {
  const wordChar = new RegExp(`^${WORD_CHAR}$`);
  const letterOrDigit = /^[\p{L}\p{N}]$/u;
  let checked = 0;
  // Latin to Cyrillic; Arabic; general punctuation; currency; letterlike symbols and number forms (a page's mojibake
  // writes "’" as "â€™"); arrows, mathematical and technical; box drawing to dingbats,
  // mathematical symbols, braille and arrows and symbols; CJK symbols and punctuation; specials.
  const blocks = [[0, 0x52f], [0x600, 0x6ff], [0x2000, 0x206f], [0x20a0, 0x20cf], [0x2100, 0x218f], [0x2190, 0x23ff], [0x2500, 0x2bff], [0x3000, 0x303f], [0xfff9, 0xffff]];
  for (const [from, to] of blocks) {
    for (let c = from; c <= to; c++) {
      const ch = String.fromCharCode(c);
      // Combining accents stay with their letter; unassigned code points are not text.
      if (/^[\p{M}\p{Cn}]$/u.test(ch)) continue;
      assert.equal(wordChar.test(ch), letterOrDigit.test(ch), `U+${c.toString(16).padStart(4, "0")}`);
      checked++;
    }
  }
  assert.ok(checked > 2500, `${checked} characters`);
  // A character outside the BMP is not part of a word: an emoji glued to one is left out of its mark.
  assert.deepEqual([..."Kazakhstan🇰🇿 l’ONU ✓".matchAll(WORD_RE)].map((m) => m[0]), ["Kazakhstan", "l’ONU"]);
  // The variation selector of "❤️" and the keycap of "1️⃣" are not words either (a reader's comment held one).
  assert.deepEqual([..."merci ❤️ et 1️⃣".matchAll(WORD_RE)].map((m) => m[0]), ["merci", "et", "1"]);
});

test("the marked words of every seed and text fixture are those of the Unicode-property pattern", () => {
  let words = 0;
  for (const dir of ["seeds", "tests/fixtures"]) {
    for (const name of readdirSync(dir, { recursive: true, encoding: "utf8" }).filter((n) => n.endsWith(".txt"))) {
      const text = readFileSync(path.join(dir, name), "utf8").normalize("NFC");
      // Bytes that do not decode (a binary file the ingest refuses) are not text of any script.
      if (text.includes("\uFFFD")) continue;
      const expected = [...text.matchAll(REFERENCE_MARK_WORD_RE)].map((m) => `${m.index}:${m[0]}`);
      assert.deepEqual([...text.matchAll(WORD_RE)].map((m) => `${m.index}:${m[0]}`), expected, name);
      words += expected.length;
    }
  }
  assert.ok(words > 5000, `${words} words`);
});

// Splits text into word tokens and folds them (accents, case, ligatures) so spellings can be compared.

/** One word of a text, with its offsets so callers can look at what surrounds it. */
export interface Token {
  /** The word as written (NFC). */
  raw: string;
  /** Accents and ligatures removed, case kept: `Tokaïev` → `Tokaiev`, `Œuvre` → `OEuvre`. */
  plain: string;
  /** `plain` in lower case: the key the vocabulary is looked up by. */
  key: string;
  start: number;
  end: number;
}

// A word is a run of letters, digits and combining marks; `+` is a word of its own so that `C5+1` ≠ `C5 1`.
// Apostrophes and hyphens separate words: `l’ONU` → `l`, `ONU`; `Kassym-Jomart` → `Kassym`, `Jomart`.
// Invisible soft hyphens and joiners pasted from web pages stay inside the word (`Tokaï\u00ADev`).
const WORD_RE = /[\p{L}\p{N}\p{M}\u00AD\u200C\u200D\u2060]+|\+/gu;
const INVISIBLE_RE = /[\u00AD\u200C\u200D\u2060]/g;

// Letters that Unicode does not decompose into a base letter and an accent.
const LIGATURES: Record<string, string> = {
  œ: "oe", Œ: "OE", æ: "ae", Æ: "AE", ß: "ss", ø: "o", Ø: "O", ł: "l", Ł: "L", đ: "d", Đ: "D", ı: "i", þ: "th", Þ: "TH",
};
const LIGATURE_RE = /[œŒæÆßøØłŁđĐıþÞ]/g;

/** Removes accents and expands ligatures, keeping case: `Ǵ` → `G`, `й` → `и`, `Œ` → `OE`. */
export function plainLetters(word: string): string {
  return word
    .normalize("NFKD")
    .replace(/\p{M}+/gu, "")
    .replace(INVISIBLE_RE, "")
    .replace(LIGATURE_RE, (c) => LIGATURES[c] ?? c);
}

// Folding is the matcher's main cost and articles reuse few distinct words: remember them (bounded).
const FOLD_CACHE = new Map<string, { plain: string; key: string }>();
const FOLD_CACHE_MAX = 200_000;
const ASCII_WORD_RE = /^[A-Za-z0-9+]+$/;

function fold(word: string): { plain: string; key: string } {
  let f = FOLD_CACHE.get(word);
  if (!f) {
    const plain = ASCII_WORD_RE.test(word) ? word : plainLetters(word);
    f = { plain, key: plain.toLowerCase() };
    if (FOLD_CACHE.size >= FOLD_CACHE_MAX) FOLD_CACHE.clear();
    FOLD_CACHE.set(word, f);
  }
  return f;
}

/** Cuts `text` into words (see WORD_RE) with their folded forms. */
export function tokenize(text: string): Token[] {
  const out: Token[] = [];
  const nfc = text.normalize("NFC");
  WORD_RE.lastIndex = 0;
  for (let m = WORD_RE.exec(nfc); m; m = WORD_RE.exec(nfc)) {
    const { plain, key } = fold(m[0]);
    if (!plain) continue;
    out.push({ raw: m[0], plain, key, start: m.index, end: m.index + m[0].length });
  }
  return out;
}

/** The lookup key of a whole name: `l’Organisation des Nations Unies` → `l organisation des nations unies`. */
export function foldName(text: string): string {
  return tokenize(text)
    .map((t) => t.key)
    .join(" ");
}

/** True when the word's first letter is a capital (or a letter without case, as in Chinese). */
export function startsUpper(plain: string): boolean {
  const c = plain.charAt(0);
  return c === c.toUpperCase();
}

/** True for an acronym: at least two letters, all of them capitals (`ONU`, `UE`, `COP29`, `США`). */
export function isAcronym(plain: string): boolean {
  const letters = plain.replace(/[^\p{L}]/gu, "");
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

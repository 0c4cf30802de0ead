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
// (WORD_RE would be /[\p{L}\p{N}\p{M}\u00AD\u200C\u200D\u2060]+|\+/gu; `scanWords` reads it one character at a time.)
const WORD_CHAR_RE = /^[\p{L}\p{N}\p{M}\u00AD\u200C\u200D\u2060]$/u;
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

// A regex match and a Token per word were the matcher's main cost: `scanWords` reads characters through this table.
// Per UTF-16 unit of the Basic Multilingual Plane: 0 not yet known, 1 part of a word, 2 not.
const WORD_CLASS = new Uint8Array(0x10000);
for (let c = 0; c < 0x80; c++) WORD_CLASS[c] = (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 1 : 2;

function isWordUnit(c: number): boolean {
  let k = WORD_CLASS[c];
  if (k === 0) WORD_CLASS[c] = k = WORD_CHAR_RE.test(String.fromCharCode(c)) ? 1 : 2;
  return k === 1;
}

// Length of the word character at `i` (1, or 2 for a surrogate pair), or 0 when it is not part of a word.
function wordCharAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 0xd800 || c > 0xdbff) return (c < 0x80 ? WORD_CLASS[c] === 1 : c < 0xdc00 || c > 0xdfff ? isWordUnit(c) : false) ? 1 : 0;
  const d = s.charCodeAt(i + 1);
  // Outside the BMP (rare): the regex decides. A lone surrogate is not a letter.
  return d >= 0xdc00 && d <= 0xdfff && WORD_CHAR_RE.test(s.slice(i, i + 2)) ? 2 : 0;
}

// Per UTF-16 unit: 0 not yet known, 1 a text made only of such units is already in NFC, 2 not sure. A unit qualifies
// when it is its own NFC form and cannot combine with the one before it (not a mark, not a Hangul jamo): then
// String.prototype.normalize, a copy of the whole text, can be skipped.
const NFC_CLASS = new Uint8Array(0x10000);
const MARK_RE = /^\p{M}$/u;

function isNfcStableUnit(c: number): boolean {
  if (c < 0x300) return true;
  let k = NFC_CLASS[c];
  if (k === 0) {
    const ch = String.fromCharCode(c);
    const stable = !(c >= 0xd800 && c <= 0xdfff) && !(c >= 0x1100 && c <= 0x11ff) && !(c >= 0x3130 && c <= 0x318f) && !(c >= 0xa960 && c <= 0xa97f) && !(c >= 0xd7b0 && c <= 0xd7ff) && !MARK_RE.test(ch) && ch.normalize("NFC") === ch;
    NFC_CLASS[c] = k = stable ? 1 : 2;
  }
  return k === 1;
}

/** `text` in NFC (the same string when it already is). */
export function toNfc(text: string): string {
  for (let i = 0; i < text.length; i++) if (!isNfcStableUnit(text.charCodeAt(i))) return text.normalize("NFC");
  return text;
}

/**
 * The words of a text as parallel arrays (what `tokenize` returns, without an object per word), filled in place
 * by `scanWords`: one WordScan may be reused from text to text.
 */
export interface WordScan {
  /** The text the offsets refer to: `text` in NFC. */
  text: string;
  raw: string[];
  plain: string[];
  key: string[];
  start: number[];
  end: number[];
}

// Size of a KeyFilter in bits (a power of two): 32 KB, few false hits for the vocabulary's some 5,000 words.
const KEY_FILTER_BITS = 1 << 18;

/**
 * The words whose folded form a caller needs, as a bit set over the hash of ASCII words in lower case (see
 * `keyFilter`): an ASCII word whose bit is clear is none of them, and is not folded.
 */
export type KeyFilter = Uint32Array;

// FNV-1a step over one character code.
function hashStep(h: number, c: number): number {
  return Math.imul(h ^ c, 0x01000193);
}

/** A KeyFilter that lets through every word whose key is one of `keys` (non-ASCII words always get through). */
export function keyFilter(keys: Iterable<string>): KeyFilter {
  const bits = new Uint32Array(KEY_FILTER_BITS >>> 5);
  for (const key of keys) {
    let h = 0x811c9dc5;
    for (let i = 0; i < key.length; i++) h = hashStep(h, key.charCodeAt(i));
    const b = h & (KEY_FILTER_BITS - 1);
    bits[b >>> 5] |= 1 << (b & 31);
  }
  return bits;
}

/**
 * Cuts `text` into words (see WORD_RE) with their folded forms, into `out`; returns how many. With `only`, an
 * ASCII word it rules out keeps its offsets but gets "" for its raw, plain and key forms (never a real key).
 */
export function scanWords(text: string, out: WordScan, only?: KeyFilter): number {
  // Read as it is; the first character that NFC might change starts the reading again over `text` in NFC.
  const n = scanNfc(text, out, false, only);
  return n >= 0 ? n : scanNfc(text.normalize("NFC"), out, true, only);
}

// Returns -1 when `s` may not be in NFC (unless `nfc`: `s` is known to be).
function scanNfc(s: string, out: WordScan, nfc: boolean, only: KeyFilter | undefined): number {
  out.text = s;
  const { raw: raws, plain: plains, key: keys, start: starts, end: ends } = out;
  const len = s.length;
  let n = 0;
  let i = 0;
  while (i < len) {
    const c = s.charCodeAt(i);
    let w: number;
    if (c < 0x80) {
      if (WORD_CLASS[c] !== 1) {
        if (c === 0x2b) {
          // "+" is a word of its own.
          raws[n] = plains[n] = keys[n] = "+";
          starts[n] = i;
          ends[n] = i + 1;
          n++;
        }
        i++;
        continue;
      }
      w = 1;
    } else {
      if (!nfc && !isNfcStableUnit(c)) return -1;
      w = wordCharAt(s, i);
      if (w === 0) {
        i++;
        continue;
      }
    }
    const start = i;
    // The hash of the word in lower case while it is ASCII (letters and digits): `A`–`Z` | 0x20 = `a`–`z`.
    let ascii = c < 0x80;
    let h = ascii ? hashStep(0x811c9dc5, c <= 0x5a && c >= 0x41 ? c | 0x20 : c) : 0;
    i += w;
    while (i < len) {
      const d = s.charCodeAt(i);
      if (d < 0x80) {
        if (WORD_CLASS[d] !== 1) break;
        if (ascii) h = hashStep(h, d <= 0x5a && d >= 0x41 ? d | 0x20 : d);
        i++;
      } else {
        if (!nfc && !isNfcStableUnit(d)) return -1;
        if ((w = wordCharAt(s, i)) === 0) break;
        ascii = false;
        i += w;
      }
    }
    if (only && ascii) {
      const b = h & (KEY_FILTER_BITS - 1);
      if ((only[b >>> 5] & (1 << (b & 31))) === 0) {
        raws[n] = plains[n] = keys[n] = "";
        starts[n] = start;
        ends[n] = i;
        n++;
        continue;
      }
    }
    const raw = s.slice(start, i);
    const f = fold(raw);
    if (!f.plain) continue;
    raws[n] = raw;
    plains[n] = f.plain;
    keys[n] = f.key;
    starts[n] = start;
    ends[n] = i;
    n++;
  }
  return n;
}

const TOKENIZE_SCAN: WordScan = { text: "", raw: [], plain: [], key: [], start: [], end: [] };

/** Cuts `text` into words (see WORD_RE) with their folded forms. */
export function tokenize(text: string): Token[] {
  const n = scanWords(text, TOKENIZE_SCAN);
  const out: Token[] = new Array(n);
  const { raw, plain, key, start, end } = TOKENIZE_SCAN;
  for (let k = 0; k < n; k++) out[k] = { raw: raw[k], plain: plain[k], key: key[k], start: start[k], end: end[k] };
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

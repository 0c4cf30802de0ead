// French typography for text shown to readers: no-break spaces, curly apostrophes, no widows in headings.
// Works on plain text (before Nunjucks autoescapes it) and only ever inserts or swaps space and apostrophe characters.

/** U+202F, the narrow no-break space French puts before `; ! ?` and inside `« »`. */
export const NNBSP = "\u202F";
/** U+00A0, the no-break space French puts before `:`. */
export const NBSP = "\u00A0";

/** A web address, left untouched: `https://www.un.org/fr/ga/80/?q=1`. */
const URL_RE = /\b(?:https?|ftp|mailto):[^\s<>"«»]+|\bwww\.[^\s<>"«»]+/giu;
/** A straight apostrophe between two letters: `l'ONU`, `aujourd'hui`. */
const APOSTROPHE_RE = /(?<=\p{L})'(?=\p{L})/gu;
/** An opening guillemet and the spaces after it: `« Coopération`, `«Coopération`. */
const OPEN_QUOTE_RE = /«[ \u00A0\u202F]*/gu;
/** The spaces before a closing guillemet: `Semipalatinsk »`, `Semipalatinsk»`. */
// Each run of spaces is tried from its first space only (the lookbehind): without it a long run costs quadratic time.
const CLOSE_QUOTE_RE = /(?<![ \u00A0\u202F])[ \u00A0\u202F]*»/gu;
/** Spaces before a high punctuation mark: `demain ;`, `devenir ?`. */
const SPACED_HIGH_PUNCT_RE = /(?<![ \u00A0\u202F])[ \u00A0\u202F]+([;!?])/gu;
/** A high punctuation mark glued to a word, then a space, the end or another mark: `devenir?`, `Vraiment?!`. */
const GLUED_HIGH_PUNCT_RE = /(?<=[\p{L}\p{N}»)\]])([;!?])(?=\s|$|[»)\]!?…])/gu;
/** Spaces before a colon: `déclarant :`. */
const SPACED_COLON_RE = /(?<![ \u00A0\u202F])[ \u00A0\u202F]+:/gu;
/** One letter (a whole code point): the end of a word a colon may be glued to, as in `tels que: i)`. */
const LETTER_RE = /^\p{L}$/u;
/** A white-space character, after a colon glued to a word. */
const SPACE_RE = /\s/;
/** The last ordinary space of a text: the one in `Asie centrale`, `puissance moyenne ?` (no-break spaces do not count). */
const LAST_SPACE_RE = / (?=[^ ]*$)/u;

/** A character some rule of `typesetPlain` acts on: text without any is left as it is. */
const TYPESET_CHAR_RE = /['«»;!?:]/;

// Each rule runs only when its character is in the text: most paragraphs need one or two of the seven (an article
// page typesets every paragraph, and this was the most expensive filter of the render). Same output as running all.
function typesetPlain(text: string): string {
  if (!TYPESET_CHAR_RE.test(text)) return text;
  let s = text;
  if (s.includes("'")) s = s.replace(APOSTROPHE_RE, "’");
  if (s.includes("«")) s = s.replace(OPEN_QUOTE_RE, `«${NNBSP}`);
  if (s.includes("»")) s = s.replace(CLOSE_QUOTE_RE, `${NNBSP}»`);
  if (s.includes(";") || s.includes("!") || s.includes("?")) s = s.replace(SPACED_HIGH_PUNCT_RE, `${NNBSP}$1`).replace(GLUED_HIGH_PUNCT_RE, `${NNBSP}$1`);
  if (s.includes(":")) s = glueColons(s.replace(SPACED_COLON_RE, `${NBSP}:`));
  return s;
}

/**
 * A no-break space before each colon glued to a word and followed by a space or the end: `tels que: i)`; `12:30` and
 * `https:` are left alone. A loop over the colons: the same rule as a regex `(?<=\p{L}):(?=\s|$)`, which tried every
 * position of the text (the costliest rule of this file on an article page).
 */
function glueColons(text: string): string {
  let out = "";
  let last = 0;
  for (let i = text.indexOf(":", 1); i !== -1; i = text.indexOf(":", i + 1)) {
    const next = text[i + 1];
    if (next !== undefined && !SPACE_RE.test(next)) continue;
    const low = text.charCodeAt(i - 1);
    // A letter outside the BMP is a surrogate pair: test the whole code point.
    const prev = low >= 0xdc00 && low <= 0xdfff && i >= 2 ? text.slice(i - 2, i) : text[i - 1];
    if (!LETTER_RE.test(prev)) continue;
    out += `${text.slice(last, i)}${NBSP}`;
    last = i;
  }
  return last === 0 ? text : out + text.slice(last);
}

/**
 * What every match of `URL_RE` holds, in any case. Without the `u` flag, `i` matches only ASCII case variants here;
 * Unicode case folding adds only `ſ` (s) and the Kelvin sign (k), letters none of these words has.
 */
const URL_HINT_RE = /http|ftp|mailto|www\./i;

/** Whether `text` may hold a web address: `URL_RE` itself, tried at every position, cost more than all the rules. */
function mayHoldUrl(text: string): boolean {
  return URL_HINT_RE.test(text);
}

/**
 * Applies French typography to `text`, leaving web addresses as they are.
 * `Kazakhstan, puissance moyenne?` → `Kazakhstan, puissance moyenne ?` (narrow no-break space).
 * `1er`, `80ᵉ` and every letter of the text are kept.
 */
export function typesetFrench(text: unknown): string {
  if (text === null || text === undefined) return "";
  const s = String(text);
  if (!mayHoldUrl(s)) return typesetPlain(s);
  let out = "";
  let last = 0;
  for (const m of s.matchAll(URL_RE)) {
    out += typesetPlain(s.slice(last, m.index)) + m[0];
    last = m.index + m[0].length;
  }
  return out + typesetPlain(s.slice(last));
}

/** Joins the last two words of a heading with a no-break space so that no word stands alone on the last line. */
export function preventWidow(text: unknown): string {
  if (text === null || text === undefined) return "";
  return String(text).replace(LAST_SPACE_RE, NBSP);
}

/** French typography for a heading: `typesetFrench` and no widow. */
export function typesetHeading(text: unknown): string {
  return preventWidow(typesetFrench(text));
}

// French text measures the classifier reads: sentence ends, words, stop-word density, headline shape.
import { createRequire } from "node:module";

// stopwords-iso ships a bare JSON file without types; require() reads it the same way under tsx and Node.
const stopwords = createRequire(import.meta.url)("stopwords-iso") as Record<string, string[]>;
const FRENCH_STOPWORDS = new Set<string>(stopwords.fr ?? []);

// Spaces a scraper leaves behind: no-break (U+00A0), narrow no-break (U+202F), zero-width and BOM characters.
const ODD_SPACE_RE = /[\u00a0\u202f\u2007\u2009]/g;
const INVISIBLE_RE = /[\u200b-\u200d\u2060\ufeff]/g;
const ODD_OR_INVISIBLE_RE = /[\u00a0\u202f\u2007\u2009\u200b-\u200d\u2060\ufeff]/;

/** The line as a reader sees it: odd spaces made plain, invisible characters dropped, trimmed. */
export function visibleText(text: string): string {
  // Most lines hold neither: one scan instead of two replacements.
  if (!ODD_OR_INVISIBLE_RE.test(text)) return text.trim();
  return text.replace(INVISIBLE_RE, "").replace(ODD_SPACE_RE, " ").trim();
}

// A sentence end, possibly followed by closing quotes or brackets, or by a social post's emoji: "durable.", "loi. »",
// "(AFP).", "d’ici 2029. 📈".
const SENTENCE_END_RE = /[.!?…](?:\s*[»”"’)\]])*(?:\s*[\p{Extended_Pictographic}\p{Regional_Indicator}\u200d\ufe0f])*$/u;
// A sentence break inside a line: "… Turkménistan. Ce déplacement …"; not the full stop of a title or an initial ("M. Mourat
// Nourtleou", "Mme", "J.-M. Tessier"), nor of a case's "c." or "v.", an avenue's "av.", "cf." ("Steppe Uranium Holdings
// B.V. c. République du Kazakhstan").
const INNER_SENTENCE_RE = /(?:(?<!(?:^|[\s(«"“'’.-])(?:M|MM|Mme|Mmes|Mlle|Mgr|Dr|Pr|Me|St|Ste|\p{Lu}|c|v|vs|cf|av))\.|[!?…])(?:\s*[»”"])?\s+[«"“]?\s*\p{Lu}/gu;

/** Emoji and pictographs before a line's words: "💬 ", "📢📢 ", "🇰🇿 ". */
export const LEADING_EMOJI_RE = /^(?:[\p{Extended_Pictographic}\p{Regional_Indicator}\u200d\ufe0f]\s*)+/u;
// One character of an emoji: a pictograph (not ©, ®, ™, ‼ or an arrow, which are text's), a flag's letter, a joiner or
// a variation selector.
const EMOJI_CHAR_RE = /^[\p{Extended_Pictographic}\p{Regional_Indicator}\u200d\ufe0f]$/u;
function isEmojiChar(ch: string): boolean {
  return (ch.codePointAt(0)! >= 0x2300 || ch === "\u200d") && EMOJI_CHAR_RE.test(ch);
}

/**
 * The emoji framing a line, with the spaces around them: "🇰🇿 " and " 🇰🇿" of "🇰🇿 Message du Chef de l’État 🇰🇿".
 * Walked character by character from each end (a pattern anchored at the end would retry from every position).
 */
export function emojiFrame(text: string): { lead: string; tail: string } {
  const chars = [...text];
  let a = 0;
  while (a < chars.length && (isEmojiChar(chars[a]) || (/\s/u.test(chars[a]) && a > 0))) a++;
  let b = chars.length;
  while (b > a && (isEmojiChar(chars[b - 1]) || (/\s/u.test(chars[b - 1]) && b < chars.length))) b--;
  const lead = chars.slice(0, a);
  const tail = chars.slice(b);
  return { lead: lead.some(isEmojiChar) ? lead.join("") : "", tail: tail.some(isEmojiChar) ? tail.join("") : "" };
}

/** True when the line ends like a French sentence (., !, ?, … possibly before » or a bracket). */
export function endsSentence(text: string): boolean {
  return SENTENCE_END_RE.test(text);
}

// A line ending on an article, a preposition or a conjunction stops mid-phrase: "… un", "… de la", "… et".
const DANGLING_END_RE = /(?:^|\s)(?:le|la|les|l['’]|un|une|des|de|du|d['’]|à|au|aux|et|ou|en|par|pour|sur|dans|avec|que|qui|dont|ce|cette|ces|son|sa|ses|leur|leurs)$/iu;

/** True when the line stops on an article, a preposition or a conjunction, mid-phrase ("… devant les députés, un"). */
export function endsOnLittleWord(text: string): boolean {
  return DANGLING_END_RE.test(text);
}

/** Number of sentence breaks inside the line (0 for a one-sentence line). */
export function innerSentenceBreaks(text: string): number {
  return (text.match(INNER_SENTENCE_RE) ?? []).length;
}

/** The words of a text, lower-cased, split at spaces, apostrophes and punctuation (`l’ONU` → `l`, `onu`). */
export function words(text: string): string[] {
  return text.toLowerCase().split(/[^\p{L}\p{N}-]+/u).filter((w) => w !== "" && w !== "-");
}

// Per UTF-16 unit of the Basic Multilingual Plane: 0 not yet known, 1 a letter or a figure, 2 neither.
const LETTER_OR_FIGURE = new Uint8Array(0x10000);
const LETTER_OR_FIGURE_RE = /^[\p{L}\p{N}]$/u;
function isLetterOrFigure(s: string, i: number, c: number): boolean {
  let k = LETTER_OR_FIGURE[c];
  if (k === 0) LETTER_OR_FIGURE[c] = k = LETTER_OR_FIGURE_RE.test(s[i]) ? 1 : 2;
  return k === 1;
}

/**
 * How many words `words` finds in the text, without cutting it: the classifier counts the words of most lines, and
 * splitting a long paragraph was a tenth of its time. Equal to `words(text).length` for every text
 * (tests/unit/fast-paths.test.ts).
 */
export function countWords(text: string): number {
  const s = text.toLowerCase();
  let count = 0;
  let start = -1;
  const close = (end: number) => {
    if (start >= 0 && !(end - start === 1 && s.charCodeAt(start) === 0x2d)) count++;
    start = -1;
  };
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    let inWord: boolean;
    let width = 1;
    if (c < 0x80) inWord = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || c === 0x2d;
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < s.length && s.charCodeAt(i + 1) >= 0xdc00 && s.charCodeAt(i + 1) <= 0xdfff) {
      // Outside the BMP (rare): the pattern decides on the pair. A lone surrogate is neither.
      inWord = LETTER_OR_FIGURE_RE.test(s.slice(i, i + 2));
      width = 2;
    } else inWord = c < 0xd800 || c > 0xdfff ? isLetterOrFigure(s, i, c) : false;
    if (inWord) {
      if (start < 0) start = i;
    } else close(i);
    i += width - 1;
  }
  close(s.length);
  return count;
}

/** Share of French stop words among the words (0 when there are none): running prose sits near 0.4. */
export function stopwordDensity(text: string): number {
  const ws = words(text);
  if (ws.length === 0) return 0;
  return ws.filter((w) => FRENCH_STOPWORDS.has(w)).length / ws.length;
}

/** True for a French stop word (`de`, `la`, `et`, `par`…). */
export function isStopword(word: string): boolean {
  return FRENCH_STOPWORDS.has(word.toLowerCase());
}

/** True when the text starts like a sentence or a title: a capital, a digit or an opening quote. */
export function startsLikeSentence(text: string): boolean {
  // Emoji and pictographs a social post opens with ("📢 TOKAÏEV…", "🔹 commerce") are set aside.
  return /^[«"“(]?\s*[\p{Lu}\p{N}]/u.test(text.replace(LEADING_EMOJI_RE, ""));
}

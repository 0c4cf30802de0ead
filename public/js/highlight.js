// Marks the words of a page region that answer search terms: on an article reached from a result, in alias-only excerpts.
import { answersTerm, nameKey } from "./search-text.js";

/**
 * A character of a word: a letter or a digit, spelled as what it is not (spaces, controls, punctuation and symbols of
 * Latin, Greek, Cyrillic and Arabic text, general punctuation, currency, letterlike (`™`, `№`), arrows, technical, shape,
 * dingbat and mathematical symbols (a screenshot's `⦿`), braille, CJK punctuation (a Chinese portal's `【Vidéo】`), the replacement character, the
 * variation selectors and marks that dress an emoji or a symbol (`❤️`, `1️⃣`), and every character outside the BMP, emoji
 * among them) rather than as Unicode properties
 * (`[\p{L}\p{N}]`): a property class takes V8 milliseconds to compile on its first use, and its first use is in the
 * first result shown. The two agree on every character of those scripts and blocks (see tests/unit/fast-paths.test.ts),
 * but for combining accents, which stay with their letter here.
 */
export const WORD_CHAR =
  "[^\\s\\u0000-\\u002f:-@[-`{-\\u00a9\\u00ab-\\u00b1\\u00b4\\u00b6-\\u00b8\\u00bb\\u00bf\\u00d7\\u00f7\\u02c2-\\u02c5\\u02d2-\\u02df" +
  "\\u02e5-\\u02eb\\u02ed\\u02ef-\\u02ff\\u0375\\u037e\\u0384\\u0385\\u0387\\u03f6\\u0482\\u0488\\u0489\\u0600-\\u060f\\u061b-\\u061f" +
  "\\u066a-\\u066d\\u06d4\\u06dd\\u06de\\u06e9\\u06fd\\u06fe\\u2000-\\u206f\\u20a0-\\u20cf" +
  "\\u2100\\u2101\\u2103-\\u2106\\u2108\\u2109\\u2114\\u2116-\\u2118\\u211e-\\u2123\\u2125\\u2127\\u2129\\u212e\\u213a\\u213b" +
  "\\u2140-\\u2144\\u214a-\\u214d\\u214f\\u218a\\u218b" +
  "\\u20d0-\\u20ff\\u2190-\\u23ff\\u2500-\\u2775\\u2794-\\u2bff\\u3000-\\u3004\\u3008-\\u3020\\u3030\\u3036\\u3037" +
  "\\u303d-\\u303f\\ud800-\\udfff\\ufe00-\\ufe0f\\ufff9-\\uffff]";
/** A word as written in the article, elisions and compounds included: `l’ONU`, `Kassym-Jomart`, `2025`. */
export const WORD_RE = new RegExp(`${WORD_CHAR}+(?:['’\\-]${WORD_CHAR}+)*`, "g");

/** An elided article or pronoun written against a word: "d’Astana", "l’ONU", "qu’Astana". */
export const ELISION_RE = /^((?:jusqu|lorsqu|puisqu|quoiqu|qu|[cdjlmnst])['’])(?=.)/i;

/**
 * Wraps every word of `root` that answers one of `terms` (folded query words) in `<mark class="surlignage">`; an elided
 * article before it stays outside the mark ("d’<mark>Astana</mark>").
 */
export function markWords(root, terms) {
  const keys = terms.map((t) => (t.length >= 4 ? nameKey(t) : null));
  const hits = (word) =>
    word.split(/['’\-]/).some((part) => terms.some((t, i) => answersTerm(t, part) || (keys[i] !== null && part.length >= 4 && nameKey(part) === keys[i])));
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT, {
    acceptNode: (n) => (n.parentElement?.closest("script, style, mark, nav") ? NodeFilter.FILTER_REJECT : NodeFilter.FILTER_ACCEPT),
  });
  const nodes = [];
  for (let n = walker.nextNode(); n; n = walker.nextNode()) nodes.push(n);
  const marks = [];
  for (const node of nodes) {
    const text = node.nodeValue ?? "";
    const pieces = [];
    let last = 0;
    for (const m of text.matchAll(WORD_RE)) {
      if (!hits(m[0])) continue;
      const elided = ELISION_RE.exec(m[0]);
      const start = m.index + (elided && hits(m[0].slice(elided[1].length)) ? elided[1].length : 0);
      if (start > last) pieces.push(document.createTextNode(text.slice(last, start)));
      const mark = document.createElement("mark");
      mark.className = "surlignage";
      mark.textContent = text.slice(start, m.index + m[0].length);
      pieces.push(mark);
      marks.push(mark);
      last = m.index + m[0].length;
    }
    if (!pieces.length) continue;
    if (last < text.length) pieces.push(document.createTextNode(text.slice(last)));
    node.replaceWith(...pieces);
  }
  return marks;
}

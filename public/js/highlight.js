// Marks the words of a page region that answer search terms: on an article reached from a result, in alias-only excerpts.
import { answersTerm, nameKey } from "./search-text.js";

/** A word as written in the article, elisions and compounds included: `l’ONU`, `Kassym-Jomart`, `2025`. */
const WORD_RE = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** Wraps every word of `root` that answers one of `terms` (folded query words) in `<mark class="surlignage">`. */
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
      if (m.index > last) pieces.push(document.createTextNode(text.slice(last, m.index)));
      const mark = document.createElement("mark");
      mark.className = "surlignage";
      mark.textContent = m[0];
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

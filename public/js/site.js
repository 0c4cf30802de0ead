// On every page: `/` focuses the search box; on an article reached from a search result, the searched words are marked.

/** Whether a key press is being typed into a field, where `/` is a character, not a shortcut. */
function typingInField(target) {
  return target instanceof HTMLElement && (target.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(target.tagName));
}

document.addEventListener("keydown", (ev) => {
  if (ev.key !== "/" || ev.ctrlKey || ev.metaKey || ev.altKey || ev.defaultPrevented || typingInField(ev.target)) return;
  const box = document.getElementById("q") ?? document.querySelector("input[type=search]");
  if (!box) return;
  ev.preventDefault();
  box.focus();
  box.select();
});

/** A word as written in the article, elisions included: `l’ONU`, `Kassym-Jomart`, `2025`. */
const WORD_RE = /[\p{L}\p{N}]+(?:['’\-][\p{L}\p{N}]+)*/gu;

/** Wraps the words of `root` that answer one of `terms` in `<mark>`; returns the marks. */
function markWords(root, terms, lib) {
  const keys = terms.map((t) => (t.length >= 4 ? lib.nameKey(t) : null));
  const hits = (word) =>
    word.split(/['’\-]/).some((part) => terms.some((t, i) => lib.answersTerm(t, part) || (keys[i] && part.length >= 4 && lib.nameKey(part) === keys[i])));
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

const wanted = new URLSearchParams(location.search).get("surligner");
const article = document.querySelector("main article") ?? document.querySelector("main");
if (wanted && article) {
  import("./search-text.js").then((lib) => {
    const terms = lib.significantTerms(wanted);
    if (!terms.length) return;
    const marks = markWords(article, terms, lib);
    marks[0]?.scrollIntoView({ block: "center" });
  });
}

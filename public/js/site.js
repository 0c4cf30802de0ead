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

/** The words to mark: left by the search page for this very article, or given as `?surligner=` in a shared link. */
function wantedWords() {
  try {
    const stored = JSON.parse(sessionStorage.getItem("recherche:surligner") ?? "null");
    sessionStorage.removeItem("recherche:surligner");
    if (stored && stored.path === location.pathname && typeof stored.terms === "string") return stored.terms;
  } catch {
    // No storage or a stale value: fall back to the URL.
  }
  return new URLSearchParams(location.search).get("surligner");
}

const wanted = wantedWords();
const article = document.querySelector("main article") ?? document.querySelector("main");
if (wanted && article) {
  // Loaded only when needed, so other pages fetch nothing more than this file.
  Promise.all([import("./search-text.js"), import("./highlight.js")]).then(([text, highlight]) => {
    const terms = text.significantTerms(wanted);
    if (!terms.length) return;
    const marks = highlight.markWords(article, terms);
    marks[0]?.scrollIntoView({ block: "center" });
  });
}

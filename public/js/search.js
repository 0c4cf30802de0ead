// Search page: reads ?q=, queries Pagefind, drops prefix-fallback junk, lists results with filters, sort and suggestions.
import {
  normaliseQuery,
  phraseOf,
  retypeset,
  significantTerms,
  answersTerm,
  nameKey,
  splitWords,
  foldWord,
  aliasLookup,
  rewriteAliases,
  TOPIC_SEPARATOR,
} from "./search-text.js";
import { markWords } from "./highlight.js";

const form = document.getElementById("search-form");
const input = document.getElementById("q");
const sortSelect = document.getElementById("search-sort");
const filtersBox = document.getElementById("search-filters");
const filtersDetails = document.getElementById("search-filters-box");
const list = document.getElementById("search-results");
const status = document.getElementById("search-status");
const suggestBox = document.getElementById("search-suggestions");
const moreButton = document.getElementById("search-more");

/** Results shown at first and per "Plus de résultats": each one downloads its fragment. */
const PAGE_SIZE = 10;
/** The index's manifest (written by the build next to the primary index): its other parts and the archive's tags. */
const MANIFEST_URL = "/pagefind/recherche.json";
/** Synthetic filter telling the parts of the index apart (Pagefind's mergeFilter: no download). */
const PART_FILTER = "partie";
/** Pause after the last keystroke before searching (the reader types a letter every 150 ms or so). */
const TYPING_PAUSE_MS = 150;
/** The sessionStorage key js/site.js reads to mark the searched words on the article a result opens. */
const HIGHLIGHT_KEY = "recherche:surligner";
/** Results of the name-key search loaded to check it (the first search loads a whole page). */
const KEYED_HEAD_SIZE = 8;
/** Tags shown under a result, the most salient first (the article page lists them all). */
const MAX_TAGS_SHOWN = 6;
/** Filter groups in the order shown, with their French legends (keys are the index's filter names). */
const FILTER_GROUPS = [
  ["année", "Année"],
  ["personnes", "Personnes"],
  ["lieux", "Lieux"],
  ["organisations", "Organisations"],
  ["thèmes", "Thèmes"],
];
const MONTHS = ["janvier", "février", "mars", "avril", "mai", "juin", "juillet", "août", "septembre", "octobre", "novembre", "décembre"];
/** Title matches rank first; the tags' names and name keys count a little; the date is shown, never ranked. */
const RANKING = { metaWeights: { title: 5, sujets: 2, variants: 1, date: 0 } };

let pagefind;
/** The state of the current search: the results still to show, their number, the filter counts and how to get them. */
let current = { id: 0, source: listSource([]), shown: 0, total: 0, counts: null };
let manifest;
let filtersReady = null;

/** The manifest: the URLs of the index's other parts, the archive's tags and the lookup of their other spellings. */
function loadManifest() {
  manifest ??= fetch(MANIFEST_URL)
    .then((r) => (r.ok ? r.json() : { parties: [], sujets: [] }))
    .catch(() => ({ parties: [], sujets: [] }))
    .then((m) => ({ parties: m.parties ?? [], topics: m.sujets ?? [], lookup: aliasLookup(m.sujets ?? []) }));
  return manifest;
}

/**
 * Pagefind with every part of the index merged in (they share the primary's WebAssembly). Each part gets a synthetic
 * filter with its number, so a date-sorted search can be run part by part: the parts hold consecutive date ranges.
 */
function loadPagefind() {
  pagefind ??= Promise.all([import("/pagefind/pagefind.js"), loadManifest()]).then(async ([pf, m]) => {
    await pf.options({ ranking: RANKING, excerptLength: 30, ...(m.parties.length ? { mergeFilter: { [PART_FILTER]: "0" } } : {}) });
    await Promise.all(
      m.parties.map((url, i) => pf.mergeIndex(url, { baseUrl: "/", ranking: RANKING, excerptLength: 30, mergeFilter: { [PART_FILTER]: String(i + 1) } })),
    );
    return { pf, parts: m.parties.length + 1 };
  });
  return pagefind;
}

/** `2025-09-23` → `23 septembre 2025`; `2025-09` → `septembre 2025`. */
function frenchDate(iso) {
  const [y, m, d] = (iso ?? "").split("-").map(Number);
  if (!y || !m) return "";
  const month = MONTHS[m - 1] ?? "";
  return d ? `${d === 1 ? "1er" : d} ${month} ${y}` : `${month} ${y}`;
}

/** The state of the page as URL parameters: q, tri, and one parameter per checked filter. */
function readUrl() {
  const p = new URLSearchParams(location.search);
  const filters = {};
  for (const [key] of FILTER_GROUPS) {
    const values = p.getAll(key);
    if (values.length) filters[key] = values;
  }
  return { q: p.get("q") ?? "", sort: p.get("tri") === "date" ? "date" : "pertinence", filters };
}

function writeUrl(state, push) {
  const p = new URLSearchParams();
  if (state.q) p.set("q", state.q);
  if (state.sort === "date") p.set("tri", "date");
  for (const [key] of FILTER_GROUPS) for (const v of state.filters[key] ?? []) p.append(key, v);
  const url = `${location.pathname}${p.size ? `?${p}` : ""}`;
  if (url === `${location.pathname}${location.search}`) return;
  if (push) history.pushState(null, "", url);
  else history.replaceState(null, "", url);
}

function checkedFilters() {
  const filters = {};
  for (const box of filtersBox.querySelectorAll("input[type=checkbox]:checked")) {
    (filters[box.name] ??= []).push(box.value);
  }
  return filters;
}

function pageState() {
  return { q: input.value, sort: sortSelect.value, filters: checkedFilters() };
}

/** Pagefind's filter option: a year is any of the checked years, a tag narrows to articles having all checked tags. */
function pagefindFilters(filters) {
  const out = {};
  for (const [key, values] of Object.entries(filters)) out[key] = key === "année" ? { any: values } : { all: values };
  return out;
}

/** Words of a result Pagefind matched: the words at its locations, and its tag-name, name-key and title metadata. */
function matchedWords(data) {
  const words = data.content.split(/[^\S\uFEFF]+/);
  const out = [];
  for (const loc of data.locations) if (words[loc]) out.push(...splitWords(words[loc]));
  for (const key of ["sujets", "variants", "title"]) out.push(...splitWords(data.meta?.[key] ?? ""));
  return out;
}

/**
 * The terms a result must answer: each query word, with its name key when that differs (`tokayev` ~ `tokaev`).
 * @returns {{term: string, key: string | null}[]}
 */
function termsOf(query) {
  return significantTerms(query).map((term) => {
    const key = term.length >= 4 ? nameKey(term) : term;
    return { term, key: key !== term && key.length >= 4 ? key : null };
  });
}

/** Whether an indexed word answers a term: the word itself or an inflection, or the same name under another spelling. */
function answers(t, word) {
  return answersTerm(t.term, word) || (t.key !== null && (word === t.key || nameKey(word) === t.key));
}

/** Whether every significant query term is really answered by the result, not by a prefix fallback. */
function answersAll(data, terms) {
  if (!terms.length) return true;
  const words = matchedWords(data);
  return terms.every((t) => words.some((w) => answers(t, w)));
}

/** Runs one Pagefind search by relevance and keeps the results with a positive score (weight-0 metadata alone scores 0). */
async function rawSearch(index, query, state) {
  const found = await index.pf.search(query, { filters: pagefindFilters(state.filters) });
  const results = query === null ? found.results : found.results.filter((r) => r.score > 0);
  return { results, filters: found.filters };
}

/**
 * The results `ids` of a query in date order, newest first, searched part by part as the reader asks for more: the
 * parts hold consecutive date ranges, newest first, while one merged search would interleave them by rank. `ids` come
 * from the relevance search (a sorted search replaces scores by rank, so only that one tells what really matched).
 */
function dateList(index, query, state, ids, terms) {
  const items = [];
  let part = 0;
  async function fill(n) {
    while (items.length < n && part < index.parts) {
      const filters = pagefindFilters(state.filters);
      if (index.parts > 1) filters[PART_FILTER] = String(part);
      part++;
      const byDate = await index.pf.search(query, { filters, sort: { date: "desc" } });
      for (const result of byDate.results) if (ids.has(result.id)) items.push({ result, data: null, termSets: [terms] });
    }
  }
  return {
    async head(n) {
      await fill(n);
      return items.slice(0, n);
    },
    async shift() {
      await fill(1);
      return items.shift() ?? null;
    },
  };
}

/** A result's data, copied: Pagefind caches one object per page and rewrites its excerpt and locations on every call. */
function loadData(item) {
  item.data ??= item.result.data().then((d) => ({ ...d, locations: [...d.locations] }));
  return item.data;
}

/** An item loaded: its data and the sets of terms it may answer (one per search that found it). */
async function loaded(item) {
  return { data: await loadData(item), termSets: item.termSets };
}

/** Results to show in the order given (relevance, or one search's date order). */
function listSource(items) {
  return {
    get left() {
      return items.length;
    },
    take(n) {
      return Promise.all(items.splice(0, n).map(loaded));
    },
  };
}

/**
 * Date-ordered result lists (see dateList) merged newest first, each result once, loading each result only when it
 * reaches the front of its list (a sorted search does not say the dates, its data does). `total`: results in all lists.
 */
function dateMergeSource(lists, total) {
  const taken = new Set();
  let left = total;
  const dateOf = async (item) => (await loadData(item)).meta?.date ?? "";
  const front = async (l) => {
    let [item] = await l.head(1);
    while (item && taken.has(item.result.id)) {
      await l.shift();
      [item] = await l.head(1);
    }
    return item ?? null;
  };
  return {
    get left() {
      return left;
    },
    async take(n) {
      const out = [];
      while (out.length < n) {
        let from = null;
        let best = "";
        for (const l of lists) {
          const item = await front(l);
          if (!item) continue;
          const d = await dateOf(item);
          if (from === null || d > best) [from, best] = [l, d];
        }
        if (from === null) {
          left = 0;
          break;
        }
        const item = await from.shift();
        taken.add(item.result.id);
        left = Math.max(0, left - 1);
        out.push(await loaded(item));
      }
      return out;
    },
  };
}

/**
 * One Pagefind search, checked: Pagefind falls back to the longest indexed prefix of a word it does not know, for the
 * whole index at once, so a term none of the first results answers means every result is junk for it. A query made
 * of tag names from the manifest (`trusted`) cannot fall back: it is not checked, and no result is loaded for it here.
 */
async function checkedSearch(index, query, terms, state, headSize, trusted = false) {
  const found = await rawSearch(index, query, state);
  const byDate = state.sort === "date";
  const list = byDate ? dateList(index, query, state, new Set(found.results.map((r) => r.id)), terms) : null;
  const items = byDate ? [] : found.results.map((result) => ({ result, data: null, termSets: [terms] }));
  if (!trusted) {
    // The head in the order shown: its results are loaded anyway to be shown.
    const head = await Promise.all((byDate ? await list.head(headSize) : items.slice(0, headSize)).map(loadData));
    if (!terms.every((t) => head.some((d) => answersAll(d, [t])))) return { results: [], ids: [], list: null, filters: null };
  }
  return { results: items, ids: found.results.map((r) => r.id), list, filters: found.filters, query };
}

/**
 * Searches the query as typed; when some of its words have a name key, the query with those keys (the index holds
 * `tokaev` for every `Tokaïev`); when it names another spelling of a tag, the query with the tag's name (every article
 * with the tag holds the name in its `sujets` metadata). Then merges them, each result once.
 */
async function searchChecked(index, state) {
  // A query between quotes is a phrase: Pagefind's exact search, with no other spelling tried.
  const phrase = phraseOf(state.q);
  const query = phrase ?? normaliseQuery(state.q);
  const terms = termsOf(query);
  // One after the other, not at once: both searches may load the same page (see loadData).
  const done = [await checkedSearch(index, phrase ? `"${phrase}"` : query, terms, state, PAGE_SIZE)];
  // A key that only drops a final `e` (`neutralite` → `neutralit`) is a prefix of the word: Pagefind's own search
  // already found every article the keyed one would, at the cost of a second search over thousands of results.
  if (!phrase && terms.some((t) => t.key && !foldWord(t.term).startsWith(t.key))) {
    const keyed = terms.map((t) => t.key ?? t.term).join(" ");
    // Its results mostly repeat the first search's: a shorter head is enough to tell a fallback.
    done.push(await checkedSearch(index, keyed, terms, state, KEYED_HEAD_SIZE));
  }
  const rewritten = phrase ? null : rewriteAliases(query, (await loadManifest()).lookup);
  if (rewritten) {
    const { query: q, onlyNames } = rewritten;
    done.push(await checkedSearch(index, q, termsOf(q), state, onlyNames ? 0 : KEYED_HEAD_SIZE, onlyNames));
  }
  const byId = new Map();
  const lists = done.map((d) =>
    d.results.filter((item) => {
      const seen = byId.get(item.result.id);
      if (!seen) {
        byId.set(item.result.id, item);
        return true;
      }
      seen.termSets.push(...item.termSets);
      return false;
    }),
  );
  const withFilters = done.find((d) => d.ids.length) ?? done[0];
  const total = new Set(done.flatMap((d) => d.ids)).size;
  const found = { total, filters: withFilters.filters, countQuery: withFilters.query ?? query };
  if (state.sort === "date") return { ...found, source: dateMergeSource(done.filter((d) => d.list).map((d) => d.list), total) };
  const merged = lists.flat().sort((a, b) => b.result.score - a.result.score);
  return { ...found, source: listSource(merged) };
}

/** Pagefind's excerpt as DOM: its `<mark>` kept, everything else text (Pagefind escapes `<` and `>` in content). */
function excerptNodes(excerpt) {
  const nodes = [];
  const parts = excerpt.split(/(<mark>[\s\S]*?<\/mark>)/);
  for (const part of parts) {
    if (!part) continue;
    const marked = part.startsWith("<mark>");
    const text = retypeset((marked ? part.slice(6, -7) : part).replace(/<\/?mark>/g, "").replace(/&lt;/g, "<").replace(/&gt;/g, ">"));
    if (marked) {
      const m = document.createElement("mark");
      m.textContent = text;
      nodes.push(m);
    } else nodes.push(document.createTextNode(text));
  }
  return nodes;
}

/** Renders one result; `terms` are those it answers (the query's, or the tag name's it was found under): the words to mark. */
function renderResult(data, terms) {
  const marks = terms.map((t) => t.term);
  const li = document.createElement("li");
  li.className = "search-result";
  const h = document.createElement("h2");
  const a = document.createElement("a");
  // The link is the article's own URL; the words to mark travel in sessionStorage (see the click handler).
  a.href = data.url;
  if (marks.length) a.dataset.surligner = marks.join(" ");
  a.textContent = retypeset(data.meta?.title ?? data.url);
  h.append(a);
  li.append(h);
  const date = frenchDate(data.meta?.date);
  if (date) {
    const p = document.createElement("p");
    p.className = "meta";
    const time = document.createElement("time");
    time.dateTime = data.meta.date;
    time.textContent = date;
    p.append(time);
    li.append(p);
  }
  const excerpt = document.createElement("p");
  excerpt.className = "excerpt";
  excerpt.append(...excerptNodes(data.excerpt ?? ""));
  // A result found through an alias or another spelling has no mark from Pagefind: mark the name as written.
  if (!excerpt.querySelector("mark") && marks.length) markWords(excerpt, marks);
  li.append(excerpt);
  const tags = (data.meta?.sujets ?? "").split(TOPIC_SEPARATOR).filter(Boolean);
  if (tags.length) {
    const ul = document.createElement("ul");
    ul.className = "tags";
    ul.setAttribute("aria-label", "Sujets");
    // Names only: the links inside the results list are the results themselves, one per article.
    for (const name of tags.slice(0, MAX_TAGS_SHOWN)) {
      const tli = document.createElement("li");
      tli.textContent = retypeset(name);
      ul.append(tli);
    }
    li.append(ul);
  }
  return li;
}

/** Shows the next page of results, loading and checking each one; returns how many were shown. */
async function showMore(id) {
  let shown = 0;
  while (shown < PAGE_SIZE && current.source.left) {
    const items = await current.source.take(PAGE_SIZE - shown);
    if (id !== current.id) return shown;
    for (const { data, termSets } of items) {
      // The query's own terms come first: a result answering them is marked with the words the reader typed.
      const terms = termSets.find((t) => answersAll(data, t));
      if (!terms) {
        current.total--;
        continue;
      }
      list.append(renderResult(data, terms));
      shown++;
    }
  }
  current.shown += shown;
  moreButton.hidden = current.source.left === 0;
  return shown;
}

/** Distance between two short strings (insertions, deletions, substitutions). */
function editDistance(a, b) {
  const row = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = row[0];
    row[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = row[j];
      row[j] = Math.min(row[j] + 1, row[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return row[b.length];
}

/** Tags whose name or an alias is close to the query: same name key, one starts the other, or a few letters apart. */
async function closeTags(query) {
  const tags = (await loadManifest()).topics.map(([name, url, kind, count, aliases]) => ({ name, url, kind, count, aliases }));
  const terms = significantTerms(query);
  if (!terms.length) return [];
  const scored = [];
  for (const tag of tags) {
    let best = Infinity;
    for (const name of [tag.name, ...(tag.aliases ?? [])]) {
      const words = splitWords(name);
      for (const t of terms) {
        for (const w of words) {
          if (w.length < 3) continue;
          let d = editDistance(t, w);
          if (nameKey(t) === nameKey(w)) d = 0;
          else if (t.length >= 4 && (w.startsWith(t) || t.startsWith(w))) d = Math.min(d, 1);
          if (d <= Math.max(1, Math.floor(t.length / 4))) best = Math.min(best, d);
        }
      }
    }
    if (best < Infinity) scored.push({ tag, best });
  }
  return scored.sort((a, b) => a.best - b.best || b.tag.count - a.tag.count).slice(0, 8).map((s) => s.tag);
}

async function showSuggestions(query, id) {
  const tags = await closeTags(query);
  if (id !== current.id || !tags.length) return;
  const p = document.createElement("p");
  p.textContent = "Sujets proches\u202F:";
  const ul = document.createElement("ul");
  for (const tag of tags) {
    const li = document.createElement("li");
    const a = document.createElement("a");
    a.href = tag.url;
    a.textContent = tag.name;
    li.append(a);
    ul.append(li);
  }
  suggestBox.replaceChildren(p, ul);
  suggestBox.hidden = false;
}

/**
 * Builds the filter checkboxes once, from every value in the index, when the reader first opens the filters (or arrives
 * with filters in the URL): the values of every filter weigh more than the rest of a search, and most readers never
 * filter. The counts shown are those of the current search, asked again now that every filter is loaded.
 */
function openFilters(selected) {
  filtersReady ??= (async () => {
    const index = await loadPagefind();
    const all = await index.pf.filters();
    const counts = current.counts ? (await rawSearch(index, current.counts.query, { ...current.counts.state, sort: "pertinence" })).filters : null;
    buildFilters(all, selected);
    updateCounts(counts);
  })().catch(() => {
    filtersReady = null;
  });
  return filtersReady;
}

function buildFilters(all, selected) {
  const groups = [];
  for (const [key, legendText] of FILTER_GROUPS) {
    const values = Object.keys(all[key] ?? {});
    if (!values.length) continue;
    values.sort(key === "année" ? (a, b) => (a < b ? 1 : -1) : (a, b) => a.localeCompare(b, "fr"));
    const fs = document.createElement("fieldset");
    fs.dataset.filter = key;
    const legend = document.createElement("legend");
    legend.textContent = legendText;
    fs.append(legend);
    for (const value of values) {
      const label = document.createElement("label");
      const box = document.createElement("input");
      box.type = "checkbox";
      box.name = key;
      box.value = value;
      box.checked = (selected[key] ?? []).includes(value);
      const name = document.createElement("span");
      name.textContent = value;
      const count = document.createElement("span");
      count.className = "count";
      label.append(box, " ", name, " ", count);
      fs.append(label);
    }
    groups.push(fs);
  }
  filtersBox.replaceChildren(...groups);
  filtersBox.dataset.built = "";
  filtersDetails.hidden = groups.length === 0;
  if (Object.keys(selected).length) filtersDetails.open = true;
}

/** Writes each filter value's count for the current search next to it; values with no result are hidden. */
function updateCounts(counts) {
  for (const label of filtersBox.querySelectorAll("label")) {
    const box = label.querySelector("input");
    const n = counts?.[box.name]?.[box.value] ?? 0;
    label.querySelector(".count").textContent = `(${n})`;
    label.hidden = n === 0 && !box.checked;
  }
  for (const fs of filtersBox.querySelectorAll("fieldset")) fs.hidden = [...fs.querySelectorAll("label")].every((l) => l.hidden);
}

async function runSearch(state) {
  const id = ++current.id;
  // Set before the first await: whoever watches the list (a screen reader, a test) knows the results are stale.
  list.setAttribute("aria-busy", "true");
  const index = await loadPagefind();
  const query = normaliseQuery(state.q);
  const hasFilters = Object.keys(state.filters).length > 0;
  if (hasFilters) await openFilters(state.filters);
  let found;
  if (query) found = await searchChecked(index, state);
  else if (hasFilters) {
    const raw = await rawSearch(index, null, state);
    const items = raw.results.map((result) => ({ result, data: null, termSets: [[]] }));
    const ids = new Set(items.map((item) => item.result.id));
    const source = state.sort === "date" ? dateMergeSource([dateList(index, null, state, ids, [])], ids.size) : listSource(items);
    found = { source, total: items.length, filters: raw.filters, countQuery: null };
  } else found = { source: listSource([]), total: 0, filters: null, countQuery: null };
  if (id !== current.id) return;
  current = { id, source: found.source, shown: 0, total: found.total, counts: null };
  list.replaceChildren();
  suggestBox.replaceChildren();
  suggestBox.hidden = true;
  await showMore(id);
  if (id !== current.id) return;
  if (current.shown) current.counts = { query: found.countQuery, state };
  if (filtersBox.dataset.built !== undefined) updateCounts(current.shown ? found.filters : null);
  list.setAttribute("aria-busy", "false");
  const shownQuery = state.q.trim();
  if (!query && !hasFilters) status.textContent = "";
  else if (current.shown === 0) {
    status.textContent = shownQuery ? `Aucun résultat pour «\u202F${shownQuery}\u202F».` : "Aucun article ne correspond à ces filtres.";
    if (query) showSuggestions(query, id);
  } else {
    const n = current.total;
    const what = `${n} article${n > 1 ? "s" : ""}`;
    status.textContent = shownQuery ? `${what} pour «\u202F${shownQuery}\u202F».` : `${what} correspondant aux filtres.`;
  }
}

/** Runs a search; if Pagefind cannot load or answer, says so instead of leaving the page silent. */
function run(state) {
  return runSearch(state).catch(() => {
    status.textContent = "La recherche est momentanément indisponible. Parcourez les sujets ou les archives.";
  });
}

function applyState(state) {
  input.value = state.q;
  sortSelect.value = state.sort;
  for (const box of filtersBox.querySelectorAll("input[type=checkbox]")) box.checked = (state.filters[box.name] ?? []).includes(box.value);
  return run(state);
}

let typingTimer;
// The first pause in typing after a settled search adds a history entry; later pauses only replace it, so the back
// button goes from search to search, not from letter to letter.
let settledSearch = true;
input.addEventListener("input", () => {
  // The index starts loading with the first keystroke, while the reader is still typing.
  loadPagefind().catch(() => undefined);
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    const state = pageState();
    writeUrl(state, settledSearch);
    settledSearch = false;
    run(state);
  }, TYPING_PAUSE_MS);
});
form.addEventListener("submit", (ev) => {
  ev.preventDefault();
  clearTimeout(typingTimer);
  const state = pageState();
  writeUrl(state, settledSearch);
  settledSearch = true;
  run(state);
});
form.addEventListener("change", (ev) => {
  if (ev.target === input) return;
  const state = pageState();
  writeUrl(state, true);
  run(state);
});
moreButton.addEventListener("click", () => showMore(current.id));
/** Remembers the searched words for the article a result link opens, which marks them (js/site.js). */
function rememberHighlight(ev) {
  const a = ev.target instanceof Element ? ev.target.closest("a[data-surligner]") : null;
  if (!a) return;
  try {
    sessionStorage.setItem(HIGHLIGHT_KEY, JSON.stringify({ path: new URL(a.href).pathname, terms: a.dataset.surligner }));
  } catch {
    // Storage refused (private mode, quota): the article simply opens unmarked.
  }
}
list.addEventListener("click", rememberHighlight);
list.addEventListener("auxclick", rememberHighlight);
window.addEventListener("popstate", () => {
  settledSearch = true;
  applyState(readUrl());
});

const initial = readUrl();
input.value = initial.q;
sortSelect.value = initial.sort;
// Filters need JavaScript: their box is shown only now, and filled when first opened.
filtersDetails.hidden = false;
filtersDetails.addEventListener("toggle", () => {
  if (filtersDetails.open) openFilters(checkedFilters());
});
if (initial.q || Object.keys(initial.filters).length) run(initial);

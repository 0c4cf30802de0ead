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
  foldCase,
  WORD_SEPARATOR_RE,
  aliasLookup,
  rewriteAliases,
  mayHaveWord,
  wordPart,
  TOPIC_SEPARATOR,
  typingPause,
  KEY_GAPS_KEPT,
} from "./search-text.js";
// In the page's bundle: its few lines need only what the page already has of search-text.js (loaded on its own,
// js/highlight.js would bring the whole of search-text.js with it).
import { ELISION_RE, markWords } from "./highlight.js";

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
/** The index's manifest (written by the build next to the primary index): its other parts, a filter of alias words. */
const MANIFEST_URL = "/pagefind/recherche.json";
/** File `i` of the tags' other spellings ([name, filter, aliases] rows), read only for a query that may name one. */
const aliasUrl = (i) => `/pagefind/alias-${i}.json`;
/** The archive's tags with their URLs and sizes, for suggestions when a query finds nothing. */
const TOPICS_URL = "/pagefind/sujets.json";
/** Synthetic filter telling the parts of the index apart (Pagefind's mergeFilter: no download). */
const PART_FILTER = "partie";
/**
 * Shortest last word of a query whose index chunks are fetched while the reader is still typing: a shorter prefix may
 * span chunks the finished word does not need.
 */
const PRELOAD_MIN_LETTERS = 4;
/** The sessionStorage key js/site.js reads to mark the searched words on the article a result opens. */
const HIGHLIGHT_KEY = "recherche:surligner";
/** Results of the name-key search loaded to check it (the first search loads a whole page). */
const KEYED_HEAD_SIZE = 8;
/** Words of a result's excerpt. */
const EXCERPT_WORDS = 30;
/** What separates the words of a fragment's text for Pagefind (its locations count these words). */
const PAGEFIND_SPACE_RE = /[^\S\uFEFF]+/;
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
let current = { id: 0, source: null, shown: 0, rejected: 0, counts: null };
let manifest;
/** The files of the alias table loaded so far, by number (the manifest's `aliasFiles` is how many there are). */
const loadedAliasFiles = new Map();
let topics;
let filtersReady = null;
/** The page's less common paths: suggestions, filters (js/search-extra.js). */
const extra = () => import("./search-extra.js");

/** The manifest: the URLs of the index's other parts, the filter of the tags' other spellings, the alias files' number. */
function loadManifest() {
  manifest ??= fetch(MANIFEST_URL)
    .then((r) => (r.ok ? r.json() : {}))
    .catch(() => ({}))
    .then((m) => ({ parties: m.parties ?? [], alias: m.alias ?? null, aliasFiles: m.aliasFiles ?? 0 }));
  return manifest;
}

/** The lookup of the tags' other spellings (see rewriteAliases) from the files of the alias table numbered `parts`. */
async function loadAliases(parts) {
  // A file that could not be fetched is asked for again by the next search; one that is not there (404) is not.
  const load = (i) =>
    fetch(aliasUrl(i))
      .then((r) => (r.ok ? r.json() : []))
      .catch(() => {
        loadedAliasFiles.delete(i);
        return [];
      });
  for (const i of parts) if (!loadedAliasFiles.has(i)) loadedAliasFiles.set(i, load(i));
  const rows = await Promise.all([...parts].map((i) => loadedAliasFiles.get(i)));
  return aliasLookup(rows.flat());
}

/** The archive's tags: [name, url, kind, articles, other spellings]. */
function loadTopics() {
  topics ??= fetch(TOPICS_URL)
    .then((r) => (r.ok ? r.json() : []))
    .catch(() => []);
  return topics;
}

/**
 * Pagefind over the newest part of the index (`/pagefind/`), the other parts merged in only when a search needs them
 * (`mergeIndex`, sharing the first part's WebAssembly): a search by date stops at the part where it has enough results,
 * so each part is downloaded only by the searches that reach it. Each part gets a synthetic filter with its number, so
 * a search can be run on one part: the parts hold consecutive date ranges, newest first.
 */
function loadPagefind() {
  pagefind ??= Promise.all([import("/pagefind/pagefind.js"), loadManifest()]).then(async ([pf, m]) => {
    const partOptions = (i) => ({ ranking: RANKING, excerptLength: EXCERPT_WORDS, ...(m.parties.length ? { mergeFilter: { [PART_FILTER]: String(i) } } : {}) });
    // Pagefind's own web worker is one more script to download; the search itself is small enough for this thread.
    await pf.options({ noWorker: true, ...partOptions(0) });
    await pf.init();
    const merged = [Promise.resolve()];
    const merge = (i) => (merged[i] ??= pf.mergeIndex(m.parties[i - 1], { baseUrl: "/", ...partOptions(i) }));
    const index = {
      pf,
      parts: m.parties.length + 1,
      /** Merges part `i` and every newer one (at once, not one after the other). */
      upTo(i) {
        return Promise.all(Array.from({ length: i + 1 }, (_, k) => merge(k)));
      },
      /** Merges every part: a search by relevance, or the filters' values, cover the whole archive. */
      all() {
        return this.upTo(this.parts - 1);
      },
    };
    // While the reader is still typing: the newest part's date order (the same for every query without filters),
    // which also gets Pagefind's WebAssembly through its first search.
    partOrder(index, partFilters(index, 0, {})).catch(() => undefined);
    return index;
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
  // Newest first unless the reader asks for relevance, as news sites' searches do.
  return { q: p.get("q") ?? "", sort: p.get("tri") === "pertinence" ? "pertinence" : "date", filters };
}

function writeUrl(state, push) {
  const p = new URLSearchParams();
  if (state.q) p.set("q", state.q);
  if (state.sort === "pertinence") p.set("tri", "pertinence");
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

/** `filters` narrowed to the articles of `tags` too ({filter, name}: the tags a query names by another spelling). */
function withTags(filters, tags) {
  if (!tags?.length) return filters;
  const out = { ...filters };
  for (const { filter, name } of tags) out[filter] = { all: [...(out[filter]?.all ?? []), name] };
  return out;
}

/** Words of a result Pagefind matched: the words at its locations, and its tag-name, name-key and title metadata. */
function matchedWords(data) {
  const words = data.content.split(PAGEFIND_SPACE_RE);
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
async function rawSearch(index, query, filters) {
  const found = await index.pf.search(query, { filters });
  const results = query === null ? found.results : found.results.filter((r) => r.score > 0);
  return { results, filters: found.filters };
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

/**
 * Starts loading the items to show, all at once, and gives their loads in order: each is shown as soon as it and those
 * before it are in. A load a newer search leaves behind may fail unheard: whoever shows it hears the failure.
 */
function loadAll(items) {
  const loads = items.map(loaded);
  for (const load of loads) load.catch(() => undefined);
  return loads;
}

/**
 * Whether a search's results are Pagefind's prefix fallback: Pagefind falls back to the longest indexed prefix of a word
 * it does not know, for the whole index (or part) at once, so a term none of the first results answers means every
 * result is junk for it. The answer comes as soon as it is known: with the first loaded result that answers every
 * term, usually the first to arrive. The head's results whose page is in `first` (the pages shown first, whichever
 * search found them: their fragments are downloaded anyway, once for all searches) are loaded and checked before the
 * others, which are loaded only if they do not settle it.
 */
async function isFallback(items, search, first = null) {
  if (search.trusted || !search.terms.length || search.headSize === 0) return false;
  const unanswered = new Set(search.terms);
  const head = items.slice(0, search.headSize);
  const shown = first ? head.filter((item) => first.has(item.result.id)) : head;
  await answeredBy(shown, unanswered);
  if (unanswered.size && shown.length < head.length) await answeredBy(head.filter((item) => !shown.includes(item)), unanswered);
  return unanswered.size > 0;
}

/** Loads `items` all at once and removes from `unanswered` the terms each answers; done when none is left or all are in. */
function answeredBy(items, unanswered) {
  return new Promise((resolve, reject) => {
    let left = items.length;
    if (!left || !unanswered.size) resolve();
    for (const load of items.map(loadData)) {
      load.then((data) => {
        for (const t of unanswered) if (answersAll(data, [t])) unanswered.delete(t);
        if (!unanswered.size || --left === 0) resolve();
      }, reject);
    }
  });
}

/**
 * Adds the results of one search to `byId` (page id → item), unless they are a prefix fallback. A page another search
 * found keeps its item, so its fragment is downloaded once, and gains this search's terms; a page with an item in `made`
 * (already loading) gets that one.
 */
async function addChecked(byId, results, search, first = null, made = null) {
  const items = results.map((r) => byId.get(r.id) ?? made?.get(r.id) ?? { result: r, data: null, termSets: [] });
  if (await isFallback(items, search, first)) return false;
  for (const item of items) {
    item.termSets.push(search.terms);
    byId.set(item.result.id, item);
  }
  return true;
}

/**
 * Results by relevance over the whole archive (every part merged): each search checked (see isFallback), their
 * results merged, each once, best score first. `total`: the results found (some may fail the check when shown).
 */
async function relevanceSource(index, searches, state) {
  await index.all();
  const filters = pagefindFilters(state.filters);
  const byId = new Map();
  let counts = null;
  let trustedCounts = null;
  for (const search of searches) {
    // One after the other, not at once: two searches may load the same page (see loadData).
    const found = await rawSearch(index, search.query, withTags(filters, search.tags));
    if (!(await addChecked(byId, found.results, search)) || !found.results.length) continue;
    // The counts of a search through a tag's filter first, as countsOf gives them.
    if (search.trusted) trustedCounts ??= found.filters;
    else counts ??= found.filters;
  }
  // A search through a tag's filter alone scores nothing: the tag's articles without the words typed come after those
  // with them, in Pagefind's order of pages (newest first in each part).
  const items = [...byId.values()].sort((a, b) => b.result.score - a.result.score);
  const total = items.length;
  return {
    counts: trustedCounts ?? counts,
    get more() {
      return items.length > 0;
    },
    total,
    take(n) {
      return loadAll(items.splice(0, n));
    },
  };
}

/** Pagefind's filters for the reader's `filters` in part `k` of the index only. */
function partFilters(index, k, filters) {
  const out = pagefindFilters(filters);
  if (index.parts > 1) out[PART_FILTER] = String(k);
  return out;
}

/** The pages of one part, by date, newest first, per filter set: the same for every query. */
const partOrders = new Map();
function partOrder(index, filters) {
  const key = JSON.stringify(filters);
  if (!partOrders.has(key)) {
    const order = index.pf.search(null, { filters, sort: { date: "desc" } }).then((r) => r.results.map((x) => x.id));
    order.catch(() => partOrders.delete(key));
    partOrders.set(key, order);
  }
  return partOrders.get(key);
}

/**
 * The pages of `first` (those shown first) that only a search without words of its own found (a tag's filter, never
 * checked: see isFallback): their items, loading from now on, beside the check of the other searches' results instead
 * of after it. A page a checked search also found is left to that search's item (its locations mark the words typed).
 */
function earlyLoads(found, first) {
  const checked = new Set(found.filter(({ search }) => !search.trusted).flatMap(({ results }) => results.map((r) => r.id)));
  const made = new Map();
  for (const { search, results } of found) {
    if (!search.trusted) continue;
    for (const r of results) {
      if (!first.has(r.id) || checked.has(r.id) || made.has(r.id)) continue;
      const item = { result: r, data: null, termSets: [] };
      loadData(item).catch(() => undefined);
      made.set(r.id, item);
    }
  }
  return made;
}

/**
 * Results in date order, newest first, searched part by part as they are shown: the parts hold consecutive date
 * ranges, newest first, so the first part usually fills the first page of results alone, and an older part is
 * downloaded only when the reader asks for more. In a part: each search by relevance tells what matched (a sorted
 * search replaces scores by rank; a tag named by another spelling is a search without words, through the tag's filter)
 * and one search without words, sorted by date, gives the part's order (no download: the part filter is Pagefind's
 * synthetic one, the dates are in its metadata). `total` is known once every part is searched.
 */
function dateSource(index, searches, state) {
  const items = [];
  let part = 0;
  let taken = 0;
  /** Searches part `k`, whose first `need` results would complete the page being shown. */
  async function searchPart(k, need) {
    await index.upTo(k);
    const filters = partFilters(index, k, state.filters);
    const found = [];
    for (const search of searches) {
      const { results } = await rawSearch(index, search.query, withTags(filters, search.tags));
      if (results.length) found.push({ search, results });
    }
    if (!found.length) return;
    const order = await partOrder(index, filters);
    const rank = new Map(order.map((id, i) => [id, i]));
    const byRank = (a, b) => rank.get(a) - rank.get(b);
    // The pages this part would show first, whichever search found them: loaded anyway, they are checked first.
    const ids = [...new Set(found.flatMap(({ results }) => results.map((r) => r.id)))].filter((id) => rank.has(id));
    const first = new Set(ids.sort(byRank).slice(0, need));
    const made = earlyLoads(found, first);
    const byId = new Map();
    // Each search's results in the order shown, so that the results checked for a fallback are the ones shown first.
    for (const { search, results } of found) {
      const shownOrder = results.filter((r) => rank.has(r.id)).sort((a, b) => byRank(a.id, b.id));
      await addChecked(byId, shownOrder, search, first, made);
    }
    items.push(...[...byId.values()].sort((a, b) => byRank(a.result.id, b.result.id)));
  }
  return {
    counts: null,
    get more() {
      return items.length > 0 || part < index.parts;
    },
    get total() {
      return part >= index.parts ? taken + items.length : null;
    },
    /** The next `n` results; `live()` false (the reader has searched again) stops the search of older parts. */
    async take(n, live = () => true) {
      while (items.length < n && part < index.parts && live()) await searchPart(part++, n - items.length);
      const out = items.splice(0, n);
      taken += out.length;
      return loadAll(out);
    },
  };
}

/**
 * The files of the alias table the query needs: for each run of its words the manifest's filter says may be a tag's
 * other spelling, the file of the run's first word (see wordPart). None for most queries.
 */
function aliasPartsOf(m, query) {
  const parts = new Set();
  if (!m.aliasFiles) return parts;
  const words = splitWords(query);
  for (let i = 0; i < words.length; i++) {
    for (let j = i + 1; j <= words.length; j++) {
      if (mayHaveWord(m.alias, words.slice(i, j).join(" "))) parts.add(wordPart(words[i], m.aliasFiles));
    }
  }
  return parts;
}

/**
 * What `query` (normalised) names of the tags' other spellings (see rewriteAliases), or null. Most queries name none:
 * the manifest's filter says so without reading the table.
 */
async function aliasRewrite(query) {
  const parts = aliasPartsOf(await loadManifest(), query);
  return parts.size ? rewriteAliases(query, await loadAliases(parts)) : null;
}

/**
 * The searches a query makes: the query as typed; when some of its words have a name key, the query with those keys
 * (the index holds `tokaev` for every `Tokaïev`); when it names another spelling of a tag, the articles with the tag
 * (Pagefind's filter) that answer the query's other words. A search with no word of its own (`trusted`) cannot be a
 * prefix fallback: it is not checked.
 */
async function searchesOf(q) {
  // A query between quotes is a phrase: Pagefind's exact search, with no other spelling tried.
  const phrase = phraseOf(q);
  const query = phrase ?? normaliseQuery(q);
  const terms = termsOf(query);
  const searches = [{ query: phrase ? `"${phrase}"` : query, terms, headSize: PAGE_SIZE, trusted: false }];
  if (phrase) return searches;
  // A key that only drops a final `e` (`neutralite` → `neutralit`) is a prefix of the word: Pagefind's own search
  // already finds every article the keyed one would, at the cost of a second search over thousands of results.
  if (terms.some((t) => t.key && !foldWord(t.term).startsWith(t.key))) {
    // Its results mostly repeat the first search's: a shorter head is enough to tell a fallback.
    searches.push({ query: terms.map((t) => t.key ?? t.term).join(" "), terms, headSize: KEYED_HEAD_SIZE, trusted: false });
  }
  const rewritten = await aliasRewrite(query);
  if (rewritten) {
    // The tags named are searched through their filters (a small file per part), not their names' words (a word
    // chunk of about 20 KB each); the words a result answers and is marked with are still the names'.
    const { query: r, tags, rest, onlyNames } = rewritten;
    searches.push({ query: rest || null, tags, terms: termsOf(r), headSize: onlyNames ? 0 : KEYED_HEAD_SIZE, trusted: onlyNames });
  }
  return searches;
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
      // Pagefind marks a word with the punctuation written against it (`Astana,`, `«ONU`): only the word is marked.
      let [, before, word, after] = /^([^\p{L}\p{N}]*)([\p{L}\p{N}][\s\S]*?)?([^\p{L}\p{N}]*)$/u.exec(text) ?? [];
      // So is an elided article or pronoun written against it ("d’Astana", "l’ONU"): the mark holds "Astana".
      const elided = word ? ELISION_RE.exec(word) : null;
      if (elided) [before, word] = [(before ?? "") + elided[1], word.slice(elided[1].length)];
      const m = document.createElement("mark");
      m.textContent = word ?? text;
      if (word && before) nodes.push(document.createTextNode(before));
      nodes.push(m);
      if (word && after) nodes.push(document.createTextNode(after));
    } else nodes.push(document.createTextNode(text));
  }
  return nodes;
}

/**
 * EXCERPT_WORDS words of a result's text around the first that answers one of `terms` (a third of them before it), or
 * null when none does. Pagefind's text, split as Pagefind splits it; set as text, never as HTML.
 */
function excerptAround(content, terms) {
  const words = content.split(PAGEFIND_SPACE_RE);
  // Accents and case folded once for the whole text (they add or remove no space, so the words stay where Pagefind
  // counts them), and each distinct word checked once: an article repeats most of its words.
  const folded = foldCase(content).split(PAGEFIND_SPACE_RE);
  const checked = new Map();
  // Every word answersTerm accepts starts with the term's first three letters: most words need no closer look.
  const heads = terms.map((t) => foldWord(t.term).slice(0, 3));
  const answered = (part) => {
    let yes = checked.get(part);
    if (yes === undefined) {
      const plain = part.replace(/[^a-z0-9]+/g, "");
      yes = terms.some((t, i) => (t.key !== null || plain.startsWith(heads[i])) && answers(t, part));
      checked.set(part, yes);
    }
    return yes;
  };
  const at = folded.findIndex((w) => w.split(WORD_SEPARATOR_RE).some((part) => part !== "" && answered(part)));
  if (at < 0) return null;
  const start = Math.max(0, Math.min(at - Math.floor(EXCERPT_WORDS / 3), words.length - EXCERPT_WORDS));
  return words.slice(start, start + EXCERPT_WORDS).join(" ");
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
  // A result found through a tag's filter or another spelling has no mark from Pagefind, and its excerpt may be the
  // article's first words: the excerpt is then taken around the first word that answers the search, marked as written.
  const around = !(data.excerpt ?? "").includes("<mark>") && terms.length ? excerptAround(data.content ?? "", terms) : null;
  if (around === null) excerpt.append(...excerptNodes(data.excerpt ?? ""));
  else excerpt.textContent = retypeset(around);
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

/**
 * Shows the next page of results, loading and checking each one; returns how many were shown. Each result is shown
 * as soon as it is loaded, in order: the first is on screen while the last are still on their way.
 */
async function showMore(id) {
  // This search's own source: a search the reader has left behind must take nothing from the next one's.
  const { source } = current;
  let shown = 0;
  while (shown < PAGE_SIZE && source.more) {
    const loads = await source.take(PAGE_SIZE - shown, () => id === current.id);
    if (id !== current.id) return shown;
    for (const load of loads) {
      const { data, termSets } = await load;
      if (id !== current.id) return shown;
      // The query's own terms come first: a result answering them is marked with the words the reader typed.
      const terms = termSets.find((t) => answersAll(data, t));
      if (!terms) {
        current.rejected++;
        continue;
      }
      list.append(renderResult(data, terms));
      shown++;
    }
  }
  current.shown += shown;
  moreButton.hidden = !source.more;
  return shown;
}

/**
 * Says how many results and in which order. The number is the one known: by date, it is known once every part of the
 * index has been searched; before that, the page says how many of the newest it shows.
 */
function writeStatus() {
  const { q, query, hasFilters, shown, source, sort } = current;
  const order = sort === "date" ? "du plus récent au plus ancien" : "les plus pertinents d’abord";
  const about = q ? `pour «\u202F${q}\u202F»` : "correspondant aux filtres";
  if (!query && !hasFilters) status.textContent = "";
  else if (shown === 0) status.textContent = q ? `Aucun résultat pour «\u202F${q}\u202F».` : "Aucun article ne correspond à ces filtres.";
  else if (source.total === null) status.textContent = `${shown} premiers résultats ${about}, ${order}.`;
  else {
    const n = source.total - current.rejected;
    status.textContent = `${n} article${n > 1 ? "s" : ""} ${about}, ${order}.`;
  }
}

/**
 * Builds the filter checkboxes once, from every value in the index, when the reader first opens the filters (or arrives
 * with filters in the URL): the values of every filter weigh more than the rest of a search, and most readers never
 * filter. The counts shown are those of the current search, asked again now that every filter is loaded.
 */
function openFilters(selected) {
  filtersReady ??= (async () => {
    const index = await loadPagefind();
    // The values of every part: a filter narrows the whole archive.
    await index.all();
    const all = await index.pf.filters();
    const counts = current.counts ? await countsOf(index, current.counts.searches, current.counts.state) : null;
    const { buildFilters, updateCounts } = await extra();
    buildFilters(filtersBox, filtersDetails, FILTER_GROUPS, all, selected);
    updateCounts(filtersBox, counts);
  })().catch(() => {
    filtersReady = null;
  });
  return filtersReady;
}

/** Suggests the tags whose names are close to a query that found nothing. */
async function suggest(query, id) {
  const [{ closeTags, showSuggestions }, rows] = await Promise.all([extra(), loadTopics()]);
  const tags = closeTags(query, rows);
  if (id === current.id && tags.length) showSuggestions(suggestBox, tags);
}

/** No search: nothing to show. */
const NO_RESULTS = { counts: null, more: false, total: 0, take: async () => [] };

/**
 * The filter counts of a search over the whole archive: those of the first of its searches that finds something, a
 * search through a tag's filter first (the query's own words may find only Pagefind's prefix fallback).
 */
async function countsOf(index, searches, state) {
  await index.all();
  for (const search of [...searches.filter((s) => s.trusted), ...searches.filter((s) => !s.trusted)]) {
    const found = await rawSearch(index, search.query, withTags(pagefindFilters(state.filters), search.tags));
    if (found.results.length) return found.filters;
  }
  return null;
}

async function runSearch(state) {
  const id = ++current.id;
  // Set before the first await: whoever watches the list (a screen reader, a test) knows the results are stale.
  list.setAttribute("aria-busy", "true");
  const index = await loadPagefind();
  const query = normaliseQuery(state.q);
  const hasFilters = Object.keys(state.filters).length > 0;
  if (hasFilters) await openFilters(state.filters);
  const searches = query ? await searchesOf(state.q) : hasFilters ? [{ query: null, terms: [], headSize: 0, trusted: true }] : [];
  let source = NO_RESULTS;
  if (searches.length) source = state.sort === "date" ? dateSource(index, searches, state) : await relevanceSource(index, searches, state);
  if (id !== current.id) return;
  current = { id, source, shown: 0, rejected: 0, counts: null, q: state.q.trim(), query, hasFilters, sort: state.sort };
  list.replaceChildren();
  // The list says whose results it holds while they arrive; the status, once they are all in (see writeStatus).
  list.dataset.query = current.q;
  status.textContent = "";
  suggestBox.replaceChildren();
  suggestBox.hidden = true;
  await showMore(id);
  if (id !== current.id) return;
  if (current.shown) current.counts = { searches, state };
  if (filtersBox.dataset.built !== undefined) {
    const counts = current.shown ? (source.counts ?? (await countsOf(index, searches, state))) : null;
    const { updateCounts } = await extra();
    if (id !== current.id) return;
    updateCounts(filtersBox, counts);
  }
  list.setAttribute("aria-busy", "false");
  writeStatus();
  if (current.shown === 0 && query) suggest(query, id).catch(() => undefined);
}

/** "Plus de résultats": the next page, by date from older parts of the index when the loaded ones are used up. */
async function runMore() {
  const id = current.id;
  list.setAttribute("aria-busy", "true");
  await showMore(id);
  if (id !== current.id) return;
  list.setAttribute("aria-busy", "false");
  writeStatus();
}

/** Runs a search; if Pagefind cannot load or answer, says so instead of leaving the page silent. */
function run(state) {
  return (state ? runSearch(state) : runMore()).catch(() => {
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
/** When the last keystroke came, and the gaps between the last few (see typingPause). */
let lastKeyAt = 0;
const keyGaps = [];

/**
 * Fetches the index chunks for the query being typed, so the search that follows the pause finds them loaded: the same
 * chunks it would fetch, once the last word is long enough (see PRELOAD_MIN_LETTERS). Newest first, the newest part's;
 * sorted by relevance, which searches every part, every part's (merged first: their metadata is read then too).
 */
function preloadQuery(index, value) {
  const query = normaliseQuery(value);
  if (phraseOf(value) || query.split(" ").pop().length < PRELOAD_MIN_LETTERS) return;
  const everyPart = sortSelect.value === "pertinence";
  (everyPart ? index.all() : Promise.resolve())
    .then(() => {
      index.pf.preload(query).catch(() => undefined);
      return preloadTags(index, query, everyPart);
    })
    .catch(() => undefined);
}

/**
 * For a query naming another spelling of a tag, while the reader is still typing: the alias files it leads to, then
 * the tag's filter in the newest part, or in every part (`everyPart`: by relevance), through Pagefind's preload of a
 * search without words (the files, no search): the files the search after the pause would otherwise wait for one after
 * the other. Nothing for most queries (the manifest's filter).
 */
async function preloadTags(index, query, everyPart) {
  const rewritten = await aliasRewrite(query);
  if (!rewritten?.tags.length) return;
  await index.pf.preload(null, { filters: withTags(everyPart ? {} : partFilters(index, 0, {}), rewritten.tags) });
}

// The first pause in typing after a settled search adds a history entry; later pauses only replace it, so the back
// button goes from search to search, not from letter to letter.
let settledSearch = true;
input.addEventListener("input", () => {
  const now = performance.now();
  if (lastKeyAt) keyGaps.push(now - lastKeyAt);
  if (keyGaps.length > KEY_GAPS_KEPT) keyGaps.shift();
  lastKeyAt = now;
  // The index starts loading with the first keystroke, while the reader is still typing.
  loadPagefind()
    .then((index) => preloadQuery(index, input.value))
    .catch(() => undefined);
  clearTimeout(typingTimer);
  typingTimer = setTimeout(() => {
    const state = pageState();
    writeUrl(state, settledSearch);
    settledSearch = false;
    run(state);
  }, typingPause(keyGaps));
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
moreButton.addEventListener("click", () => {
  // One page at a time: a click while results are still arriving would ask for the same ones again.
  if (list.getAttribute("aria-busy") !== "true") run(null);
});
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

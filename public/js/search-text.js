// Text rules shared by the search index (at build time) and the search page (in the browser): folding, name keys, match checks.

/** Typographic apostrophes and look-alikes French texts use for elision (l’ONU, d‘Abraham, l´Europe, lʼÉtat). */
const APOSTROPHE_RE = /[\u2019\u2018\u02BC\u00B4\u0060\u2032]/g;
/** Curly and angle quotes around a query word (“ONU”, «ONU», „ONU“); Pagefind reads ASCII `"…"` as a phrase search. */
const QUOTE_RE = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A"]/g;
/** Every kind of space, including the no-break spaces French puts before « : ; ? ! » (U+00A0, U+202F). */
const SPACES_RE = /[\s\u00A0\u202F\u2007\uFEFF]+/g;
/** A letter, straight apostrophe, letter: `l'ONU`; French typography prints it as `l’ONU`. */
const STRAIGHT_ELISION_RE = /(\p{L})'(?=\p{L})/gu;
/** Combining marks left by NFD: `Tokaïev` → `Tokaiev`. */
const MARKS_RE = /\p{M}+/gu;

/** French function words that never decide whether a result is relevant: `Organisation de coopération de Shanghai`. */
export const STOP_WORDS = new Set(
  "a au aux avec ce ces d dans de des du en et l la le les leur leurs mais ne ni ou par pas pour qu que qui sa se ses son sur un une".split(" "),
);

/** A character outside Latin letters and spaces that may have a compatibility form: `ᵉ` in `80ᵉ`, `ﬁ`, `…`. */
const COMPAT_RE = /[^\u0000-\u024F\s]/gu;

/**
 * Text for the index: apostrophes folded to `'` (Pagefind splits `l'ONU` into `l` + `ONU`, not `l’ONU`) and
 * compatibility forms folded (`80ᵉ` → `80e`); no-break spaces kept, so excerpts keep French typography.
 */
export function foldForIndex(text) {
  return text.replace(APOSTROPHE_RE, "'").replace(COMPAT_RE, (c) => c.normalize("NFKC"));
}

/** A hyphen or dash joining two words in a query: `Nations-Unies`, `Kassym-Jomart`. */
const QUERY_HYPHEN_RE = /(?<=[\p{L}\p{N}])[-\u2010\u2011\u2013\u2014](?=[\p{L}\p{N}])/gu;

/**
 * A query as Pagefind should see it: apostrophes folded, curly quotes dropped, hyphenated words apart
 * (Pagefind indexes both parts of `Nations-Unies` but ranks a hyphenated query by the compound alone), spaces collapsed.
 */
export function normaliseQuery(query) {
  return query
    .replace(APOSTROPHE_RE, "'")
    .normalize("NFKC")
    .replace(QUOTE_RE, " ")
    .replace(QUERY_HYPHEN_RE, " ")
    .replace(SPACES_RE, " ")
    .trim();
}

/** A whole query between quotes of any kind: `"mer d'Aral"`, `« mer d’Aral »`, `“mer d’Aral”`. */
const PHRASE_RE = /^\s*["\u201C\u201E\u00AB\u2039]\s*(.+?)\s*["\u201D\u201C\u00BB\u203A]\s*$/su;

/** The words of a query written as a phrase between quotes, normalised, or null when it is not one. */
export function phraseOf(query) {
  const m = PHRASE_RE.exec(query);
  return m ? normaliseQuery(m[1]) || null : null;
}

/** The pause in typing that starts a search before the reader's rhythm is known, ms. */
export const TYPING_PAUSE_MS = 150;
/** Gaps between keystrokes longer than this start a new burst of typing: they say nothing of the reader's rhythm. */
const NEW_BURST_MS = 1000;
/** The reader's last gaps between keystrokes that set the pause: the search page keeps no more. */
export const KEY_GAPS_KEPT = 5;

/**
 * The pause in typing that starts a search: twice the median of the reader's last gaps between keystrokes (at most
 * five, those of the current burst; the higher middle one of an even number), within 100–300 ms. A fast typist sees
 * results sooner; a slow one is not searched for at every letter, which would download results for unfinished words.
 */
export function typingPause(gaps) {
  const recent = gaps.filter((g) => g < NEW_BURST_MS).slice(-KEY_GAPS_KEPT).sort((a, b) => a - b);
  return recent.length ? Math.min(300, Math.max(100, Math.round(2 * recent[recent.length >> 1]))) : TYPING_PAUSE_MS;
}

/** Indexed text shown back to readers (titles, excerpts) gets its French apostrophes again: `l'ONU` → `l’ONU`. */
export function retypeset(text) {
  return text.replace(STRAIGHT_ELISION_RE, "$1\u2019");
}

/** One word reduced to what search compares: lower case, no accents, letters and digits only. */
export function foldWord(word) {
  return foldCase(word).replace(/[^a-z0-9]+/g, "");
}

/** A text in lower case without accents (`Tokaïev` → `tokaiev`), its spaces and punctuation where they were. */
export function foldCase(text) {
  return text.normalize("NFD").replace(MARKS_RE, "").toLowerCase();
}

/**
 * What separates words, as Pagefind splits compounds: spaces, apostrophes, hyphens, punctuation, quotes (a query has
 * its apostrophes straightened and its quotes dropped first; an indexed text keeps its straight double quotes).
 */
export const WORD_SEPARATOR_RE = /[\s'’\-‐‑–—/.,;:!?()[\]{}«»“”"]+/;

/** The words of a normalised text as written, those that fold to something (splitWords's, unfolded). */
function writtenWords(text) {
  return normaliseQuery(text)
    .split(WORD_SEPARATOR_RE)
    .filter((w) => foldWord(w) !== "");
}

/** The words of a text or query, split like Pagefind splits compounds (spaces, apostrophes, hyphens), folded. */
export function splitWords(text) {
  return normaliseQuery(text).split(WORD_SEPARATOR_RE).map(foldWord).filter(Boolean);
}

/** The query words that must each be matched for a result to count: function words and single letters left out. */
export function significantTerms(query) {
  return [...new Set(splitWords(query).filter((w) => w.length > 1 && !STOP_WORDS.has(w)))];
}

/** French inflection endings, longest first, removed before comparing a query word with indexed words. */
const SUFFIXES = [
  "issements", "issement", "atrices", "ateurs", "ations", "atrice", "ateur", "ation", "ements", "ement",
  "iques", "ismes", "istes", "ences", "ances", "euses", "ique", "isme", "iste", "ence", "ance", "euse", "ites",
  "ables", "able", "elles", "elle", "ions", "ites", "ite", "ives", "ive", "ifs", "if", "eaux", "eau", "aux",
  "ees", "ee", "es", "er", "ez", "ent", "ant", "ais", "ait", "aient", "e", "s", "x",
];

/** A light French stem: enough to tell `négociations` ~ `négocier` apart from an unrelated word sharing a prefix. */
export function lightStem(word) {
  const w = foldWord(word);
  for (const s of SUFFIXES) {
    if (w.length - s.length >= 3 && w.endsWith(s)) return w.slice(0, -s.length);
  }
  return w;
}

/**
 * Whether an indexed word really answers a query term (same word, an inflection, or a longer word starting with it),
 * rather than Pagefind's fallback to the longest indexed prefix (`Ouattara` matching `ouverture`).
 */
export function answersTerm(term, word) {
  const t = foldWord(term);
  const w = foldWord(word);
  if (!t || !w) return false;
  if (w.startsWith(t) || w === t) return true;
  const stem = lightStem(t);
  // A short stem (`uni` from `unies`) starts too many unrelated words (`universel`): then only the same stem counts.
  return stem.length >= 3 && (lightStem(w) === stem || (stem.length >= 5 && w.startsWith(stem)));
}

/**
 * A spelling-independent key for a transliterated name, so French, English and Russian-style spellings meet:
 * `Tokaïev`, `Tokayev`, `Tokaev` → `tokaev`; `Poutine`, `Putin` → `putin`; `Achgabat`, `Ashgabat` → `asgabat`.
 */
export function nameKey(word) {
  let k = foldWord(word);
  k = k
    .replace(/tch/g, "ch") // French `tch` is English `ch`: Tchernobyl, Chernobyl
    .replace(/dzh|dj|zh/g, "j") // Djamila, Zhomart, Jomart
    .replace(/kh/g, "h") // Berdymoukhamedov, Berdimuhamedov
    .replace(/sh|ch|sch/g, "s") // Achgabat, Ashgabat
    .replace(/ou/g, "u") // Poutine, Putin
    .replace(/gu(?=[ei])/g, "g") // Sergueï, Sergei
    .replace(/ph/g, "f")
    .replace(/w/g, "v")
    .replace(/y/g, "i")
    .replace(/q/g, "k")
    .replace(/(.)\1+/g, "$1") // Kassym / Kasym, Zelenskyy / Zelensky
    .replace(/([aeou])i(?=[aeou])/g, "$1") // Tokaïev, Tokayev, Tokaev
    .replace(/(.)\1+/g, "$1");
  if (k.length > 4) k = k.replace(/e$/, ""); // Poutine, Putin
  return k;
}

/** Whether a word looks like a name worth a name key: capitalised, at least four letters. */
export function isNameLike(word) {
  return /^\p{Lu}\p{L}{3,}$/u.test(word);
}

/** Between two tag names in an index document's `sujets` metadata. */
export const TOPIC_SEPARATOR = "; ";

/**
 * The lookup a query is rewritten with, from the rows of the index's alias table ([name, Pagefind filter, other
 * spellings]): first folded word of an alias → every alias starting with it, as folded words with the tag's name and
 * filter, longest first.
 */
export function aliasLookup(rows) {
  const byFirst = new Map();
  for (const [name, filter, aliases] of rows) {
    for (const alias of aliases ?? []) {
      const words = splitWords(alias);
      if (!words.length) continue;
      const list = byFirst.get(words[0]) ?? [];
      list.push({ words, name, filter });
      byFirst.set(words[0], list);
    }
  }
  for (const list of byFirst.values()) list.sort((a, b) => b.words.length - a.words.length);
  return byFirst;
}

/**
 * What a query naming other spellings of tags (`Nations unies` for ONU, `Nour-Soultan` for Astana) asks, longest alias
 * first, or null when it names none: `query`, the query with each such spelling replaced by the tag's name (the words a
 * result answers and is marked with); `tags`, the tags named ({filter, name}: the search page finds their articles
 * through Pagefind's filters, with no word of their names to download); `rest`, the query's other significant words;
 * `onlyNames`, whether it has none (then Pagefind cannot fall back to a prefix).
 */
export function rewriteAliases(query, lookup) {
  const written = writtenWords(query);
  const words = written.map(foldWord);
  const out = [];
  const rest = [];
  const tags = [];
  for (let i = 0; i < words.length; ) {
    const hit = (lookup.get(words[i]) ?? []).find((a) => a.words.every((w, k) => words[i + k] === w));
    if (hit) {
      out.push(normaliseQuery(hit.name));
      if (!tags.some((t) => t.filter === hit.filter && t.name === hit.name)) tags.push({ filter: hit.filter, name: hit.name });
      i += hit.words.length;
    } else {
      if (words[i].length > 1 && !STOP_WORDS.has(words[i])) rest.push(written[i]);
      out.push(words[i++]);
    }
  }
  return tags.length ? { query: out.join(" "), tags, rest: rest.join(" "), onlyNames: rest.length === 0 } : null;
}

/**
 * Which of `count` files of the alias table holds the spellings starting with `word` (folded): FNV-1a of the word. The
 * build splits the table so; the search page downloads only the file a query's words need.
 */
export function wordPart(word, count) {
  let h = 0x811c9dc5;
  for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
  return (h >>> 0) % count;
}

/** FNV-1a offset bases, one per hash of a word in a word filter. */
const FILTER_SEEDS = [0x811c9dc5, 0x050c5d1f, 0x9e3779b9];

/** The bits a folded word sets in a word filter of `size` bits. */
function wordBits(word, size) {
  return FILTER_SEEDS.map((seed) => {
    let h = seed;
    for (let i = 0; i < word.length; i++) h = Math.imul(h ^ word.charCodeAt(i), 16777619);
    return (h >>> 0) % size;
  });
}

/**
 * A small filter of folded words (a Bloom filter: about ten bits per word, three hashes; about 2 % false positives):
 * `size` bits, base64. The search page reads it to know whether a query may name another spelling of a tag before it
 * downloads the table of those spellings.
 */
export function wordFilter(words) {
  const unique = [...new Set(words)];
  const size = Math.max(64, Math.ceil((unique.length * 10) / 8) * 8);
  const bytes = new Uint8Array(size / 8);
  for (const w of unique) for (const b of wordBits(w, size)) bytes[b >> 3] |= 1 << (b & 7);
  return { size, bits: btoa(String.fromCharCode(...bytes)) };
}

/** Whether `word` (folded) may be in the filter: false means it is certainly not. */
export function mayHaveWord(filter, word) {
  if (!filter?.size) return true;
  const bytes = atob(filter.bits);
  return wordBits(word, filter.size).every((b) => (bytes.charCodeAt(b >> 3) >> (b & 7)) & 1);
}

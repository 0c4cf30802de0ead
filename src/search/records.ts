// Decides what Pagefind is given for each article: a small HTML document built from the entry, not the rendered page.
import type { Entry } from "../site/model.ts";
import type { Tag, TagKind } from "../ingest/types.ts";
import { foldForIndex, isNameLike, nameKey, foldWord, TOPIC_SEPARATOR, WORD_SEPARATOR_RE } from "../../public/js/search-text.js";

/** One document for the search index. */
export interface SearchDocument {
  url: string;
  html: string;
}

/** Pagefind filter names, in French as the search page shows them, per kind of tag. */
export const FILTER_OF_KIND: Record<TagKind, string> = {
  person: "personnes",
  place: "lieux",
  org: "organisations",
  theme: "thèmes",
};

/** The filter holding the publication year. */
export const YEAR_FILTER = "année";

/** The date sort key of an undated article: before every real date, so last when the newest come first. */
const UNDATED_SORT_KEY = "0000";

/** Weight of the title in the body text (Pagefind gives a plain `h1` 7 and a paragraph 1). */
const TITLE_WEIGHT = 7;

/** Kinds in the order a result lists its tags (the order of the article's own listing: people first). */
const KIND_ORDER: TagKind[] = ["person", "place", "org", "theme"];

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Body blocks worth searching: the text of the article, not its photo credits or reference list. */
function bodyTexts(e: Entry): { text: string; heading: boolean }[] {
  return [
    { text: e.lede, heading: false },
    ...e.blocks
      .filter((b) => b.type !== "bibliography" && b.type !== "credit")
      .map((b) => ({ text: b.text, heading: b.type === "heading" })),
  ].filter((b) => b.text.trim() !== "");
}

/** Most words an archive writes recur: the name key of each word seen, or "" when it has none worth indexing. */
const variantOfWord = new Map<string, string>();
/** Words remembered at most; the memo starts again past this (an archive names far fewer distinct capitalised words). */
const VARIANT_MEMO_SIZE = 100_000;

/** The name key of `word` when it is name-like and spelt differently from its key, else "". */
function variantOf(word: string): string {
  // Only a word starting with an upper-case letter can be name-like: an ASCII first character other than A–Z is not one.
  const c = word.charCodeAt(0);
  if (c < 128 && (c < 65 || c > 90)) return "";
  let v = variantOfWord.get(word);
  if (v === undefined) {
    const key = isNameLike(word) ? nameKey(word) : "";
    v = key.length >= 4 && key !== foldWord(word) ? key : "";
    if (variantOfWord.size >= VARIANT_MEMO_SIZE) variantOfWord.clear();
    variantOfWord.set(word, v);
  }
  return v;
}

/** nameVariants of texts already passed through foldForIndex. */
function variantsOfFolded(folded: string[]): string[] {
  const keys = new Set<string>();
  for (const text of folded) {
    for (const word of text.split(WORD_SEPARATOR_RE)) {
      const key = variantOf(word);
      if (key) keys.add(key);
    }
  }
  return [...keys].sort();
}

/**
 * Name keys of the capitalised words of the article that are spelt differently from their key
 * (`Tokaïev` → `tokaev`), so a reader's other transliteration finds them; see nameKey.
 */
export function nameVariants(texts: string[]): string[] {
  return variantsOfFolded(texts.map(foldForIndex));
}

/**
 * The display names of the article's tags, people first, then places, organisations and themes: searchable (an article
 * tagged Astana is found by `Astana` even when its text says Nour-Soultan), and the first few are shown under a result.
 * Other spellings of a tag are not here: the search page finds the tag's articles through its filter (see aliasRows).
 */
export function topicText(tags: Tag[]): string {
  const names = KIND_ORDER.flatMap((k) => tags.filter((t) => t.kind === k).map((t) => foldForIndex(t.name)));
  return [...new Set(names)].join(TOPIC_SEPARATOR);
}

/**
 * Builds the HTML Pagefind indexes for one entry. Searchable: the title (weighted) and the body, with apostrophes
 * folded so `l’ONU` indexes `ONU`; the tags' names and the name keys as hidden metadata. Not searchable: the date
 * (metadata the search page ranks with weight 0), the year and tag filters, the date sort key. Every byte of metadata
 * is repeated in the fragment a result downloads, so nothing is here that the search page does not read.
 */
export function toSearchDocument(e: Entry): SearchDocument {
  const texts = bodyTexts(e);
  const folded = texts.map((b) => foldForIndex(b.text));
  const foldedTitle = foldForIndex(e.title);
  const body = texts.map((b, i) => (b.heading ? `<h2>${escapeHtml(folded[i])}</h2>` : `<p>${escapeHtml(folded[i])}</p>`)).join("");
  const filters = e.tags.map((t) => `<span data-pagefind-filter="${FILTER_OF_KIND[t.kind]}">${escapeHtml(t.name)}</span>`);
  if (e.year) filters.push(`<span data-pagefind-filter="${YEAR_FILTER}">${escapeHtml(e.year)}</span>`);
  const meta = [
    `<span data-pagefind-meta="sujets">${escapeHtml(topicText(e.tags))}</span>`,
    `<span data-pagefind-meta="variants">${escapeHtml(variantsOfFolded([foldedTitle, ...folded]).join(" "))}</span>`,
    `<span data-pagefind-meta="date">${escapeHtml(e.date ?? "")}</span>`,
  ];
  // Pagefind leaves out of a sorted search every page without the sort key: undated articles sort last instead.
  const sort = `<span data-pagefind-sort="date">${escapeHtml(e.date ?? UNDATED_SORT_KEY)}</span>`;
  const title = escapeHtml(foldedTitle);
  const html =
    `<html lang="fr"><head><title>${title}</title></head><body>` +
    `<main data-pagefind-body><h1 data-pagefind-meta="title" data-pagefind-weight="${TITLE_WEIGHT}">${title}</h1>${body}</main>` +
    `<div hidden>${meta.join("")}${filters.join("")}${sort}</div></body></html>`;
  return { url: e.url, html };
}

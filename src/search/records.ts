// Decides what Pagefind is given for each article: a small HTML document built from the entry, not the rendered page.
import type { Entry } from "../site/model.ts";
import type { Tag, TagKind } from "../ingest/types.ts";
import { foldForIndex, isNameLike, nameKey, foldWord } from "../../public/js/search-text.js";
import { tagAliases } from "./aliases.ts";

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

/** A tag as the search page shows it under a result: [kind, name, url]. */
export type ResultTag = [TagKind, string, string];

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

/**
 * Name keys of the capitalised words of the article that are spelt differently from their key
 * (`Tokaïev` → `tokaev`), so a reader's other transliteration finds them; see nameKey.
 */
export function nameVariants(texts: string[]): string[] {
  const keys = new Set<string>();
  for (const text of texts) {
    for (const word of foldForIndex(text).split(/[\s'\-‐‑–—/.,;:!?()[\]{}«»“”"]+/)) {
      if (!isNameLike(word)) continue;
      const key = nameKey(word);
      if (key.length >= 4 && key !== foldWord(word)) keys.add(key);
    }
  }
  return [...keys].sort();
}

/** Every other name of the article's tags (`Tokayev`, `Nations unies`), none of them already its display name. */
export function aliasText(tags: Tag[]): string {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const t of tags) {
    for (const a of [t.name, ...tagAliases(t)]) {
      const key = a.toLowerCase();
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(foldForIndex(a));
    }
  }
  return out.join(" ; ");
}

/**
 * Builds the HTML Pagefind indexes for one entry. Searchable: the title (weighted) and the body, with apostrophes
 * folded so `l’ONU` indexes `ONU`; the tags' aliases and name keys as hidden metadata. Not searchable: the date and
 * tags shown with each result (metadata the search page ranks with weight 0 and never counts as a match),
 * the year and tag filters, the date sort key.
 */
export function toSearchDocument(e: Entry): SearchDocument {
  const texts = bodyTexts(e);
  const body = texts
    .map((b) => (b.heading ? `<h2>${escapeHtml(foldForIndex(b.text))}</h2>` : `<p>${escapeHtml(foldForIndex(b.text))}</p>`))
    .join("");
  const tags: ResultTag[] = e.tags.map((t) => [t.kind, t.name, t.url]);
  const filters = e.tags.map((t) => `<span data-pagefind-filter="${FILTER_OF_KIND[t.kind]}">${escapeHtml(t.name)}</span>`);
  if (e.year) filters.push(`<span data-pagefind-filter="${YEAR_FILTER}">${escapeHtml(e.year)}</span>`);
  const meta = [
    `<span data-pagefind-meta="aliases">${escapeHtml(aliasText(e.tags))}</span>`,
    `<span data-pagefind-meta="variants">${escapeHtml(nameVariants([e.title, ...texts.map((b) => b.text)]).join(" "))}</span>`,
    `<span data-pagefind-meta="date">${escapeHtml(e.date ?? "")}</span>`,
    `<span data-pagefind-meta="tags">${escapeHtml(JSON.stringify(tags))}</span>`,
  ];
  // Pagefind leaves out of a sorted search every page without the sort key: undated articles sort last instead.
  const sort = `<span data-pagefind-sort="date">${escapeHtml(e.date ?? UNDATED_SORT_KEY)}</span>`;
  const title = escapeHtml(foldForIndex(e.title));
  const html =
    `<html lang="fr"><head><title>${title}</title></head><body>` +
    `<main data-pagefind-body><h1 data-pagefind-meta="title" data-pagefind-weight="${TITLE_WEIGHT}">${title}</h1>${body}</main>` +
    `<div hidden>${meta.join("")}${filters.join("")}${sort}</div></body></html>`;
  return { url: e.url, html };
}

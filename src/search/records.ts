// Decides what Pagefind is given for each article: a small HTML document built from the entry, not the rendered page.
import type { Entry } from "../site/model.ts";

/** One document for the search index. */
export interface SearchDocument {
  url: string;
  html: string;
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** Builds the HTML Pagefind indexes for one entry: title and body text only. */
export function toSearchDocument(e: Entry): SearchDocument {
  const body = [e.lede, ...e.blocks.filter((b) => b.type !== "bibliography" && b.type !== "credit").map((b) => b.text)]
    .map((t) => `<p>${escapeHtml(t)}</p>`)
    .join("");
  const html =
    `<html lang="fr"><head><title>${escapeHtml(e.title)}</title></head><body><main data-pagefind-body>` +
    `<h1 data-pagefind-meta="title">${escapeHtml(e.title)}</h1>` +
    `<span data-pagefind-meta="date" hidden>${escapeHtml(e.date ?? "")}</span>` +
    `${body}</main></body></html>`;
  return { url: e.url, html };
}

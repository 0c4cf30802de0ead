// Test helpers: a whole published Article from a slug and a date, every other field filled in and replaceable.
import type { Article } from "../../src/ingest/types.ts";

/**
 * A published article `slug` of `date` (its address under the date, or under /sans-date/), titled `Titre slug`, with no
 * blocks and no tags; `over` replaces any field.
 */
export function testArticle(slug: string, date: string | null, over: Partial<Article> = {}): Article {
  return {
    source: `seeds/${slug}.txt`,
    url: date ? `/${date.slice(0, 4)}/${date.slice(5, 7)}/${slug}/` : `/sans-date/${slug}/`,
    slug,
    title: `Titre ${slug}`,
    titleSource: "text",
    lede: `Chapô ${slug}.`,
    date,
    dateSource: date ? "header" : "none",
    dateEvidence: date ?? "",
    dateCertain: !!date,
    blocks: [],
    tags: [],
    removed: [],
    draft: false,
    hash: slug,
    ...over,
  };
}

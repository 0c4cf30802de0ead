// Publishes an article once when several seeds hold the same text, and gives articles that share a URL distinct ones.
import { createHash } from "node:crypto";
import type { Article, Problem } from "./types.ts";

/** An ingested article with the hash of its decoded text. */
export interface HashedArticle {
  article: Article;
  textHash: string;
}

/** SHA-256 of decoded text with line ends made LF: a UTF-16 or CRLF copy of a UTF-8 file has the same hash. */
export function hashText(text: string): string {
  return createHash("sha256").update(text.replace(/\r\n?/g, "\n")).digest("hex");
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Input in any order; sources are taken in code-point order so the outcome does not depend on the file system.
 * A seed whose decoded text equals an earlier one is dropped with a warning naming the one that is published.
 * Articles whose URL is already taken get `-2`, `-3`… on their slug (the first by source name keeps the plain URL),
 * with a warning; an empty slug (a title made only of punctuation) becomes `article`.
 */
export function dedupeArticles(items: HashedArticle[]): { articles: Article[]; problems: Problem[] } {
  const problems: Problem[] = [];
  const sorted = [...items].sort((a, b) => byCodePoint(a.article.source, b.article.source));
  const firstByHash = new Map<string, Article>();
  const kept: Article[] = [];
  for (const { article, textHash } of sorted) {
    const first = firstByHash.get(textHash);
    if (first) {
      problems.push({
        source: article.source,
        line: 1,
        severity: "warning",
        message: `same text as ${first.source}: published once, as ${first.url}; delete this copy`,
      });
      continue;
    }
    firstByHash.set(textHash, article);
    kept.push(article);
  }
  const taken = new Set<string>();
  const out: Article[] = [];
  for (const a of kept) {
    let article = a;
    if (article.slug === "") article = withSlug(article, "article");
    if (taken.has(article.url)) {
      const plain = article.url;
      let n = 2;
      let next = withSlug(article, `${article.slug}-${n}`);
      while (taken.has(next.url)) next = withSlug(article, `${article.slug}-${++n}`);
      problems.push({
        source: article.source,
        line: 1,
        severity: "warning",
        message: `another article already has the address ${plain}: published at ${next.url}; give this one a distinct title or a 'slug:' in front matter`,
      });
      article = next;
    }
    taken.add(article.url);
    out.push(article);
  }
  return { articles: out, problems };
}

/** The article with `slug` replacing the last segment of its URL. */
function withSlug(a: Article, slug: string): Article {
  const base = a.url.replace(/[^/]*\/$/, "");
  return { ...a, slug, url: `${base}${slug}/` };
}

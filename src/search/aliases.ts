// The other names of the archive's tags (`Tokayev` for Kassym-Jomart Tokaïev, `Nations unies` for ONU), written once for the search page.
import type { Tag, TagKind } from "../ingest/types.ts";
import { aliasesOf } from "../taxonomy/match.ts";
import { splitWords } from "../../public/js/search-text.js";

/** A tag's other spellings from the vocabulary (and its name without accents), without its display name. */
export function tagAliases(tag: Tag): string[] {
  const plain = tag.name.normalize("NFD").replace(/\p{M}+/gu, "");
  const all = [...aliasesOf(tag), plain];
  return [...new Set(all)].filter((a) => a !== tag.name);
}

/** One tag of the archive as the search page knows it: [name, url, kind, articles, other spellings]. */
export type TopicRow = [string, string, TagKind, number, string[]];

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * The tags present in the archive, each with its number of articles and the spellings a query may use for it that
 * its name does not already answer (`Tokaiev` folds to the name's own words: left out). Sorted by URL, so two builds
 * write the same bytes. The search page rewrites a query naming an alias to the tag's name, which every article
 * with the tag holds in its `sujets` metadata; it also suggests these tags when a query finds nothing.
 */
export function topicTable(tagLists: Iterable<Tag[]>): TopicRow[] {
  const byUrl = new Map<string, { tag: Tag; count: number }>();
  for (const tags of tagLists) {
    for (const tag of new Map(tags.map((t) => [t.url, t])).values()) {
      const seen = byUrl.get(tag.url);
      if (seen) seen.count++;
      else byUrl.set(tag.url, { tag, count: 1 });
    }
  }
  return [...byUrl.values()]
    .sort((a, b) => byCodePoint(a.tag.url, b.tag.url))
    .map(({ tag, count }) => {
      const own = splitWords(tag.name).join(" ");
      const seen = new Set([own]);
      const aliases: string[] = [];
      for (const a of tagAliases(tag)) {
        const key = splitWords(a).join(" ");
        if (!key || seen.has(key)) continue;
        seen.add(key);
        aliases.push(a);
      }
      return [tag.name, tag.url, tag.kind, count, aliases];
    });
}

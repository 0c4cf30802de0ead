// The other names of the archive's tags (`Tokayev` for Kassym-Jomart Tokaïev, `Nations unies` for ONU), written once for the search page.
import type { Tag, TagKind } from "../ingest/types.ts";
import { aliasesOf } from "../taxonomy/match.ts";
import { splitWords, wordPart } from "../../public/js/search-text.js";
import { FILTER_OF_KIND } from "./records.ts";

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
 * write the same bytes. The search page finds the articles of a tag a query names by another spelling through the tag's
 * Pagefind filter (see aliasRows); it also suggests these tags when a query finds nothing.
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

/** A row of the index's alias table: a tag's name, its Pagefind filter (`lieux`…), its other spellings. */
export type AliasRow = [string, string, string[]];

/** The alias table the search page reads when a query may name another spelling of a tag: the tags that have some. */
export function aliasRows(topics: TopicRow[]): AliasRow[] {
  return topics.filter((r) => r[4].length).map((r) => [r[0], FILTER_OF_KIND[r[2]], r[4]]);
}

/** About this many bytes of the alias table per file: a query naming another spelling downloads one such file. */
const ALIAS_PART_BYTES = 1024;

/**
 * The alias table in files of about ALIAS_PART_BYTES, each spelling in the file its first folded word leads to
 * (wordPart): a tag whose spellings start with different words is in several files, with the spellings of each.
 */
export function aliasParts(rows: AliasRow[], partBytes = ALIAS_PART_BYTES): AliasRow[][] {
  const count = Math.max(1, Math.ceil(JSON.stringify(rows).length / partBytes));
  const parts: AliasRow[][] = Array.from({ length: count }, () => []);
  for (const [name, filter, aliases] of rows) {
    const byPart = new Map<number, string[]>();
    for (const a of aliases) {
      const first = splitWords(a)[0];
      if (!first) continue;
      const k = wordPart(first, count);
      byPart.set(k, [...(byPart.get(k) ?? []), a]);
    }
    for (const [k, list] of byPart) parts[k].push([name, filter, list]);
  }
  return parts;
}

// Writes the small list of tags the search page suggests when a query finds nothing (`/recherche/sujets.json`).
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import type { Entry } from "../site/model.ts";
import type { TagKind } from "../ingest/types.ts";
import { tagAliases } from "./aliases.ts";

/** One suggestible tag: name, page URL, kind, number of articles, other names. */
export interface TagSuggestion {
  name: string;
  url: string;
  kind: TagKind;
  count: number;
  aliases: string[];
}

/** The site path of the suggestions file. */
export const SUGGESTIONS_PATH = "/recherche/sujets.json";

/** Every tag of the published entries, most used first, then by name. */
export function tagSuggestions(entries: Entry[]): TagSuggestion[] {
  const byUrl = new Map<string, TagSuggestion>();
  for (const e of entries)
    for (const t of e.tags) {
      const s = byUrl.get(t.url);
      if (s) s.count++;
      else byUrl.set(t.url, { name: t.name, url: t.url, kind: t.kind, count: 1, aliases: tagAliases(t) });
    }
  return [...byUrl.values()].sort((a, b) => b.count - a.count || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
}

/** Writes the suggestions file into the site folder `out`. */
export async function writeTagSuggestions(entries: Entry[], out: string): Promise<void> {
  const file = path.join(out, SUGGESTIONS_PATH);
  await mkdir(path.dirname(file), { recursive: true });
  await writeFile(file, JSON.stringify(tagSuggestions(entries)));
}

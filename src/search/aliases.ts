// The other names of a tag that search should know (`Tokayev` for Kassym-Jomart Tokaïev, `Nations unies` for ONU).
import type { Tag } from "../ingest/types.ts";
import { aliasesOf } from "../taxonomy/match.ts";

/** A tag's other spellings from the vocabulary (and its name without accents), without its display name. */
export function tagAliases(tag: Tag): string[] {
  const plain = tag.name.normalize("NFD").replace(/\p{M}+/gu, "");
  const all = [...aliasesOf(tag), plain];
  return [...new Set(all)].filter((a) => a !== tag.name);
}

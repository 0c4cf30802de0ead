// The other names of a tag that search should know (`Tokayev` for Kassym-Jomart Tokaïev, `Nations unies` for ONU).
import type { Tag } from "../ingest/types.ts";

/** A tag's aliases, without its display name. */
export function tagAliases(tag: Tag): string[] {
  const plain = tag.name.normalize("NFD").replace(/\p{M}+/gu, "");
  return plain !== tag.name ? [plain] : [];
}

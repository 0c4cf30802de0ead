// Finds the vocabulary's entities in an article's text (first version: no vocabulary yet).
import type { Tag } from "../ingest/types.ts";

/** A piece of article text and how much a mention in it counts. */
export interface WeightedText {
  text: string;
  weight: number;
}

/** Returns the tags of the entities named in `texts`, best first. */
export function matchEntities(_texts: WeightedText[]): Tag[] {
  return [];
}

// Test helpers: an editor's truth file (seeds-truth.json and its like) and the article lines it is compared with.
import { readFileSync } from "node:fs";
import type { Article, BlockType, TagKind } from "../../src/ingest/types.ts";

/** One article as the editor reads it: 1-based raw lines per kind of block, the furniture, the tags. */
export interface EditorTruth {
  headline: string | null;
  headline_line: number | null;
  lede_lines: number[];
  /** Acceptable dates; null when none can be known. */
  date: (string | null)[];
  heading_lines: number[];
  credit_lines: number[];
  quote_lines: number[];
  list_item_lines: number[];
  bibliography_lines: number[];
  boilerplate_lines: number[];
  tags: Partial<Record<TagKind, string[]>>;
  forbidden_tags: string[];
}

/** The truth file's fields of line numbers, with the block type each names. */
export const TRUTH_BLOCK_FIELDS: [keyof EditorTruth, BlockType][] = [
  ["heading_lines", "heading"],
  ["list_item_lines", "list-item"],
  ["quote_lines", "quote"],
  ["credit_lines", "credit"],
  ["bibliography_lines", "bibliography"],
];

/** The articles of a truth file, by seed file name. */
export function readTruth(file: string): Record<string, EditorTruth> {
  return JSON.parse(readFileSync(file, "utf8")).articles as Record<string, EditorTruth>;
}

/** The raw lines holding a block of `type` in `a`, sorted, each once. */
export function linesOf(a: Article, type: BlockType): number[] {
  return [...new Set(a.blocks.filter((b) => b.type === type).map((b) => b.line))].sort((x, y) => x - y);
}

// Test helpers: an editor's truth file (seeds-truth.json and its like) and the article lines it is compared with.
import type { Article, BlockType } from "../../src/ingest/types.ts";

export { publishedLines, readTruth, TRUTH_BLOCK_FIELDS, type EditorTruth } from "../../src/bench/truth.ts";

/** The raw lines where a block of `type` in `a` starts, sorted, each once. */
export function linesOf(a: Article, type: BlockType): number[] {
  return [...new Set(a.blocks.filter((b) => b.type === type).map((b) => b.line))].sort((x, y) => x - y);
}

/** Every raw line holding a block of `type` in `a`, the lines of a joined wrapped paragraph included, sorted. */
export function allLinesOf(a: Article, type: BlockType): number[] {
  return [...new Set(a.blocks.filter((b) => b.type === type).flatMap((b) => b.lines ?? [b.line]))].sort((x, y) => x - y);
}

// Test helpers: an editor's truth file (seeds-truth.json and its like) and the article lines it is compared with.
import type { Article, BlockType } from "../../src/ingest/types.ts";

export { readTruth, TRUTH_BLOCK_FIELDS, type EditorTruth } from "../../src/bench/truth.ts";

/** The raw lines holding a block of `type` in `a`, sorted, each once. */
export function linesOf(a: Article, type: BlockType): number[] {
  return [...new Set(a.blocks.filter((b) => b.type === type).map((b) => b.line))].sort((x, y) => x - y);
}

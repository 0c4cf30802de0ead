// Turns classified lines into the article's title, lede, blocks and removed lines.
import type { Block, BlockType, ClassifiedLine, Removed } from "./types.ts";

export interface Structure {
  title: string | null;
  lede: string;
  blocks: Block[];
  removed: Removed[];
}

const BLOCK_OF: Partial<Record<ClassifiedLine["kind"], BlockType>> = {
  heading: "heading",
  paragraph: "paragraph",
  quote: "quote",
  "list-item": "list-item",
  credit: "credit",
  caption: "credit",
  bibliography: "bibliography",
};

/** Builds blocks in source order; blank lines go to `removed`. */
export function structureArticle(lines: ClassifiedLine[]): Structure {
  let title: string | null = null;
  let lede = "";
  const blocks: Block[] = [];
  const removed: Removed[] = [];
  for (const l of lines) {
    if (l.kind === "title") title = l.text.trim();
    else if (l.kind === "lede") lede = l.text.trim();
    else if (l.kind === "blank") removed.push({ line: l.line, text: l.text, reason: "blank line" });
    else if (l.kind === "furniture") removed.push({ line: l.line, text: l.text, reason: l.reason ?? "furniture" });
    else {
      const type = BLOCK_OF[l.kind];
      if (type) blocks.push({ type, text: l.text.trim(), line: l.line });
    }
  }
  return { title, lede, blocks, removed };
}

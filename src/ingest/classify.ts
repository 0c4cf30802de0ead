// Gives each line a kind (first version: blank, lede, heading, list item, quote, credit, paragraph).
import type { ClassifiedLine, SourceLine } from "./types.ts";

// A list item: "- texte" or "• texte".
const LIST_ITEM_RE = /^\s*[-•–]\s+\S/;

/** Classifies lines one by one with simple shape rules. */
export function classifyLines(lines: SourceLine[]): ClassifiedLine[] {
  let seenText = false;
  return lines.map(({ line, text }) => {
    const t = text.trim();
    if (t === "") return { line, text, kind: "blank" };
    if (!seenText) {
      seenText = true;
      return { line, text, kind: "lede" };
    }
    if (LIST_ITEM_RE.test(t)) return { line, text, kind: "list-item" };
    if (t.startsWith("©")) return { line, text, kind: "credit" };
    if (t.startsWith("«")) return { line, text, kind: "quote" };
    if (t.length < 120 && !/[.:;!?]$/.test(t)) return { line, text, kind: "heading" };
    return { line, text, kind: "paragraph" };
  });
}

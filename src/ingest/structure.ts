// Turns classified lines into the article's title, lede, blocks and removed lines (nothing is dropped silently).
import { visibleText } from "./french.ts";
import type { Block, BlockType, ClassifiedLine, LineDate, Removed } from "./types.ts";

export interface Structure {
  title: string | null;
  titleLine: number | null;
  /** Every raw line of a headline wrapped over several. */
  titleLines?: number[];
  lede: string;
  ledeLine: number | null;
  /** Every raw line of a lede wrapped over several. */
  ledeLines?: number[];
  blocks: Block[];
  removed: Removed[];
  /** Publication dates stated as metadata, in reading order (header first when there is one). */
  metaDates: (LineDate & { line: number })[];
  /** The latest year of the page's copyright notices, if any. */
  yearHint?: number;
  /** The year in the path of the page's address above its text, if any. */
  addressYear?: number;
  /** The page's head counts hours or minutes since it came out (`Il y a 3 h`). */
  hoursAgo?: boolean;
  /** The earliest day the readers' comments are stamped with. */
  commentDay?: { date: string; evidence: string };
  /** Credits naming who took part (speakers, signatories): tagged like the text, unlike a byline or a caption. */
  participants: string[];
}

const BLOCK_OF: Partial<Record<ClassifiedLine["kind"], BlockType>> = {
  heading: "heading",
  paragraph: "paragraph",
  quote: "quote",
  "list-item": "list-item",
  credit: "credit",
  // A photo caption is published with the photo's credit, as a credit block.
  caption: "credit",
  bibliography: "bibliography",
};

// Why the hyphen of a word broken at a line's end is not published: "transcas-" / "pienne" reads "transcaspienne".
const SOFT_BREAK_REASON = "soft line break of an e-mail's quoted-printable body";
const HYPHEN_REASON = "hyphen of a word broken at the end of a line (text wrapped by a PDF or an e-mail)";

// The bullet of a list item ("- ", "• ", "– ", "👉 "): the page draws its own. Numbers ("1. ") are kept: they carry
// order. Rarer marks ("✔", "→", "■") stay in the text: they may carry meaning.
const BULLET_RE = /^(?:[-–—•*▪◦●·►✓‣⁃▸▹◾➤➜]|👉)\ufe0f?\s+/u;
// Where a second reference starts on the same line: after a URL or a full stop, "Makasheva, K. (2006)".
const SECOND_REFERENCE_RE = /(?<=(?:https?:\/\/\S+|\.))\s+(?=\p{Lu}[\p{L}'’-]+(?:\s\p{Lu}[\p{L}'’-]+)?,\s(?:\p{Lu}\.\s?(?:-?\p{Lu}\.\s?)*)+\((?:\d{4}|n\.d\.))/gu;

/** Splits a bibliography line that holds several references into one entry each. */
export function splitReferences(text: string): string[] {
  return text
    .split(SECOND_REFERENCE_RE)
    .map((s) => s.trim())
    .filter(Boolean);
}

/** Builds blocks in source order; blank and furniture lines go to `removed` with their reason. */
export function structureArticle(lines: ClassifiedLine[]): Structure {
  const s: Structure = { title: null, titleLine: null, lede: "", ledeLine: null, blocks: [], removed: [], metaDates: [], participants: [] };
  for (const l of lines) {
    if (l.metaDate) s.metaDates.push({ ...l.metaDate, line: l.line });
    if (l.yearHint && (!s.yearHint || l.yearHint > s.yearHint)) s.yearHint = l.yearHint;
    if (l.addressYear && !s.addressYear) s.addressYear = l.addressYear;
    if (l.hoursAgo) s.hoursAgo = true;
    if (l.commentDay && (!s.commentDay || l.commentDay.date < s.commentDay.date)) s.commentDay = l.commentDay;
    const removedAs = l.reason ?? (l.kind === "blank" ? "blank line" : "site furniture");
    // A wrapped paragraph removed whole is listed line by line, as it stands in the file.
    if ((l.kind === "blank" || l.kind === "furniture") && l.parts) {
      for (const p of l.parts) s.removed.push({ line: p.line, text: p.text, reason: removedAs });
      continue;
    }
    // A piece cut from a wrapped paragraph is listed on the physical line that holds it, found by its place in the
    // joined text: the second "**" of a bold run over two lines is on the second.
    const cursor = new Map<string, number>();
    const lineOf = (piece: string) => {
      const at = l.parts ? l.text.indexOf(piece, cursor.get(piece) ?? 0) : -1;
      if (!l.parts || at < 0) return l.line;
      cursor.set(piece, at + piece.length);
      return l.parts.reduce((line, p) => ((p.at ?? 0) <= at ? p.line : line), l.parts[0].line);
    };
    if (l.cut) for (const piece of [l.cut.removed, ...(l.cut.more ?? [])]) s.removed.push({ line: lineOf(piece), text: piece, reason: l.cut.reason });
    for (const p of l.parts ?? []) {
      if (p.lead) s.removed.push({ line: p.line, text: p.lead, reason: "Markdown markup" });
      if (p.hyphen) s.removed.push({ line: p.line, text: p.hyphen, reason: p.hyphen === "=" ? SOFT_BREAK_REASON : HYPHEN_REASON });
    }
    const spans = l.parts ? { lines: l.parts.map((p) => p.line) } : {};
    const text = visibleText(l.cut ? l.cut.kept : l.text);
    if (l.kind === "title") {
      s.title = text;
      s.titleLine = l.line;
      if (spans.lines) s.titleLines = spans.lines;
    } else if (l.kind === "lede") {
      s.lede = text;
      s.ledeLine = l.line;
      if (spans.lines) s.ledeLines = spans.lines;
    } else if (l.kind === "blank" || l.kind === "furniture") {
      s.removed.push({ line: l.line, text: l.cut ? l.cut.kept : l.text, reason: removedAs });
    } else {
      const type = BLOCK_OF[l.kind] ?? "paragraph";
      if (type === "bibliography") for (const ref of splitReferences(text)) s.blocks.push({ type, text: ref, line: l.line, ...spans });
      else s.blocks.push({ type, text: type === "list-item" ? text.replace(BULLET_RE, "") : text, line: l.line, ...spans });
      if (l.participant) s.participants.push(text);
    }
  }
  s.removed.sort((a, b) => a.line - b.line);
  return s;
}

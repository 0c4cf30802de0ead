// Scores an ingest against an editor's truth file (seeds-truth.json's shape): titles, dates, furniture, kept lines.
import { readFileSync } from "node:fs";
import path from "node:path";
import type { Article, BlockType, TagKind } from "../ingest/types.ts";

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
  /** The editor's front matter: neither text nor furniture. */
  frontmatter_lines?: number[];
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

/** How one page is read against its truth: empty arrays and true where the ingest agrees. */
export interface PageScore {
  page: string;
  title: { got: string; want: string | null; right: boolean };
  date: { got: string | null; want: (string | null)[]; right: boolean };
  /** Lines the editor calls furniture that are published. */
  furniturePublished: number[];
  /** Lines of the page the editor does not call furniture that are removed whole (nothing of them published). */
  keptRemoved: number[];
}

/** The figures over all pages of a truth file. */
export interface TruthScore {
  pages: PageScore[];
  titles: number;
  dates: number;
  furniture: number;
  furniturePublished: number;
  keptRemoved: number;
  /** Pages of the truth file the ingest did not publish. */
  missing: string[];
}

/** Titles compared as a reader would: case, accents, apostrophes, dashes and spacing set aside. */
function fold(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .toLowerCase()
    .replace(/[\s’'‐\-–—]+/g, " ")
    .trim();
}

/** The raw lines whose text `a` publishes: its headline's, its lede's and its blocks', wrapped ones whole. */
export function publishedLines(a: Article): Set<number> {
  const lines = a.blocks.flatMap((b) => b.lines ?? [b.line]);
  if (a.ledeLine != null) lines.push(...(a.ledeLines ?? [a.ledeLine]));
  if (a.titleSource === "text" && a.titleLine != null) lines.push(...(a.titleLines ?? [a.titleLine]));
  return new Set(lines);
}

/** Scores one article: title, date, furniture lines published, other lines removed whole. */
export function scorePage(page: string, a: Article, t: EditorTruth): PageScore {
  const titleRight = t.headline === null ? a.titleSource === "derived" : fold(t.headline) === fold(a.title);
  const published = publishedLines(a);
  const furniture = new Set(t.boilerplate_lines);
  const frontMatter = new Set(t.frontmatter_lines ?? []);
  const removedWhole = new Set(a.removed.filter((r) => !r.reason.startsWith("blank line") && !published.has(r.line)).map((r) => r.line));
  return {
    page,
    title: { got: a.title, want: t.headline, right: titleRight },
    date: { got: a.date, want: t.date, right: t.date.includes(a.date) },
    furniturePublished: t.boilerplate_lines.filter((l) => published.has(l)),
    keptRemoved: [...removedWhole].filter((l) => !furniture.has(l) && !frontMatter.has(l)).sort((x, y) => x - y),
  };
}

/** Scores the articles of an ingest (`npm run -s ingest -- --json`'s output) against the truth, page by page. */
export function scoreIngest(articles: Article[], truth: Record<string, EditorTruth>): TruthScore {
  const byPage = new Map(articles.map((a) => [path.basename(a.source), a]));
  const pages: PageScore[] = [];
  const missing: string[] = [];
  for (const page of Object.keys(truth).sort()) {
    const a = byPage.get(page);
    if (a) pages.push(scorePage(page, a, truth[page]));
    else missing.push(page);
  }
  const sum = (f: (p: PageScore) => number) => pages.reduce((n, p) => n + f(p), 0);
  return {
    pages,
    titles: sum((p) => Number(p.title.right)),
    dates: sum((p) => Number(p.date.right)),
    furniture: Object.values(truth).reduce((n, t) => n + t.boilerplate_lines.length, 0),
    furniturePublished: sum((p) => p.furniturePublished.length),
    keptRemoved: sum((p) => p.keptRemoved.length),
    missing,
  };
}

/** The figures, then what each page reads differently from its editor. */
export function formatTruthScore(s: TruthScore): string {
  const n = s.pages.length + s.missing.length;
  const lines = [
    `titles right: ${s.titles} of ${n}`,
    `dates right: ${s.dates} of ${n}`,
    `furniture lines published: ${s.furniturePublished} of ${s.furniture}`,
    `other lines removed whole: ${s.keptRemoved}`,
  ];
  for (const page of s.missing) lines.push(`${page}: not published`);
  for (const p of s.pages) {
    if (!p.title.right) lines.push(`${p.page}: title ${JSON.stringify(p.title.got)}, the editor's ${JSON.stringify(p.title.want)}`);
    if (!p.date.right) lines.push(`${p.page}: date ${p.date.got ?? "none"}, the editor's ${p.date.want.map((d) => d ?? "none").join(" or ")}`);
    if (p.furniturePublished.length) lines.push(`${p.page}: furniture published on lines ${p.furniturePublished.join(", ")}`);
    if (p.keptRemoved.length) lines.push(`${p.page}: removed whole, not furniture to the editor: lines ${p.keptRemoved.join(", ")}`);
  }
  return lines.join("\n");
}

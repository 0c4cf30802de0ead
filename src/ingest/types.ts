// The data types of each ingest stage, from the raw bytes of a seed to the Entry the templates see.

/** How bad a problem is: an error skips the file (or fails a --strict build), a warning never does. */
export type Severity = "error" | "warning";

/** One problem, printed as `source:line: severity: message`. */
export interface Problem {
  source: string;
  line: number;
  severity: Severity;
  message: string;
}

/** A seed file exactly as read from disk. `source` is the path as shown to editors (e.g. `seeds/x.txt`). */
export interface RawSeed {
  source: string;
  /** File name without folder, e.g. `000_a094b32fc1da69da.txt`. */
  name: string;
  bytes: Uint8Array;
}

/** A seed decoded to a JavaScript string (NFC, line ends kept). */
export interface DecodedSeed {
  source: string;
  name: string;
  encoding: string;
  text: string;
  problems: Problem[];
}

/** The editor's YAML front matter, validated. Every field is optional. */
export interface FrontMatter {
  title?: string;
  date?: string;
  lede?: string;
  tags?: string[];
  slug?: string;
  draft?: boolean;
}

/** One physical line of the source, with its 1-based number in the raw file. */
export interface SourceLine {
  line: number;
  text: string;
}

/** A physical line's share of a logical line (see `TextLine`). */
export interface LinePart {
  line: number;
  /** The physical line's text. */
  text: string;
  /** The hyphen of a word broken at the line's end ("transcas-" / "pienne"), taken out of the published text. */
  hyphen?: string;
  /** Markdown's quotation mark opening a continuation line ("> "), taken out of the published text. */
  lead?: string;
  /** Where the physical line's text starts in the joined line's text. */
  at?: number;
}

/**
 * A line as the classifier reads it: one physical line, or the physical lines of one hard-wrapped paragraph joined
 * (text copied from a PDF, an e-mail, a text-mode browser), numbered by the first.
 */
export interface TextLine extends SourceLine {
  /** The physical lines joined into this one, in order, when there are several. */
  parts?: LinePart[];
  /** A printed page's running header or footer, or its number, repeated through text copied from a PDF. */
  pageMark?: "header" | "number";
}

/** A seed split into lines, front matter taken off. Line numbers still count the front matter lines. */
export interface Lines {
  source: string;
  name: string;
  frontMatter: FrontMatter;
  lines: SourceLine[];
  problems: Problem[];
}

/** What a line is, as an editor would read it. */
export type LineKind =
  | "title"
  | "lede"
  | "heading"
  | "paragraph"
  | "quote"
  | "list-item"
  | "credit"
  | "caption"
  | "bibliography"
  | "furniture"
  | "blank";

/** One date written in a text (see `findDates` in date.ts). */
export interface DateMention {
  /** Offsets of the evidence in the searched text (`text.slice(start, end) === evidence`). */
  start: number;
  end: number;
  /** The words that say the date, with their article or preposition: `Le 23 septembre 2025`. */
  evidence: string;
  /**
   * `YYYY-MM-DD` or `YYYY-MM`. A date written without a year and found without a reference date keeps
   * the ISO 8601 year-less form `--MM-DD` and is marked `relative`.
   */
  date: string;
  /** Last day of a range (`du 3 au 5 mars 2024` → `2024-03-05`). */
  endDate?: string;
  precision: "day" | "month";
  /** True when the text gave no year (`le 23 septembre dernier`): the year comes from the reference date. */
  relative?: boolean;
}

/** The start of a line removed as metadata (the ` date 2025-11-19 ` header glued to the lede); `kept` stays text. */
export interface LineCut {
  removed: string;
  kept: string;
  reason: string;
  /** Other pieces removed for the same reason: the closing mark of Markdown's `**Par Claire Vasseur**`. */
  more?: string[];
}

/** A publication date a line states as metadata: the ` date ` header, a date line, a byline or a dateline. */
export interface LineDate {
  from: "header" | "head";
  date: string;
  evidence: string;
  /** False for a header that is not a real date (`2025-02-30`). */
  valid: boolean;
  /**
   * A date the head's label carries (a series' issue, a masthead's day): used only when no date line or byline dates
   * the article.
   */
  weak?: boolean;
  /**
   * A stamp's day with its weekday and without its year ("mardi 3 juin · 08:00 · 3 min"): `date` is "--06-03", dated
   * in the copyright's year when the weekday is right there.
   */
  yearless?: boolean;
}

/** A line with its kind; `reason` says why a furniture line was removed. */
export interface ClassifiedLine {
  line: number;
  text: string;
  kind: LineKind;
  reason?: string;
  /** Part of the line removed as metadata; the rest (`cut.kept`) is what the line publishes. */
  cut?: LineCut;
  /** A publication date stated by this line. */
  metaDate?: LineDate;
  /** The year of a copyright notice on this line (`© AFP 2024`). */
  yearHint?: number;
  /** The year in the path of the page's address, printed above the text (`…/monde/2025/article/…`). */
  addressYear?: number;
  /** A stamp in the page's head counting hours or minutes since it came out (`Il y a 3 h`): it was copied that day. */
  hoursAgo?: boolean;
  /** The day a reader's comment is stamped with (`Gérard57 · 14/11/2024 à 08:41`). */
  commentDay?: { date: string; evidence: string };
  /** The physical lines of a hard-wrapped paragraph read as this one line (see `TextLine`). */
  parts?: LinePart[];
  /** A credit naming someone who took part (a transcript's speaker, a signatory): its names count for the tags. */
  participant?: boolean;
  /** A day heading an entry of the text, a programme's or a chronology's: it dates the entry, not the page. */
  entryDay?: boolean;
}

/** The published block types of the ingest contract. */
export type BlockType = "heading" | "paragraph" | "quote" | "list-item" | "credit" | "bibliography";

/** A published piece of body text and the raw line it came from. */
export interface Block {
  type: BlockType;
  text: string;
  line: number;
  /** Every raw line the text comes from, when a hard-wrapped paragraph was joined (`line` is the first). */
  lines?: number[];
}

/** A line (or part of a line) that is not published, and why. */
export interface Removed {
  line: number;
  text: string;
  reason: string;
  /** Every raw line the text comes from, for a wrapped headline the editor's title replaces (`line` is the first). */
  lines?: number[];
}

export type TagKind = "person" | "place" | "org" | "theme";

/** A tag: one real-world entity or theme, with its page URL. */
export interface Tag {
  kind: TagKind;
  name: string;
  slug: string;
  url: string;
}

export type TitleSource = "text" | "frontmatter" | "derived";
export type DateSource = "frontmatter" | "header" | "text" | "none";

/** One article as the ingest reports it (the JSON contract of `npm run ingest -- --json`). */
export interface Article {
  source: string;
  url: string;
  slug: string;
  title: string;
  titleSource: TitleSource;
  lede: string;
  /** `YYYY-MM-DD`, `YYYY-MM`, or null when no date could be found. */
  date: string | null;
  dateSource: DateSource;
  dateEvidence: string;
  dateCertain: boolean;
  blocks: Block[];
  tags: Tag[];
  removed: Removed[];
  draft: boolean;
  /** Hex SHA-256 of the raw bytes; used to find duplicates and cache work. */
  hash: string;
  /** Raw line of the headline when the title comes from the text (not a block: it is published as the title). */
  titleLine?: number | null;
  /** Every raw line of a headline wrapped over several. */
  titleLines?: number[];
  /** Raw line of the lede (not a block: it is published as the lede); a cut header of that line is in `removed`. */
  ledeLine?: number | null;
  /** Every raw line of a lede wrapped over several. */
  ledeLines?: number[];
  /** Why the date is uncertain, for the editor's report. */
  dateNote?: string;
}

/** The whole ingest result. */
export interface IngestResult {
  articles: Article[];
  problems: Problem[];
}

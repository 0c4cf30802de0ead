// Splits decoded text into numbered lines (CRLF, lone CR, LF) and takes off the editor's YAML front matter, validated.
import { LineCounter, parseDocument, isMap, isScalar, type Node } from "yaml";
import type { DecodedSeed, FrontMatter, Lines, Problem, SourceLine } from "./types.ts";

// A line break as Windows (CRLF), classic Mac OS (lone CR) or Unix (LF) tools write it.
const LINE_BREAK_RE = /\r\n|\r|\n/;
// The line that opens or closes a front matter block: `---` (closing may also be `...`), trailing spaces allowed.
const FM_OPEN_RE = /^---[ \t]*$/;
const FM_CLOSE_RE = /^(?:---|\.\.\.)[ \t]*$/;
// A front matter line naming one of the editor's fields: `date: 2025-09-23`.
const FM_KNOWN_KEY_LINE_RE = /^(?:title|date|lede|tags|slug|draft)[ \t]*:/m;
// A calendar date or month: `2025-09-23`, `2025-09`.
const FM_DATE_RE = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/;
// A URL slug: lower-case ASCII words joined by single hyphens, `visite-d-etat-a-moscou`.
const FM_SLUG_RE = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

export const FRONT_MATTER_FIELDS = ["title", "date", "lede", "tags", "slug", "draft"] as const;

/** True when `y-m[-d]` names a day or month that exists (no 30 February, no month 13). */
export function isRealDate(value: string): boolean {
  const m = FM_DATE_RE.exec(value);
  if (!m) return false;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), m[3] === undefined ? undefined : Number(m[3])];
  if (y < 1 || mo < 1 || mo > 12) return false;
  if (d === undefined) return true;
  const t = new Date(Date.UTC(y, mo - 1, d));
  return d >= 1 && t.getUTCFullYear() === y && t.getUTCMonth() === mo - 1 && t.getUTCDate() === d;
}

/** What loading the front matter gave: the valid fields, the problems, and whether the file must be skipped. */
export interface FrontMatterLoad {
  frontMatter: FrontMatter;
  problems: Problem[];
}

function describe(value: unknown): string {
  if (value === null) return "an empty value";
  if (Array.isArray(value)) return "a list";
  if (typeof value === "object") return "a mapping";
  return `${typeof value === "string" ? "text" : typeof value} ${JSON.stringify(value)}`.slice(0, 60);
}

// A date and a time of day, maybe with seconds and a zone: `2024-11-29T08:30:00+05:00`, `2024-11-29 08:30`.
const FM_TIMESTAMP_RE = /^(\d{4}-\d{2}-\d{2})[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}(?::?\d{2})?)?$/u;

// A front matter line of a plain field and its value, not YAML's flow, block or anchor syntax: `title: Astana : le sommet`.
// Read on the trimmed line, greedy: a lazy value before trailing spaces rescans them at every step.
const PLAIN_FIELD_RE = /^([A-Za-z_][\w-]*)[ \t]*:(?:[ \t]+([^\s[\]{}|>&*!%@`].*))?$/u;
// Fields a text extractor writes in its header (trafilatura, newspaper): the page's metadata, not an editor's. One of
// the first three marks such a header; an editor may well write a `source` or a `description`.
const SCRAPER_FIELDS = new Set(["hostname", "sitename", "fingerprint", "url", "source", "id", "license", "categories", "description", "pagetype", "author"]);
const SCRAPER_MARKS = new Set(["hostname", "sitename", "fingerprint"]);

/** The fields of a front matter YAML cannot read, when each line is a plain `field: value`; else undefined. */
function readPlainFields(yamlText: string, firstLine: number): { key: string; value: unknown; line: number }[] | undefined {
  const fields: { key: string; value: unknown; line: number }[] = [];
  for (const [i, text] of yamlText.split("\n").entries()) {
    if (text.trim() === "") continue;
    const m = PLAIN_FIELD_RE.exec(text.trim());
    if (!m) return undefined;
    let value = m[2] ?? null;
    // A quoted value must close its quotes: `title: "Astana` is broken, not plain.
    if (value && /^["']/u.test(value)) {
      if (value.length < 2 || value[value.length - 1] !== value[0]) return undefined;
      value = value.slice(1, -1);
    }
    if (fields.some((f) => f.key === m[1])) return undefined;
    fields.push({ key: m[1], value: value === "true" ? true : value === "false" ? false : value, line: firstLine + i });
  }
  return fields.length > 0 ? fields : undefined;
}

/**
 * Parses and validates the YAML between the `---` lines; `firstLine` is the raw line number of the first YAML line.
 * Policy (documented in the README): YAML that does not parse, or a `draft` that is not true/false, is an error and the
 * file is skipped, because publishing it could publish a draft or print the YAML as article text. A field of the wrong
 * type or value is a warning: that field is ignored and the article published with the rest.
 */
export function loadFrontMatter(yamlText: string, source: string, firstLine: number): FrontMatterLoad {
  const problems: Problem[] = [];
  const lc = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: lc, uniqueKeys: true, prettyErrors: false });
  const lineOf = (node: Node | null | undefined, fallback = 0): number => (node?.range ? lc.linePos(node.range[0]).line - 1 + firstLine : firstLine + fallback);
  const warn = (line: number, message: string) => problems.push({ source, line, severity: "warning", message });
  let fields: { key: string; value: unknown; line: number }[];
  if (doc.errors.length > 0) {
    const e = doc.errors[0];
    const line = e.linePos ? e.linePos[0].line - 1 + firstLine : firstLine;
    const what = e.message.split("\n")[0].replace(/ at line \d+, column \d+:?$/, "");
    const plain = readPlainFields(yamlText, firstLine);
    if (!plain) {
      problems.push({ source, line, severity: "error", message: `the front matter is not valid YAML (${what}): fix it or remove the lines between the two '---'; file skipped` });
      return { frontMatter: {}, problems };
    }
    // `title: Astana : le sommet`, as French typography writes it: YAML reads a mapping in it; each line is a field.
    warn(line, `the front matter is not valid YAML (${what}): read as one 'field: value' a line; put the value in quotes to write valid YAML`);
    fields = plain;
  } else {
    if (doc.contents === null) return { frontMatter: {}, problems };
    if (!isMap(doc.contents)) {
      problems.push({ source, line: firstLine, severity: "error", message: "the front matter must be lines of 'field: value' (title, date, lede, tags, slug, draft); file skipped" });
      return { frontMatter: {}, problems };
    }
    let js: Record<string, unknown>;
    try {
      // yaml's default alias limit throws on "billion laughs" front matter instead of expanding it.
      js = doc.toJS() as Record<string, unknown>;
    } catch {
      problems.push({ source, line: firstLine, severity: "error", message: "the front matter repeats aliases far too much: write plain fields (title, date, lede, tags, slug, draft); file skipped" });
      return { frontMatter: {}, problems };
    }
    fields = doc.contents.items.map((pair) => {
      const keyNode = pair.key as Node | null;
      const key = isScalar(keyNode) ? String(keyNode.value) : String(keyNode);
      return { key, value: js[key] ?? null, line: lineOf(keyNode) };
    });
  }
  const fm: FrontMatter = {};
  // A text extractor's header (trafilatura's `hostname:`, `sitename:`, `fingerprint:`) lists the site's own keywords
  // under `tags`, its name among them: the article is tagged from its text instead.
  const scraped = fields.some((f) => SCRAPER_MARKS.has(f.key));
  const metadata: string[] = [];
  for (const { key, value, line } of fields) {
    if (key === "tags" && scraped) {
      warn(line, "front matter tags of a text extractor's header (hostname, sitename…) are the site's keywords: ignored, the article is tagged from its text");
      continue;
    }
    switch (key) {
      case "title":
      case "lede": {
        // A number or a date-like title (`1984`) is still text an editor meant.
        const text = typeof value === "number" ? String(value) : value;
        if (typeof text === "string" && text.trim() !== "") fm[key] = text.trim().normalize("NFC");
        else warn(line, `front matter '${key}' must be text, not ${describe(value)}: ${key} ignored`);
        break;
      }
      case "date": {
        // A timestamp (`2024-11-29T08:30:00+05:00`, as static site generators write them) gives its day as written.
        const written = typeof value === "string" ? value.trim() : null;
        const text = written === null ? null : (FM_TIMESTAMP_RE.exec(written)?.[1] ?? written);
        if (text !== null && isRealDate(text)) fm.date = text;
        else if (text !== null && FM_DATE_RE.test(text)) warn(line, `front matter date ${text} is not a real date: write a date that exists (YYYY-MM-DD or YYYY-MM); date ignored`);
        else warn(line, `front matter date must be YYYY-MM-DD or YYYY-MM, not ${describe(value)}: date ignored`);
        break;
      }
      case "tags": {
        // A single text is read as a comma- or semicolon-separated list: `tags: Tokaïev, ONU`.
        const list = typeof value === "string" ? value.split(/[,;]/u) : value;
        if (Array.isArray(list) && list.every((t) => typeof t === "string" || typeof t === "number")) {
          fm.tags = list.map((t) => String(t).trim().normalize("NFC")).filter((t) => t !== "");
        } else warn(line, `front matter tags must be a list of names (tags: [Tokaïev, ONU]), not ${describe(value)}: tags ignored`);
        break;
      }
      case "slug": {
        if (typeof value === "string" && FM_SLUG_RE.test(value.trim())) fm.slug = value.trim();
        else warn(line, `front matter slug must be lower-case letters, digits and hyphens (visite-a-moscou), not ${describe(value)}: slug ignored`);
        break;
      }
      case "draft": {
        if (typeof value === "boolean") fm.draft = value;
        else {
          problems.push({ source, line, severity: "error", message: `front matter draft must be true or false, not ${describe(value)}: file skipped so that a draft is not published` });
        }
        break;
      }
      default:
        if (scraped && SCRAPER_FIELDS.has(key)) metadata.push(key);
        else warn(line, `unknown front matter field '${key}': ignored (known fields: ${FRONT_MATTER_FIELDS.join(", ")})`);
    }
  }
  if (metadata.length > 0) warn(fields[0].line, `front matter read as a text extractor's header: its fields ${metadata.join(", ")} ignored (known fields: ${FRONT_MATTER_FIELDS.join(", ")})`);
  return { frontMatter: fm, problems };
}

/**
 * Splits on CRLF, lone CR or LF; line numbers are 1-based lines of the raw file. A front matter block (`---` on the
 * first line, YAML naming at least one known field, a closing `---` or `...`) is taken off and validated; the body
 * lines keep their raw numbers and the front matter lines are returned in `frontMatterLines`.
 */
export function splitLines(seed: DecodedSeed): Lines & { frontMatterLines: SourceLine[] } {
  const all = seed.text === "" ? [] : seed.text.split(LINE_BREAK_RE).map((text, i) => ({ line: i + 1, text }));
  // A file ending with a line break has no last line after it.
  if (all.length > 0 && all[all.length - 1].text === "" && LINE_BREAK_RE.test(seed.text.slice(-1))) all.pop();
  const base = { source: seed.source, name: seed.name };
  if (all.length === 0 || !FM_OPEN_RE.test(all[0].text)) return { ...base, frontMatter: {}, lines: all, frontMatterLines: [], problems: [] };
  const close = all.findIndex((l, i) => i > 0 && FM_CLOSE_RE.test(l.text));
  const yamlLines = all.slice(1, close > 0 ? close : all.length);
  const yamlText = yamlLines.map((l) => l.text).join("\n");
  if (!FM_KNOWN_KEY_LINE_RE.test(yamlText)) {
    // A rule `---` at the top of a pasted article, not an editor's front matter: keep every line as text.
    return { ...base, frontMatter: {}, lines: all, frontMatterLines: [], problems: [] };
  }
  if (close < 0) {
    return {
      ...base,
      frontMatter: {},
      lines: all,
      frontMatterLines: [],
      problems: [{ source: seed.source, line: 1, severity: "error", message: "the front matter opened by '---' on line 1 is never closed: add a line '---' after the last field; file skipped" }],
    };
  }
  const { frontMatter, problems } = loadFrontMatter(yamlText, seed.source, 2);
  return { ...base, frontMatter, lines: all.slice(close + 1), frontMatterLines: all.slice(0, close + 1), problems };
}

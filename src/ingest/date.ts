// The French date grammar (finding dates in running text) and the choice of an article's publication date.
import type { DateMention, DateSource } from "./types.ts";

export type { DateMention };

// Abbreviations without their full stop ("14 sept 2022", as agencies write them) only before a year: "sept" is also
// seven. In English, only in a stamp with its time: "26 Sep 2024 - 11:15". An old board's "11 Mar 2014", "17 Jan 2009".
const MONTH_NAMES: [number, string][] = [
  [1, "janvier|janv\\.?|jan(?=\\s\\d{4})"],
  [2, "février|fevrier|févr\\.?|fevr\\.?|fév\\.|fev\\.|fév(?=\\s\\d{4})|fev(?=\\s\\d{4})"],
  [3, "mars|mar(?=\\s\\d{4})"],
  [4, "avril|avr\\.?"],
  [5, "mai"],
  [6, "juin"],
  [7, "juillet|juil\\.?"],
  [8, "août|aout"],
  [9, "septembre|sept\\.|sept(?=\\s\\d{4})|sep\\.?(?=\\s\\d{4}\\s?[-–,]?\\s\\d{1,2}[:h]\\d{2})"],
  [10, "octobre|oct\\.|oct(?=\\s\\d{4})"],
  [11, "novembre|nov\\.|nov(?=\\s\\d{4})"],
  [12, "décembre|decembre|déc\\.|dec\\.|déc(?=\\s\\d{4})|dec(?=\\s\\d{4})"],
];
const MONTH = `(${MONTH_NAMES.map(([, re]) => re).join("|")})`;
const WEEKDAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";
// A day of the month, with the French ordinal of the first: "1er", "1ᵉʳ".
const DAY = "(\\d{1,2})(?:\\s?(?:er|ᵉʳ|re))?";
const YEAR = "(\\d{4})";
// Words that may open the mention and belong to the evidence: "Le 23 septembre", "Ce mardi 2 décembre", "En septembre
// 2023".
const LEAD = `(?:(?:le|les|ce|du|au|dès le|depuis le|jusqu['’]au|avant le|après le)\\s+)?`;
// Not inside a word or a number.
const B = "(?<![\\p{L}\\d])";
const E = "(?![\\p{L}\\d])";

/** A letter-bounded regex over the grammar's pieces (case-insensitive, Unicode). */
function grammar(src: string): RegExp {
  return new RegExp(B + src + E, "giu");
}

// Two days (or a list of days) and one month: "Les 11 et 12 décembre 2025", "les 2, 3 et 4 mars", "entre le 3 et le 5
// mars".
const RANGE_AND_RE = grammar(`(?:(?:les|des|aux|entre le|entre les)\\s+)?${DAY}(?:,\\s*\\d{1,2})*\\s+et\\s+(?:le\\s+)?${DAY}\\s+${MONTH}(?:\\s+${YEAR})?`);
// A "du … au …" range, possibly across months: "du 3 au 5 mars 2024", "du lundi 28 février au mercredi 2 mars 2024".
const RANGE_DU_RE = grammar(`(?:du|depuis le)\\s+(?:${WEEKDAY}\\s+)?${DAY}(?:\\s+${MONTH}(?:\\s+${YEAR})?)?\\s+au\\s+(?:${WEEKDAY}\\s+)?${DAY}\\s+${MONTH}(?:\\s+${YEAR})?`);
// A dashed range: "11–12 novembre 2025", "11-12 novembre" (not a number's end: "n° 2026-07 – 18 février 2026" is a
// note's number, then its day).
const RANGE_DASH_RE = grammar(`(?<!\\d[-–—/.])${LEAD}${DAY}\\s*[-–—]\\s*${DAY}\\s+${MONTH}(?:\\s+${YEAR})?`);
// One day: "23 septembre 2025", "mardi, 4 mars 2024", "le 23 septembre dernier", "1er août".
const SINGLE_RE = grammar(`${LEAD}(?:${WEEKDAY},?\\s+)?${DAY}\\s+${MONTH}(?:\\s+${YEAR})?(?:\\s+(dernier|prochain))?`);
// A numeric French date, day first: "Le 04/03/2024", "04.03.2024", "13-08-2018" (the same mark twice).
const NUMERIC_RE = grammar(`${LEAD}(\\d{1,2})([/.-])(\\d{1,2})\\2(\\d{4})`);
// An ISO date: "2024-03-04".
const ISO_RE = grammar(`(\\d{4})-(\\d{2})-(\\d{2})`);
// A month and a year: "En septembre 2023", "début mars 2024", "fin novembre 2025".
const MONTH_YEAR_RE = grammar(`(?:(?:en|dès|depuis|début|fin|mi-|courant|à la fin de|au début de)\\s*)?${MONTH}\\s+${YEAR}`);
// The month first, as a content system set up in English prints a French month: "janv. 14, 2025", "juin 12, 2024".
const MONTH_DAY_YEAR_RE = grammar(`${MONTH}\\s+${DAY},\\s*${YEAR}`);

// Cheap tests of what a pattern above must contain (same flags, no word bounds, no optional parts): a text that
// fails one is spared that pattern's scan. Most lines and sentences hold no date at all and fail them all.
// Every date has a digit.
const DIGIT_RE = /\d/;
// A day then a month: "12 décembre", "1er août" (every pattern with a day name in it).
const DAY_MONTH_HINT_RE = new RegExp(`\\d(?:\\s?(?:er|ᵉʳ|re))?\\s+${MONTH}`, "iu");
// "… et 12 décembre", "du 3 au 5 mars", "11–12 novembre", "1er-3 mars".
const AND_HINT_RE = /\set\s/iu;
const AU_HINT_RE = /\sau\s/iu;
const DASH_HINT_RE = /\d(?:\s?(?:er|ᵉʳ|re))?\s*[-–—]\s*\d/iu;
// "04/03/2024", "2024-03-04", "septembre 2023".
const NUMERIC_HINT_RE = /\d[/.-]\d{1,2}[/.-]\d{4}/;
const ISO_HINT_RE = /\d{4}-\d{2}-\d{2}/;
const MONTH_YEAR_HINT_RE = new RegExp(`${MONTH}\\s+\\d{4}`, "iu");
const MONTH_DAY_YEAR_HINT_RE = new RegExp(`${MONTH}\\s+\\d{1,2}(?:\\s?(?:er|ᵉʳ|re))?,\\s*\\d{4}`, "iu");

// Each month's names as a whole-word test, compiled once.
const MONTH_TESTS: [number, RegExp][] = MONTH_NAMES.map(([n, re]) => [n, new RegExp(`^(?:${re.replace(/\(\?=[^)]*\)/gu, "")})$`, "iu")]);
// The grammar reads the same few month spellings again and again: remember their numbers (bounded).
const MONTH_CACHE = new Map<string, number>();
const MONTH_CACHE_MAX = 10_000;

/**
 * The grammar's patterns with the tests a text must pass for each to be tried (for tests: no pattern may match a text
 * that fails one of its tests).
 */
export const DATE_PATTERNS: readonly { re: RegExp; hints: readonly RegExp[] }[] = [
  { re: RANGE_AND_RE, hints: [DIGIT_RE, DAY_MONTH_HINT_RE, AND_HINT_RE] },
  { re: RANGE_DU_RE, hints: [DIGIT_RE, DAY_MONTH_HINT_RE, AU_HINT_RE] },
  { re: RANGE_DASH_RE, hints: [DIGIT_RE, DAY_MONTH_HINT_RE, DASH_HINT_RE] },
  { re: SINGLE_RE, hints: [DIGIT_RE, DAY_MONTH_HINT_RE] },
  { re: NUMERIC_RE, hints: [DIGIT_RE, NUMERIC_HINT_RE] },
  { re: ISO_RE, hints: [DIGIT_RE, ISO_HINT_RE] },
  { re: MONTH_YEAR_RE, hints: [DIGIT_RE, MONTH_YEAR_HINT_RE] },
];

/** Month number of a French month name or abbreviation, or 0. */
export function monthNumber(word: string): number {
  let n = MONTH_CACHE.get(word);
  if (n === undefined) {
    const w = word.toLowerCase();
    n = MONTH_TESTS.find(([, re]) => re.test(w))?.[0] ?? 0;
    if (MONTH_CACHE.size >= MONTH_CACHE_MAX) MONTH_CACHE.clear();
    MONTH_CACHE.set(word, n);
  }
  return n;
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

/** True when `y-m-d` is a real calendar day (no 30 février); a year-less day is checked against a leap year. */
export function isRealDate(y: number | null, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  return d <= daysInMonth(y ?? 2024, m);
}

/** True when `s` is `YYYY-MM-DD` or `YYYY-MM` and names a real day or month. */
export function isValidIsoDate(s: string): boolean {
  const m = /^(\d{4})-(\d{2})(?:-(\d{2}))?$/.exec(s);
  if (!m) return false;
  const mo = Number(m[2]);
  if (mo < 1 || mo > 12) return false;
  return m[3] === undefined || isRealDate(Number(m[1]), mo, Number(m[3]));
}

/** Year for a year-less day, from the reference: the nearest one, or the last before/first after it. */
function resolveYear(m: number, d: number, reference: string | undefined, direction: "past" | "future" | "near"): number | null {
  if (!reference) return null;
  const [ry, rm, rd] = reference.split("-").map(Number);
  // A month-precision reference stands for its whole month: compare against its last day.
  const ref = Date.UTC(ry, rm - 1, rd || daysInMonth(ry, rm));
  const candidates = [ry - 1, ry, ry + 1].filter((y) => isRealDate(y, m, d));
  const at = (y: number) => Date.UTC(y, m - 1, d);
  if (direction === "past") return candidates.filter((y) => at(y) <= ref).pop() ?? null;
  if (direction === "future") return candidates.find((y) => at(y) >= ref) ?? null;
  let best: number | null = null;
  for (const y of candidates) if (best === null || Math.abs(at(y) - ref) < Math.abs(at(best) - ref)) best = y;
  return best;
}

function dayString(y: number | null, m: number, d: number): string {
  return y === null ? `--${pad(m)}-${pad(d)}` : `${y}-${pad(m)}-${pad(d)}`;
}

interface Raw {
  start: number;
  end: number;
  mention: DateMention | null;
}

/** A day written with its year, month and day in figures (or the month's name read as one): null when not real. */
function exactDay(m: RegExpExecArray, y: number, mo: number, d: number): DateMention | null {
  if (!isRealDate(y, mo, d)) return null;
  return { start: m.index, end: m.index + m[0].length, evidence: m[0], date: dayString(y, mo, d), precision: "day" };
}

/** Builds a day mention (or a day range) and checks that every day is real. */
function dayMention(
  match: RegExpExecArray,
  parts: { d1: string; m1?: string; y1?: string; d2?: string; m2: string; y2?: string; rel?: string },
  reference: string | undefined,
): DateMention | null {
  const m2 = monthNumber(parts.m2);
  const m1 = parts.m1 ? monthNumber(parts.m1) : m2;
  const d1 = Number(parts.d1);
  const d2 = parts.d2 ? Number(parts.d2) : undefined;
  let y2: number | null = parts.y2 ? Number(parts.y2) : null;
  let y1: number | null = parts.y1 ? Number(parts.y1) : y2;
  const relative = y2 === null;
  if (relative) {
    const rel = parts.rel?.toLowerCase();
    const dir = rel === "dernier" ? "past" : rel === "prochain" ? "future" : "near";
    y1 = resolveYear(m1, d1, reference, dir);
    y2 = y1 === null ? null : m1 > m2 ? y1 + 1 : y1;
  }
  if (!m1 || !m2 || !isRealDate(y1, m1, d1)) return null;
  if (d2 !== undefined && !isRealDate(y2, m2, d2)) return null;
  const mention: DateMention = {
    start: match.index,
    end: match.index + match[0].length,
    evidence: match[0],
    date: dayString(y1, m1, d1),
    precision: "day",
  };
  if (d2 !== undefined) {
    mention.endDate = dayString(y2, m2, d2);
    if (y1 !== null && mention.endDate <= mention.date) return null;
  }
  if (relative) mention.relative = true;
  return mention;
}

/**
 * Finds every French date written in `text`, in reading order.
 * Year-less dates are resolved against `reference` (`YYYY-MM-DD` or `YYYY-MM`): `dernier` looks back,
 * `prochain` looks forward, otherwise the nearest year wins.
 */
export function findDates(text: string, reference?: string): DateMention[] {
  if (!DIGIT_RE.test(text)) return [];
  const raws: Raw[] = [];
  const collect = (re: RegExp, build: (m: RegExpExecArray) => DateMention | null) => {
    re.lastIndex = 0;
    for (let m = re.exec(text); m; m = re.exec(text)) raws.push({ start: m.index, end: m.index + m[0].length, mention: build(m) });
  };
  // Patterns are tried in this order whatever is skipped: two of the same span keep the first one's reading.
  if (DAY_MONTH_HINT_RE.test(text)) {
    if (AND_HINT_RE.test(text)) collect(RANGE_AND_RE, (m) => dayMention(m, { d1: m[1], d2: m[2], m2: m[3], y2: m[4] }, reference));
    if (AU_HINT_RE.test(text)) collect(RANGE_DU_RE, (m) => dayMention(m, { d1: m[1], m1: m[2], y1: m[3], d2: m[4], m2: m[5], y2: m[6] }, reference));
    if (DASH_HINT_RE.test(text)) collect(RANGE_DASH_RE, (m) => dayMention(m, { d1: m[1], d2: m[2], m2: m[3], y2: m[4] }, reference));
    collect(SINGLE_RE, (m) => dayMention(m, { d1: m[1], m2: m[2], y2: m[3], rel: m[4] }, reference));
  }
  if (NUMERIC_HINT_RE.test(text)) collect(NUMERIC_RE, (m) => exactDay(m, Number(m[4]), Number(m[3]), Number(m[1])));
  if (ISO_HINT_RE.test(text)) collect(ISO_RE, (m) => exactDay(m, Number(m[1]), Number(m[2]), Number(m[3])));
  if (MONTH_YEAR_HINT_RE.test(text)) {
    collect(MONTH_YEAR_RE, (m) => ({
      start: m.index,
      end: m.index + m[0].length,
      evidence: m[0],
      date: `${m[2]}-${pad(monthNumber(m[1]))}`,
      precision: "month",
    }));
  }
  // A Japanese or Chinese site's date, the year first with slashes: "2025/12/19" (not in an address: "/2025/12/19/").
  if (YEAR_SLASH_HINT_RE.test(text)) collect(YEAR_SLASH_RE, (m) => exactDay(m, Number(m[1]), Number(m[2]), Number(m[3])));
  // A Hungarian site's date, the year first, each part closed by a stop: "2025. 06. 12."; a Lithuanian one's:
  // "2025.05.14".
  if (YEAR_FIRST_HINT_RE.test(text)) collect(YEAR_FIRST_RE, (m) => exactDay(m, Number(m[1]), Number(m[2]), Number(m[3])));
  // A newswire's, the month shortened and a comma before the year, its time after: "18 nov, 2025, 07:00 HNE".
  if (WIRE_DAY_HINT_RE.test(text)) collect(WIRE_DAY_RE, (m) => exactDay(m, Number(m[3]), monthNumber(m[2]), Number(m[1])));
  // A local site's stamp, the year in two figures before its time: "Publié le 19 sept. 25 à 17:42".
  if (SHORT_YEAR_HINT_RE.test(text)) collect(SHORT_YEAR_RE, (m) => exactDay(m, 2000 + Number(m[3]), monthNumber(m[2]), Number(m[1])));
  // Or in figures with stops or slashes, this century's: "Publié le 14.11.24 à 16:05", "Le 18/09/25 à 05:00"
  // ("21/12/91 à 12:00" heads a chronology's entry).
  if (SHORT_NUMERIC_HINT_RE.test(text)) collect(SHORT_NUMERIC_RE, (m) => exactDay(m, 2000 + Number(m[4]), Number(m[3]), Number(m[1])));
  // A Serbian site's, the day first, each part closed by a stop and a space: "22. 10. 2025. 17:48".
  if (DAY_FIRST_SPACED_HINT_RE.test(text)) collect(DAY_FIRST_SPACED_RE, (m) => exactDay(m, Number(m[3]), Number(m[2]), Number(m[1])));
  // A feed's date as RSS writes it (RFC 822), passed through by a reader: "Tue, 03 Feb 2026 07:30:00 +0000".
  if (RFC822_HINT_RE.test(text)) collect(RFC822_RE, (m) => exactDay(m, Number(m[3]), RFC822_MONTHS.indexOf(m[2]) + 1, Number(m[1])));
  // In lower case only, as such a system prints it ("Mars 3, 1971" is an intertitle's words).
  if (MONTH_DAY_YEAR_HINT_RE.test(text)) collect(MONTH_DAY_YEAR_RE, (m) => (/^\p{Ll}/u.test(m[1]) ? dayMention(m, { d1: m[2], m2: m[1], y2: m[3] }, reference) : null));
  // Longest match first among those starting at the same place; then keep the ones that do not overlap.
  // An invalid date (30 février) still claims its words, so a shorter pattern cannot half-read it.
  raws.sort((a, b) => a.start - b.start || b.end - a.end);
  const kept: DateMention[] = [];
  let until = -1;
  for (const r of raws) {
    if (r.start < until) continue;
    until = r.end;
    if (r.mention) kept.push(r.mention);
  }
  return kept;
}

const YEAR_SLASH_HINT_RE = /\d{4}\/\d{2}\/\d{2}/u;
// (A year of this era: "1403/08/14" counts an Iranian site's solar years.)
const YEAR_SLASH_RE = /(?<![\/\w])((?:19|20)\d{2})\/(\d{2})\/(\d{2})(?![\/\d])/gu;
const WIRE_DAY_HINT_RE = /\d\s\p{L}{3,5}\.?,\s\d{4}/u;
const WIRE_DAY_RE = grammar(`(\\d{1,2})\\s(janv|févr|fév|avr|juil|sept|sep|oct|nov|déc|dec)\\.?,\\s(\\d{4})(?=,?\\s\\d{1,2}:\\d{2})`);
const SHORT_YEAR_HINT_RE = /\d\s\p{L}{3,9}\.?\s[0-4]\d\sà\s\d/u;
const SHORT_YEAR_RE = grammar(`${LEAD}(\\d{1,2})\\s(janvier|janv|février|févr|fév|mars|avril|avr|mai|juin|juillet|juil|août|septembre|sept|sep|octobre|oct|novembre|nov|décembre|déc|dec)\\.?\\s([0-4]\\d)(?=\\sà\\s\\d{1,2}\\s?[:h]\\s?\\d{2})`);
const SHORT_NUMERIC_HINT_RE = /\d[./]\d{1,2}[./][0-4]\d\sà\s\d/u;
const SHORT_NUMERIC_RE = grammar(`${LEAD}(\\d{1,2})([./])(\\d{1,2})\\2([0-4]\\d)(?=\\sà\\s\\d{1,2}\\s?[:h]\\s?\\d{2})`);
const DAY_FIRST_SPACED_HINT_RE = /\d\.\s\d{1,2}\.\s\d{4}/u;
const DAY_FIRST_SPACED_RE = grammar(`(\\d{1,2})\\.\\s(\\d{1,2})\\.\\s(\\d{4})\\.?`);
const YEAR_FIRST_HINT_RE = /\d{4}\.\s?\d{1,2}\.\s?\d/u;
const YEAR_FIRST_RE = grammar(`(\\d{4})\\.\\s?(\\d{1,2})\\.\\s?(\\d{1,2})(?:\\.|(?![\\d.,]))`);
const RFC822_MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];
const RFC822_HINT_RE = /(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d/u;
const RFC822_RE = /(?<!\p{L})(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), (\d{1,2}) (Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) (\d{4})(?: \d{2}:\d{2}(?::\d{2})?(?: [+-]\d{4}| GMT| UTC| Z)?)?(?![\p{L}\d])/gu;

/** The ` date 2025-11-19 ` header that some scrapers glue in front of the first paragraph. */
// It reads " date 2025-11-19 Depuis juin 2025, …": the word "date", an ISO day or month, then the text.
export const DATE_HEADER_RE = /^\s*date\s*[:=]?\s*(\d{4}-\d{2}(?:-\d{2})?)(?=\s|$)\s*/i;

/** A ` date ` header found at the start of a line. */
export interface DateHeader {
  /** The header as written, with its spaces: ` date 2025-11-19 `. */
  text: string;
  date: string;
  valid: boolean;
  /** The rest of the line after the header. */
  rest: string;
}

/** Reads a ` date YYYY-MM-DD ` header at the start of `line`, or returns null. */
export function readDateHeader(line: string): DateHeader | null {
  const m = DATE_HEADER_RE.exec(line);
  if (!m) return null;
  return { text: m[0], date: m[1], valid: isValidIsoDate(m[1]), rest: line.slice(m[0].length) };
}

/** A place and a date opening a news story: "ALMATY, 4 mars 2024 (agence) –". */
// The place is written in capitals or as a capitalised name, then a comma, a French date, maybe the agency, then a
// dash.
export const DATELINE_RE =
  /^\s*(\p{Lu}[\p{Lu}\p{L}'’.\- ]{1,40}?)(?:\s*\([^)]{1,40}\))?,\s+(?:le\s+)?((?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche),?\s+)?\d{1,2}(?:er|ᵉʳ)?\s+\p{L}+\.?\s+\d{4}|\d{1,2}[/.]\d{1,2}[/.]\d{4})(?:\s*\(([^)]{1,40})\))?\s*[-–—:]\s*/u;

/** A dateline found at the start of a line. */
export interface Dateline {
  /** The dateline as written, with its closing dash: `ALMATY, 4 mars 2024 (agence) –`. */
  text: string;
  place: string;
  mention: DateMention;
  /** The rest of the line. */
  rest: string;
}

/** Reads a dateline at the start of `line`, or returns null. */
export function readDateline(line: string): Dateline | null {
  const m = DATELINE_RE.exec(line);
  if (!m) return null;
  const found = findDates(m[2]).find((d) => !d.relative);
  if (!found) return null;
  const at = m[0].indexOf(m[2]);
  const mention = { ...found, start: found.start + at, end: found.end + at };
  return { text: m[0].trim(), place: m[1].trim(), mention, rest: line.slice(m[0].length) };
}

// The ordinal of a UN General Assembly session, which dates it: the 1st opened in 1946, so the Nth in 1945 + N
// ("la 80ᵉ session de l’Assemblée générale" is the autumn 2025 session).
const UN_SESSION_RE = /(\d{1,3})\s?(?:ᵉ|e|è|ème|eme)\s+session\s+(?:ordinaire\s+)?de\s+l['’]\s?Assemblée\s+générale/giu;

/** A clue that dates a text without writing a date: `80ᵉ session de l’Assemblée générale` → 2025. */
export interface YearClue {
  evidence: string;
  year: number;
}

/** Finds the year clues of `text` (UN General Assembly session ordinals). */
export function findYearClues(text: string): YearClue[] {
  return [...text.matchAll(UN_SESSION_RE)].map((m) => ({ evidence: m[0], year: 1945 + Number(m[1]) }));
}

/** The chosen publication date of an article. */
export interface DateGuess {
  date: string | null;
  source: DateSource;
  evidence: string;
  certain: boolean;
  /** Why the date is uncertain, for the editor's report. */
  note?: string;
}

/** What `inferDate` looks at, strongest first. */
export interface DateEvidence {
  /** The editor's front matter `date`. */
  frontMatter?: string;
  /** A valid ` date ` header. */
  header?: string;
  /**
   * Publication metadata found in the article's head: a date line (`mardi 4 mars 2024`, `Publié le …`) or a dateline.
   */
  metadata?: { text: string; mention: DateMention }[];
  /** The published text in reading order (lede, then body; never furniture or bibliography). */
  texts: string[];
  /**
   * The year of the page's copyright notice (`© AFP 2024`): the year of a date written without one, when the text has
   * no full date.
   */
  yearHint?: number;
  /**
   * The year in the path of the page's address (`…/monde/2025/article/…`): with the weekday, it dates a day written
   * without its year ("ce mardi 1er juillet").
   */
  addressYear?: number;
  /**
   * The page's head counts hours or minutes since it came out (`Il y a 3 h`): it was copied that day, in `yearHint`.
   */
  hoursAgo?: boolean;
  /** The earliest day the readers' comments are stamped with (`14/11/2024 à 08:41`). */
  commentDay?: { date: string; evidence: string };
}

// Words that announce a future event around a date: "le sommet, prévu le 15 juin", "se tiendra du 3 au 5 mars", "d'ici
// 2030". A verb in the future tense: "se retrouveront", "sera", "auront lieu".
const FUTURE_ENDINGS = "eront|iront|eras?|iras?|erons|irons|erez|irez";
const FUTURE_IRREGULAR = "seront|sera|auront|aura|feront|fera|iront|ira|pourront|pourra|devront|devra";
const FUTURE_TENSE_RE = new RegExp(String.raw`(?<!\p{L})\p{L}{2,}(?:${FUTURE_ENDINGS})(?!\p{L})|(?<!\p{L})(?:${FUTURE_IRREGULAR}|viendront|viendra)(?!\p{L})`, "iu");
// A day announced with a verb of obligation or plan: "doit être signé mardi 3 juin", "devrait se rendre".
const ANNOUNCED_RE = /(?<!\p{L})(?:doit|doivent|devrait|devraient|prévoit|prévoient)(?!\p{L})/iu;
// How far around a date its verb is looked for.
const FUTURE_WINDOW = 80;
// The clause right after a date, up to its verb in the future tense: ", le Kazakhstan deviendra" (not past a stop or a
// semicolon, nor past "que": "Le 14 décembre 2012, le président a promis que le pays deviendra …" reports a promise).
const FUTURE_CLAUSE_CHARS = 50;
// Its verb in small letters ("Gulmira", "Indira" are names), maybe one of those in -dra: "deviendra", "atteindront".
const FUTURE_CLAUSE_RE = new RegExp(String.raw`^(?:(?!(?<!\p{L})qu(?:e(?!\p{L})|['’]))[^.;!?]){0,${FUTURE_CLAUSE_CHARS}}?(?<!\p{L})(?:\p{Ll}{2,}(?:${FUTURE_ENDINGS})|${FUTURE_IRREGULAR}|\p{Ll}*(?:iendr|eindr|aindr|oudr)(?:a|ont))(?!\p{L})`, "u");
// A verb in the future tense right before a day, in its clause: "… qui entreront en vigueur le", "Elle sera précédée,".
// (Not past a verb in a past tense: "qui présidera l'OCS, a reçu la délégation le 3 juillet 2024"; nor "environs".)
const FUTURE_BEFORE_RE = new RegExp(String.raw`(?<!\p{L})(?!environs(?!\p{L}))(?:\p{Ll}{2,}(?:${FUTURE_ENDINGS})|${FUTURE_IRREGULAR})(?!\p{L})(?:(?!(?<!\p{L})(?:a|ont|avait|avaient|est|sont|était|étaient)\s(?:été\s)?\p{Ll}+(?:é|ée|és|ées|i|is|it|u|us|ert|ait)(?!\p{L}))[^.;!?]){0,40}$`, "u");
const FUTURE_CUE_RE = /(?<!\p{L})(?:prévue?s?|se tiendra|se tiendront|aura lieu|auront lieu|programmée?s?|d['’]ici|à venir|prochaine?s?)(?!\p{L})/iu;
// An announced step right before the date: "… doit entrer en vigueur le 1er janvier 2026" ("Signé le 18 septembre 2025,
// l'accord doit entrer en vigueur …" dates a past step).
// A call's deadline before its day: "Date limite : 15 mars 2025", "Clôture des candidatures : 30 avril 2026" (a day to
// come when the page was written, even where the text has no other; a film's "Sortie : …" may be its review's week).
const EVENT_FIELD_BEFORE_RE = /(?:^|[|·•]\s?)(?:clôture des (?:inscriptions|candidatures)|date limite(?: de (?:dépôt|candidature|réponse))?)\s?:\s*$/iu;
const ANNOUNCED_STEP_RE = /(?<!\p{L})(?:doit|doivent|devrait|devraient) (?:entrer en vigueur|débuter|commencer|s['’]ouvrir|être (?:inauguré|signé|livré|achevé|lancé|mis en service)e?s?)\s(?:le|au|à partir du|dès le|en|à compter du)?\s*$/iu;

// Words that put a date in the background: "depuis le 2 mars 1992", "dès juin 2025", "avant le 5 mai".
const BACKGROUND_LEAD_RE = /^(?:depuis|dès|avant|jusqu)/iu;

/** Whole months from `a` to `b` (both `YYYY-MM…`). */
function monthsBetween(a: string, b: string): number {
  const [ay, am] = a.split("-").map(Number);
  const [by, bm] = b.split("-").map(Number);
  return (by - ay) * 12 + (bm - am);
}

/** Compares two dates of possibly different precision on their common prefix; 0 when one contains the other. */
function compareDates(a: string, b: string): number {
  const n = Math.min(a.length, b.length);
  return a.slice(0, n) < b.slice(0, n) ? -1 : a.slice(0, n) > b.slice(0, n) ? 1 : 0;
}

// The weekday a mention names, and the days of the week in the order of Date.getUTCDay.
const WEEKDAY_RE = new RegExp(String.raw`(?<!\p{L})(${WEEKDAY})(?!\p{L})`, "iu");
const WEEKDAYS = ["dimanche", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi"];

/**
 * A day written with its weekday and without its year ("ce mardi 1er juillet") in the first of `years` (by default
 * `year`, the one after, the one before) where that day falls on that weekday; null for any other mention or when none does.
 */
function datedByWeekday(d: DateMention, year: number, years = [year, year + 1, year - 1]): DateMention | null {
  if (!d.relative || d.endDate) return null;
  const wd = WEEKDAY_RE.exec(d.evidence);
  if (!wd) return null;
  const [m, day] = d.date.slice(-5).split("-").map(Number);
  for (const y of years) {
    if (isRealDate(y, m, day) && new Date(Date.UTC(y, m - 1, day)).getUTCDay() === WEEKDAYS.indexOf(wd[1].toLowerCase())) {
      return { ...d, date: `${y}-${pad(m)}-${pad(day)}`, relative: undefined };
    }
  }
  return null;
}

/**
 * Chooses the publication date the way date extractors do: front matter, then the ` date ` header, then
 * publication metadata in the head (date line, dateline), then the first dated sentence of the text.
 * The reference for year-less dates and for "not in the future" is the newest explicit date found in the
 * article itself (never the wall clock, so that builds are deterministic).
 */
export function inferDate(ev: DateEvidence): DateGuess {
  if (ev.frontMatter) return { date: ev.frontMatter, source: "frontmatter", evidence: `front matter date: ${ev.frontMatter}`, certain: true };
  if (ev.header) return { date: ev.header, source: "header", evidence: `header ' date ${ev.header} '`, certain: true };
  const written = ev.texts.flatMap((t) => findDates(t));
  const explicit = written.filter((d) => !d.relative);
  const metaDates = (ev.metadata ?? []).map((m) => m.mention).filter((d) => !d.relative);
  const all = [...metaDates, ...explicit].map((d) => d.endDate ?? d.date);
  // A date without its year but with its weekday ("ce mardi 1er juillet") takes the year of the page's address, or the
  // one after or before it, whichever makes the weekday right: such a day is the one the page was written on.
  const weekdayDated = ev.addressYear ? written.flatMap((d) => datedByWeekday(d, ev.addressYear!) ?? []) : [];
  const newest = (dates: string[]) => dates.reduce<string | undefined>((max, d) => (!max || compareDates(d, max) > 0 ? d : max), undefined);
  let reference = newest([...all, ...weekdayDated.map((d) => d.date)]) ?? (ev.yearHint ? `${ev.yearHint}-12-31` : undefined);
  // Without an address, the day the page speaks from ("ce mardi 18 février"), its weekday wrong in the year the text's
  // newest date gives ("juin 2022"), is in the copyright's year or the one before, if its weekday is right in either
  // ("le mardi 19 mars" may be a day of another year, the text's).
  const weekdayWrong = (d: DateMention) => /^\d{4}-/u.test(d.date) && !datedByWeekday(d, Number(d.date.slice(0, 4)), [Number(d.date.slice(0, 4))]);
  const inHintYear = (d: DateMention) => (ev.yearHint && /^ce\s/iu.test(d.evidence) && weekdayWrong(d) ? datedByWeekday(d, ev.yearHint, [ev.yearHint, ev.yearHint - 1]) : null);
  // The reference moves to the newest day a rule below puts a year-less mention on.
  const moveReference = (dated: (d: DateMention, text: string) => DateMention | null) => {
    const moved = ev.texts.flatMap((t) => findDates(t, reference).flatMap((d) => dated(d, t) ?? []));
    reference = newest([...(reference ? [reference] : []), ...moved.map((d) => d.date)]);
  };
  if (!ev.addressYear && ev.yearHint && written.some((d) => d.relative && /^ce\s/iu.test(d.evidence) && WEEKDAY_RE.test(d.evidence))) moveReference(inHintYear);
  // A page stamped "Il y a 3 h" was copied the day it came out, in the year its copyright gives: a day written with its
  // weekday and without its year ("Mardi 13 mai") is in that year when its weekday is right there, unless announced
  // ("L'accord doit être signé mardi 3 juin").
  const copied = ev.hoursAgo && ev.yearHint && !ev.addressYear && !metaDates.length ? ev.yearHint : 0;
  const copiedYear = (d: DateMention, text: string) => {
    if (!copied) return null;
    const around = text.slice(Math.max(0, d.start - FUTURE_WINDOW), d.end + FUTURE_WINDOW);
    return FUTURE_TENSE_RE.test(around) || ANNOUNCED_RE.test(around) ? null : datedByWeekday(d, copied, [copied]);
  };
  if (copied) moveReference(copiedYear);
  // Without an address, a day written with its weekday and without its year ("vendredi 10 mai"), its weekday wrong in
  // the year the text's newest date gives, is in the year after, if right there: a text names the weekday of days close
  // to it, and its newest full date may be older ("… l'exode de septembre 2023"). (Not the year before: "la visite du
  // samedi 11 mai" a year before "le 3 mars 2025" is history.)
  const refYear = reference && !ev.addressYear ? Number(reference.slice(0, 4)) : 0;
  // The year after may be the one the mention was read in already, the nearest to a reference late in its year ("samedi
  // 11 mai" against "novembre 2023"): it stays there when its weekday is wrong in the reference's year. A day announced
  // in the future tense ("Samedi 11 mai, les cinq chefs d'État … se retrouveront à Astana") is not moved there: it is
  // to come.
  const inNextYear = (d: DateMention, text = "") => {
    if (!refYear || !/^\d{4}-/u.test(d.date)) return null;
    const year = Number(d.date.slice(0, 4));
    if (year === refYear) return weekdayWrong(d) ? datedByWeekday(d, refYear, [refYear + 1]) : null;
    const future = FUTURE_TENSE_RE.test(text.slice(Math.max(0, d.start - FUTURE_WINDOW), d.end + FUTURE_WINDOW));
    if (future) return null;
    return year === refYear + 1 && !datedByWeekday(d, refYear, [refYear]) ? datedByWeekday(d, year, [year]) : null;
  };
  if (refYear) moveReference(inNextYear);
  const meta = (ev.metadata ?? []).find((m) => !m.mention.relative);
  // A page stamped "Aujourd'hui à 05:00" or "il y a 2 h", with no day of its own, came out the day its readers' first
  // comment was written, in its copyright's year, when the text names no day of that year ("ce jeudi 14 novembre 2024"
  // dates it better than a comment after midnight).
  const commentYear = ev.commentDay?.date.slice(0, 4);
  const dayOfThatYear = explicit.some((d) => d.precision === "day" && d.date.startsWith(`${commentYear}-`));
  if (!meta && ev.hoursAgo && ev.commentDay && !ev.addressYear && String(ev.yearHint) === commentYear && !dayOfThatYear) {
    return { date: ev.commentDay.date, source: "text", evidence: ev.commentDay.evidence, certain: false, note: "the day of the readers' first comment, under a stamp counting hours" };
  }
  // A stamp's day with its weekday and without its year ("mardi 3 juin · 08:00"), in the copyright's year or the one
  // before, whichever has that weekday on that day.
  const yearless = !meta && ev.yearHint ? (ev.metadata ?? []).flatMap((m) => (m.mention.relative ? datedByWeekday(m.mention, ev.yearHint!, [ev.yearHint!, ev.yearHint! - 1]) ?? [] : []))[0] : undefined;
  if (yearless) return { date: yearless.date, source: "text", evidence: yearless.evidence, certain: false, note: "the stamp's weekday and day, in the year of the page's copyright" };
  if (meta) {
    const later = explicit.find((d) => d.precision === "day" && compareDates(d.date, meta.mention.date) > 0 && d.date.length === 10);
    const guess: DateGuess = { date: meta.mention.date, source: "text", evidence: meta.mention.evidence, certain: true };
    // A story rarely reports a later day than its own publication: a later date makes the metadata doubtful.
    if (later) {
      guess.certain = false;
      guess.note = `the text mentions ${later.evidence}, after the published date ${meta.mention.evidence}`;
    }
    return guess;
  }
  const inYear = (d: DateMention, t: string): DateMention => (ev.addressYear ? datedByWeekday(d, ev.addressYear) ?? d : copiedYear(d, t) ?? inHintYear(d) ?? inNextYear(d, t) ?? d);
  // (So is a day the sentence's verb puts in the future, right after it: "Le 1er janvier 2010, le Kazakhstan deviendra
  // le premier État …"; a month may open a span: "De février à juillet 2026, … feront découvrir".)
  const futureVerb = (t: string, d: DateMention) => d.precision === "day" && FUTURE_CLAUSE_RE.test(t.slice(d.end, d.end + FUTURE_CLAUSE_CHARS));
  // (Or right before it: "… qui entreront en vigueur le 1er janvier 2027", "Elle sera précédée, jeudi 3 décembre, …".)
  const futureBefore = (t: string, d: DateMention) => FUTURE_BEFORE_RE.test(t.slice(Math.max(0, d.start - FUTURE_CLAUSE_CHARS), d.start));
  const found = ev.texts.flatMap((t) => findDates(t, reference).filter((d) => !EVENT_FIELD_BEFORE_RE.test(t.slice(Math.max(0, d.start - 40), d.start))).map((d) => ({ d: inYear(d, t), future: FUTURE_CUE_RE.test(t.slice(Math.max(0, d.start - 40), d.end + 40)) || ANNOUNCED_STEP_RE.test(t.slice(Math.max(0, d.start - 40), d.start)) || futureVerb(t, d) || futureBefore(t, d) })));
  // Dates announced for later are left aside, unless the text has no other (on a page stamped "Publié il y a 3 heures",
  // none is its day; nor is a month, nor a day more than a year before its copyright's, history). So is the same day
  // elsewhere in the text: "… qui entreront en vigueur le 1er janvier 2027" / "1er janvier 2027 : entrée en vigueur …".
  const announced = new Set(found.filter((m) => m.future).map((m) => m.d.date));
  for (const m of found) if (announced.has(m.d.date)) m.future = true;
  const history = (m: { d: DateMention }) => !!ev.hoursAgo && !!ev.yearHint && /^\d{4}/u.test(m.d.date) && (m.d.precision !== "day" || Number(m.d.date.slice(0, 4)) < ev.yearHint - 1);
  const present = found.filter((m) => !m.future && !m.d.date.startsWith("--") && !history(m));
  const mentions = (present.length ? found.filter((m) => !m.future && !history(m)) : ev.hoursAgo ? [] : found).map((m) => m.d);
  const usable = mentions.filter((d) => !d.date.startsWith("--") && (!reference || compareDates(d.date, reference) <= 0));
  // A news story reports recent events: a date introduced as background ("depuis le 2 mars 1992", "dès 2013") or more
  // than a year older than the newest date of the text is history, not the day of publication.
  const recent = usable.filter((d) => !BACKGROUND_LEAD_RE.test(d.evidence) && (!reference || monthsBetween(d.date, reference) <= 12));
  // "Ce lundi 6 janvier", its weekday right in the address's year: the day the page speaks from.
  const first = weekdayDated.find((d) => /^ce\s/iu.test(d.evidence)) ?? recent[0] ?? usable[0];
  if (!first) return { date: null, source: "none", evidence: "", certain: false };
  const guess: DateGuess = { date: first.date, source: "text", evidence: first.evidence, certain: false, note: "inferred from the first dated sentence" };
  const later = mentions.find((d) => !d.date.startsWith("--") && compareDates(d.date, first.date) > 0 && d !== first && (d.relative || d.precision === "day"));
  const clue = ev.texts.flatMap(findYearClues).find((c) => c.year !== Number(first.date.slice(0, 4)));
  if (clue) guess.note = `conflicting dates: '${first.evidence}' yet '${clue.evidence}' dates the text to ${clue.year}`;
  else if (usable[0] !== first) guess.note = `'${usable[0].evidence}' comes first but is taken as background to '${first.evidence}'`;
  else if (first.precision === "month" && later) guess.note = `conflicting dates: '${first.evidence}' (month only) and '${later.evidence}'`;
  return guess;
}

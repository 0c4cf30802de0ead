// Rejoins hard-wrapped text (a PDF's copy, an e-mail, a text-mode browser's dump): the physical lines of one paragraph
// become one line for the classifier, and a printed page's running headers and numbers are marked as such.
import { endsOnLittleWord, visibleText } from "./french.ts";
import { CONTENTS_LEADER_RE, furniturePhraseReason, isByline, readDateLine } from "./furniture.ts";
import type { LinePart, SourceLine, TextLine } from "./types.ts";

// A line longer than this was never wrapped: a web page's copy has one line per paragraph.
const WRAPPED_MAX = 100;
// Programs wrap text at 60 to 80 columns, a PDF's lines hold 60 to 100 characters: a narrower width is something else.
const MIN_WIDTH = 50;
// Lines at most this many characters shorter than the wrap width count as full.
const FULL_WINDOW = 15;
// A text is hard-wrapped when at least this many lines followed by another are full, and this share of them.
const MIN_FULL = 6;
const MIN_FULL_SHARE = 0.6;
// At most this share of a wrapped text's lines may be longer than WRAPPED_MAX (a URL, a table row).
const MAX_LONG_SHARE = 0.1;
// How much shorter than the width a line may be and still have had no room for the next word: a PDF's font is not
// monospaced, so its lines' lengths vary; after a sentence's end, less.
const ROOM_SLACK = 8;
const ROOM_SLACK_AFTER_SENTENCE = 2;
// A running header repeated on each printed page is at least this long: "Note n° 58 — avril 2024".
const HEADER_MIN = 12;

// Markdown's quotation mark at a line's start: "> ".
const QUOTE_MARK_RE = /^\s*>[ \t]?/u;
// A list item's mark at a line's start: "- ", "• ", "1. ", "a) ".
const ITEM_START_RE = /^(?:[-–—•*▪◦●·►✓]\s|\d{1,2}[.)]\s|\(?[a-z]\)\s)/u;
// What a wrapped line may start with: a letter, a digit, an opening quotation mark or bracket (not "©" or "|").
const TEXT_START_RE = /^[\p{L}\p{N}«“"'(\[]/u;
// What only goes on with a sentence: a closing quotation mark or bracket, a comma or a full stop.
const CLOSING_START_RE = /^[»”)\],;.]/u;
// Items of a details line set apart by a spaced middle dot or bar.
const DETAILS_SEP_RE = /\s[·|]\s/u;
/**
 * A line of short items set apart by middle dots or bars (prose may hold one, between longer runs of words, and a
 * wrapped line of prose starts in lower case or ends on a little word or a comma).
 */
function isDetails(line: string): boolean {
  if (!DETAILS_SEP_RE.test(line) || /^\s*\p{Ll}/u.test(line) || endsOnLittleWord(line) || /,\s*$/u.test(line)) return false;
  return line.split(DETAILS_SEP_RE).every((item) => item.trim().split(/\s+/u).length <= DETAILS_ITEM_WORDS);
}
// The most words of a details line's item: "Enregistré le 12 mai 2025".
const DETAILS_ITEM_WORDS = 6;
// A byline alone on its line, under a headline as long as the width: "Par Nadia KOURBANOVA", "Par Anton Sorel avec AFP".
const isBylineAlone = (text: string) => /^[Pp]ar\s/u.test(text) && isByline(text);
// The longest line of furniture that stops a wrapped paragraph: "Abonnez-vous pour lire la suite".
const FURNITURE_LINE_MAX = 50;
// A photo's credit ends its caption: "… lors de la cérémonie d'accueil. © Sputnik / AFP".
const CREDIT_END_RE = /©\s?\p{Lu}[\p{L}\d'’ .&/-]{0,40}$/u;
// Words that open a sentence, capitalised: "Du 7 au 11 mars, …", "Les deux villes …" (within a sentence they are
// written in small letters).
const SENTENCE_OPENER_RE = /^(?:Du|De la|Des|Le|La|Les|Un|Une|Ce|Cette|Ces|Il|Elle|Ils|Elles|Nous|Depuis|Pour|Dans|Selon|Lors|Après|Avant|Au|Aux)\s/u;
// A web address alone on its line.
const BARE_LINK_RE = /^\s*(?:https?:\/\/|www\.)\S+\s*$/iu;
// A sentence's end, or a colon or semicolon, maybe followed by closing quotation marks or brackets: "durable. »".
const CLAUSE_END_RE = /[.!?…:;](?:\s*[»”"’)\]])*$/u;
// A word broken at the line's end by a hyphen: "transcas-" (a letter before it; not a dash standing alone).
// The look-behind anchors the word: without it a long line of letters is scanned again from each of them.
const BROKEN_WORD_RE = /(?<!\p{L})(\p{L}+)-$/u;
// A soft line break of a quoted-printable body: one "=" closing the line after a character (not "==", nor " = ").
const SOFT_BREAK_RE = /[^=\s]=$|\s=$(?<!\s\s=)/u;
const SOFT_BREAK_LINE_RE = /[^=\n]=\n/gu;
/** Lines closing on a soft break, at least, for a text to be read as a quoted-printable body. */
const SOFT_BREAKS_MIN = 5;
// Words written with a hyphen whatever the line: "non-" / "alignement" stays "non-alignement", "peut-" / "être".
const COMPOUND_FIRST_RE = /^(?:non|vice|porte|après|avant|arrière|contre|demi|semi|grand|grands|belle|beau|néo|post|nord|sud|franco|sino|russo|kazakho|turco|germano|italo|anglo|peut|lui|eux|elle|elles|celui|celle|ceux|celles|au|vis|est|dit|vingt|trente|quarante|cinquante|soixante|quatre)$/iu;
// What follows a hyphen in French words, whatever comes before: "celui-" / "ci", "c’est-à-" / "dire", "a-t-" / "il".
const COMPOUND_NEXT_RE = /^(?:ci|là|même|mêmes|être|il|ils|elle|elles|on|t|dire|delà|dessus|dessous|uns|unes|vous|nous|je|tu|le|la|les|moi|toi|lui|leur|y|en|deux|trois|quatre|cinq|six|sept|huit|neuf|dix|onze|douze)$/iu;
// A printed page's number alone on its line: "2", "- 2 -", "Page 2", "2/12", "p. 2".
const PAGE_NUMBER_RE = /^(?:[-–—]\s*)?(?:page\s+|p\.\s*)?(\d{1,4})(?:\s*(?:\/|sur)\s*\d{1,4})?(?:\s*[-–—])?$/iu;
// A year alone is a year ("1991" over a chronology's entry), not a page: only written as a page ("Page 2025") it is one.
const YEAR_RE = /^(?:1[89]|20)\d{2}$/u;
// The first lines of a text, before any page's break: a headline there is not a running header.
const HEAD_LINES = 3;
// A footer naming its page: "… Page 2 sur 3".
const PAGE_OF_RE = /\bpage\s*\d{1,4}\s*(?:\/|sur|of)\s*\d{1,4}\s*$/iu;
// Items set far apart on a line, as a running header sets them: "OBSERVATOIRE …        Note d'analyse n° 14".
const WIDE_GAP_RE = /\S {4,}\S/u;
/** A running header or footer set out in columns, or naming its page: "Note n° 12 – mars 2024        Page 1 sur 3". */
const setOut = (text: string) => WIDE_GAP_RE.test(text) || PAGE_OF_RE.test(text);
// Columns set apart by a run of spaces, or a tab: a table's row or a running header ("Note n° 58      avril 2024").
// Three spaces twice set out a row of three items: "ven. 13 mars 2026 · 20h00   À partir de 35,00 €   Choisir".
const COLUMNS_RE = /\S(?: {4,}|\t)\S|\S {3}\S(?=.*\S {3,}\S)/u;

// A subtitle's time line (SRT, WebVTT): "00:00:01,200 --> 00:00:04,800".
const CUE_TIME_RE = /^(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\s+-->\s+(?:\d{1,2}:)?\d{2}:\d{2}[,.]\d{3}\b/u;
// Subtitles pasted as text hold at least this many cues.
const CUES_MIN = 3;
// A cue's line where another speaker starts: "- Nous voulons…", "-Oui", "JOURNALISTE : …", "Faux : …".
const SPEAKER_CHANGE_RE = /^(?:[-–—]\s?(?=[\p{L}«"“])|\p{Lu}[\p{L}’'-]*(?:\s[\p{L}’'-]+){0,2}\s?:\s)/u;
// Subtitles are most of the text's lines: what else the file holds is a page's head and tail.
const CUES_SHARE_MIN = 0.6;

/**
 * Subtitles pasted as text (a number, a time line, then the cue's text over one line or two): each cue's text is one
 * line, its lines joined but where a dash or a label ("JOURNALISTE :") gives another speaker the floor; null when
 * subtitles are not most of the text.
 */
function joinCues(lines: SourceLine[]): TextLine[] | null {
  const time = lines.map((l) => CUE_TIME_RE.test(l.text.trim()));
  if (time.filter(Boolean).length < CUES_MIN) return null;
  // The cues' lines (number, time, text) must be most of the text: a letter quoting a few cues is not subtitles.
  let covered = 0;
  for (let i = 0; i < lines.length; i++) {
    if (!time[i]) continue;
    if (i > 0 && /^\d+$/u.test(lines[i - 1].text.trim())) covered++;
    for (let j = i; j < lines.length && lines[j].text.trim() !== ""; j++) covered++;
  }
  if (covered / lines.filter((l) => l.text.trim() !== "").length < CUES_SHARE_MIN) return null;
  const folded = lines.map((l) => l.text).join("\n").toLowerCase();
  const out: TextLine[] = [];
  for (let i = 0; i < lines.length; i++) {
    out.push(lines[i]);
    if (!time[i]) continue;
    let j = i + 1;
    while (j < lines.length && lines[j].text.trim() !== "" && !time[j]) {
      const taken = [j];
      while (taken[taken.length - 1] + 1 < lines.length) {
        const k = taken[taken.length - 1] + 1;
        const t = lines[k].text.trim();
        if (t === "" || time[k] || SPEAKER_CHANGE_RE.test(t) || (/^\d+$/u.test(t) && time[k + 1])) break;
        taken.push(k);
      }
      const parts: LinePart[] = taken.map((t) => ({ line: lines[t].line, text: lines[t].text }));
      out.push(taken.length === 1 ? lines[j] : { line: lines[j].line, text: joinParts(parts, folded), parts });
      j = taken[taken.length - 1] + 1;
    }
    i = j - 1;
  }
  return out;
}

function lengthOf(text: string): number {
  return text.trimEnd().length;
}

function firstWordLength(text: string): number {
  return text.trim().split(/\s/u, 1)[0].length;
}

/** The wrap width of a hard-wrapped text, or 0 when its lines were not wrapped; `texts` are the lines' visible texts. */
export function wrapWidth(lines: SourceLine[], texts = lines.map((l) => visibleText(l.text))): number {
  const filled = lines.filter((l, i) => texts[i] !== "");
  if (filled.length === 0) return 0;
  // A web address cannot be broken: a wrapped text's lines holding one run over the width.
  if (filled.filter((l) => lengthOf(l.text) > WRAPPED_MAX && !l.text.includes("://")).length > filled.length * MAX_LONG_SHARE) return 0;
  // Lines of prose followed by another: the ones a wrapping program filled.
  const candidates: number[] = [];
  // A line repeated (a social post's author over each post) counts once.
  const seen = new Set<string>();
  for (let i = 0; i + 1 < lines.length; i++) {
    // (Nor a table of contents' line, its dots run to the page's edge: "I. L'ASIE CENTRALE … ........ 9".)
    if (texts[i] === "" || texts[i + 1] === "" || texts[i].split(/\s+/u).length < 5 || COLUMNS_RE.test(texts[i]) || CONTENTS_LEADER_RE.test(texts[i]) || seen.has(texts[i])) continue;
    seen.add(texts[i]);
    const n = lengthOf(lines[i].text);
    if (n <= WRAPPED_MAX) candidates.push(n);
  }
  if (candidates.length < MIN_FULL) return 0;
  // The third longest, so that one overlong line does not set the width.
  const width = [...candidates].sort((a, b) => b - a)[Math.min(2, candidates.length - 1)];
  const full = candidates.filter((n) => n >= width - FULL_WINDOW).length;
  return width >= MIN_WIDTH && full >= MIN_FULL && full >= candidates.length * MIN_FULL_SHARE ? width : 0;
}

/**
 * A printed page's marks: its numbers (bare numbers that rise through the text, alone between blank lines) and its
 * running headers (a line that stands alone next to a page's number, or between blank lines, and comes back on
 * another page: `Titre — Note n° 58   avril 2024`). A paragraph pasted twice is not a header: its lines stand together.
 */
function findPageMarks(lines: SourceLine[], texts: string[]): Map<number, "header" | "number"> {
  const marks = new Map<number, "header" | "number">();
  const alone = (i: number) => (i === 0 || texts[i - 1] === "") && (i + 1 === lines.length || texts[i + 1] === "");
  const numbers: [number, number][] = [];
  texts.forEach((v, i) => {
    const m = alone(i) ? PAGE_NUMBER_RE.exec(v) : null;
    if (m && !YEAR_RE.test(v)) numbers.push([i, Number(m[1])]);
  });
  // Two numbers or more, rising: the pages; one bare number may be the text's.
  if (numbers.length >= 2 && numbers.every(([, n], k) => k === 0 || n > numbers[k - 1][1])) for (const [i] of numbers) marks.set(i, "number");
  const nearNumber = (i: number) => [-2, -1, 1, 2].some((d) => marks.get(i + d) === "number");
  const firstText = texts.findIndex((v) => v !== "");
  // A page's foot and the next page's head stand together between blank lines, each set out in columns or naming its
  // page: "Observatoire … – Note n° 12 – mars 2024        Page 1 sur 3" / "OBSERVATOIRE …        Note d'analyse n° 12".
  const inPageBreak = (i: number) => {
    let a = i;
    while (a > 0 && texts[a - 1] !== "") a--;
    let b = i;
    while (b + 1 < lines.length && texts[b + 1] !== "") b++;
    if (b - a < 1 || b - a > 2) return false;
    const run = texts.slice(a, b + 1);
    // One of them names its page: a table's rows set out in columns are not a page's break.
    return run.every(setOut) && run.some((t) => PAGE_OF_RE.test(t));
  };
  // Inside a paragraph cut by the page's end, the pair stands between its lines: one of them names its page.
  const pagePair = (i: number) =>
    setOut(texts[i]) && [i - 1, i + 1].some((j) => j >= 0 && j < lines.length && setOut(texts[j]) && (PAGE_OF_RE.test(texts[i]) || PAGE_OF_RE.test(texts[j])));
  const seen = new Map<string, number[]>();
  texts.forEach((v, i) => {
    if (i < firstText + HEAD_LINES || v.length < HEADER_MIN || CLAUSE_END_RE.test(v) || v.includes("://") || !(alone(i) || nearNumber(i) || inPageBreak(i) || pagePair(i))) return;
    // The same words with another page number or date are the same header.
    const key = v.replace(/\d+/gu, "#").replace(/\s+/gu, " ");
    const at = seen.get(key);
    if (at) at.push(i);
    else seen.set(key, [i]);
  });
  for (const at of seen.values()) if (at.length >= 2) for (const i of at) marks.set(i, "header");
  return marks;
}

/**
 * True when `next` goes on with the paragraph `line` belongs to. `head` is true in the text's first run of lines,
 * where a headline, a label and a date line stand one under another, each as long as the width may be; `opens` when
 * `line` is the first of its run.
 */
function runsOn(line: string, next: string, width: number, head: boolean, opens = false): boolean {
  const a = visibleText(line);
  const b = visibleText(next);
  if (ITEM_START_RE.test(b) || COLUMNS_RE.test(a) || COLUMNS_RE.test(b)) return false;
  // A table of contents' entries, each with its leader and its page: "INTRODUCTION ........ 2" / "I. UN DIALOGUE … 2".
  if (CONTENTS_LEADER_RE.test(a) || CONTENTS_LEADER_RE.test(b)) return false;
  // A rule ("-----", "*****") separates; a byline alone ("Par Nadia KOURBANOVA") starts something else.
  if (!/[\p{L}\p{N}]/u.test(a) || isBylineAlone(b)) return false;
  // A date line stands alone: "02/09/2025 10:02 GMT   PAPIER GÉNÉRAL   Prio 3   620 mots" over the dispatch's slug.
  if (/\d/u.test(a) && readDateLine(a)) return false;
  // A page's details under its headline, not a paragraph's lines: "Le Courrier des Nations · courrierdesnations.fr",
  // "Enregistré le 12 mai 2025 · Lu le 13 mai 2025", and the page's address alone after them.
  if (isDetails(a) || isDetails(b)) return false;
  // "», résume un diplomate": a line never opens on a closing mark or a comma.
  if (CLOSING_START_RE.test(b)) return true;
  if (!TEXT_START_RE.test(b)) return false;
  // A paragraph does not go on into a short capitalised line that is furniture as it stands (an advertisement's label, a
  // paywall's prompt), nor past a photo's credit (but into its photographer's name cut by the wrap: "© Sputnik / Ramil"
  // / "Sitdikov").
  if (/^\p{Lu}/u.test(b) && ((CREDIT_END_RE.test(a) && b.trim().split(/\s+/u).length >= 3) || (b.length <= FURNITURE_LINE_MAX && !endsOnLittleWord(b) && !/,$/u.test(b) && furniturePhraseReason(b)))) return false;
  if (BROKEN_WORD_RE.test(a) || /^\p{Ll}/u.test(b)) return true;
  // A sentence's first word, capitalised, does not go on the first line of a run that ends on no stop: that line was a
  // headline or an intertitle ("Jumelage : Kostanaï et Castelnau scellent leur amitié" / "Du 7 au 11 mars, une
  // délégation …"; further down a paragraph, "… au quotidien" / "Le Monde, en novembre 2024, …" goes on).
  if (opens && SENTENCE_OPENER_RE.test(b) && !CLAUSE_END_RE.test(a) && !endsOnLittleWord(a) && !/,$/u.test(a)) return false;
  // After an address alone on its line, a new capitalised line starts something else ("Auteur(s) : …").
  if (BARE_LINK_RE.test(a)) return false;
  const noRoom = (slack: number) => lengthOf(line) + 1 + firstWordLength(b) > width - slack;
  if (CLAUSE_END_RE.test(a)) return !head && noRoom(ROOM_SLACK_AFTER_SENTENCE);
  return endsOnLittleWord(a) || /,$/u.test(a) || (!head && noRoom(ROOM_SLACK));
}

/**
 * Joins `parts` into one line's text, noting where each part starts in it (`at`); a word broken by a hyphen is mended
 * unless it is a compound (`non-alignement`, `peut-être`). `folded` is the whole text in lower case.
 */
function joinParts(parts: LinePart[], folded: string): string {
  let text = "";
  // The line before ended on a broken word: the next one goes on without a space.
  let glued = false;
  // (Soft line breaks only in a quoted-printable body, where many lines close so: "1 dollar =" / "525 tenges" in a note
  // is an equation. Counted only when a line closes on one.)
  let soft: boolean | undefined;
  const softBreaks = () => (soft ??= (folded.match(SOFT_BREAK_LINE_RE) ?? []).length >= SOFT_BREAKS_MIN);
  for (const [i, p] of parts.entries()) {
    const v = i === 0 ? p.text.trimEnd() : p.text.slice(p.lead?.length ?? 0).trim();
    if (i > 0 && !glued) text += " ";
    p.at = text.length;
    text += v;
    // A quoted-printable e-mail's soft line break, "=" closing the line, goes on without a space: "l'invas=" / "ion".
    // (The next line may open on the space the break kept: "un financement,=" / " du combustible".)
    if (i + 1 < parts.length && v.endsWith("=") && SOFT_BREAK_RE.test(v) && softBreaks()) {
      p.hyphen = "=";
      text = text.slice(0, -1);
      glued = !/^\s/u.test(parts[i + 1].text.slice(parts[i + 1].lead?.length ?? 0));
      continue;
    }
    const broken = i + 1 < parts.length && v.endsWith("-") ? BROKEN_WORD_RE.exec(v) : null;
    glued = !!broken;
    if (!broken) continue;
    const tail = broken[1];
    const head = parts[i + 1].text.slice(parts[i + 1].lead?.length ?? 0).trim().split(/[^\p{L}]/u, 1)[0];
    if (!/^\p{Ll}/u.test(head)) continue;
    // The text itself settles it where it writes the word elsewhere, on one line: "transcaspienne", "porte-conteneurs".
    const joined = `${tail}${head}`.toLowerCase();
    const kept = folded.includes(`${tail}-${head}`.toLowerCase()) || (!folded.includes(joined) && (COMPOUND_FIRST_RE.test(tail) || COMPOUND_NEXT_RE.test(head)));
    if (kept) continue;
    p.hyphen = "-";
    text = text.slice(0, -1);
  }
  return text;
}

/**
 * Reads hard-wrapped text as a web page's copy would give it: one line a paragraph. A text none of whose lines were
 * wrapped comes back as it is. A paragraph running over a printed page's break (its number, its running header) is
 * joined across it when its last line stops mid-sentence.
 */
export function unwrapLines(lines: SourceLine[]): TextLine[] {
  const cues = joinCues(lines);
  if (cues) return cues;
  const texts = lines.map((l) => visibleText(l.text));
  const width = wrapWidth(lines, texts);
  if (width === 0) return lines;
  const marks = findPageMarks(lines, texts);
  const blank = (i: number) => texts[i] === "";
  // The head: the first run of lines, where a headline stands over a label and a date line, each maybe as long as the
  // width; with no blank line to end it, its first lines.
  const firstText = lines.findIndex((l, i) => !marks.has(i) && /\p{L}/u.test(l.text));
  let headEnd = lines.findIndex((_, i) => i > firstText && (blank(i) || marks.has(i)));
  if (headEnd < 0) headEnd = firstText + HEAD_LINES;
  const folded = lines.map((l) => l.text).join("\n").toLowerCase();
  const out: TextLine[] = [];
  const used = new Set<number>();
  for (let i = 0; i < lines.length; i++) {
    if (used.has(i)) continue;
    const mark = marks.get(i);
    if (blank(i) || mark) {
      out.push(mark ? { ...lines[i], pageMark: mark } : lines[i]);
      continue;
    }
    const taken = [i];
    // A Markdown quotation goes on over lines that each open with its mark: "> « La France est…" / "> politique…".
    const quoted = QUOTE_MARK_RE.test(lines[i].text);
    const bare = (t: number) => (quoted ? lines[t].text.replace(QUOTE_MARK_RE, "") : lines[t].text);
    for (let j = i; ; ) {
      let k = j + 1;
      // Over a page's break: blank lines and the page's marks, its number among them.
      let overPage = false;
      while (k < lines.length && (blank(k) || marks.has(k))) {
        overPage ||= marks.get(k) === "number" || (marks.get(k) === "header" && PAGE_OF_RE.test(texts[k]));
        k++;
      }
      if (k >= lines.length || (k > j + 1 && !overPage)) break;
      // A sentence may end at the foot of a page; the next page then starts a paragraph.
      if (overPage && CLAUSE_END_RE.test(texts[j])) break;
      if (quoted !== QUOTE_MARK_RE.test(lines[k].text) || (quoted && overPage)) break;
      if (!runsOn(bare(j), bare(k), width, k < headEnd, j === i)) break;
      taken.push(k);
      j = k;
    }
    if (taken.length === 1) {
      out.push(lines[i]);
      continue;
    }
    const parts: LinePart[] = taken.map((t, n) => {
      const lead = n > 0 && quoted ? QUOTE_MARK_RE.exec(lines[t].text)?.[0] : undefined;
      return lead ? { line: lines[t].line, text: lines[t].text, lead } : { line: lines[t].line, text: lines[t].text };
    });
    for (const t of taken) used.add(t);
    out.push({ line: lines[i].line, text: joinParts(parts, folded), parts });
  }
  // The lines of a page's break inside a joined paragraph come after it, in their order.
  return out;
}

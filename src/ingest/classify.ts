// Gives each line the kind an editor would give it: title, lede, heading, paragraph, quote, list item, credit,
// caption, bibliography entry, furniture or blank. Shapes are read line by line, then zones (head, body, teasers,
// bibliography, tail) decide what the shapes mean.
import { readDateHeader, readDateline, findDates } from "./date.ts";
import { endsSentence, innerSentenceBreaks, startsLikeSentence, visibleText, words } from "./french.ts";
import { furniturePhraseReason, isBreadcrumb, isByline, isConsentPanel, isMenuLine, readDateLine, readTeaserOpener } from "./furniture.ts";
import type { ClassifiedLine, LineDate, LineKind, SourceLine } from "./types.ts";

// A list item: "- texte", "• texte", "– texte", "* texte", "1. texte", "2) texte", "a) texte".
const LIST_ITEM_RE = /^(?:[-–—•*▪◦●·►✓✔→➢▶○◆■]|\d{1,2}[.)]|(?:I|II|III|IV|VI|VII|VIII|IX|XI|XII)\.|\(?[a-h][).])\s+\S/u;
// The number of a numbered item or section: "1. ", "2) ", "IV. " (not "V. Poutine", an initial).
const NUMBERED_RE = /^(?:\d{1,2}[.)]|(?:I|II|III|IV|VI|VII|VIII|IX|XI|XII)\.)\s+/u;
// A credit: "© Akorda", "Photo : AFP", "Crédit photo : DR", "Illustration : X", "Source : The Astana Times".
const CREDIT_RE = /^(?:©|\([cC]\)\s|[Cc]opyright\b|(?:[Pp]hotos?|[Cc]rédits?(?: photos?)?|[Ii]llustration|[Ii]mage|[Ss]ources? (?:photo|image)|[Vv]idéo|[Ss]ources?)\s*:\s*\S)/u;
// A caption that ends with its credit: "Le président à Astana, le 4 mars 2024. © Akorda", "(Photo AFP)", "/ Reuters".
const CAPTION_CREDIT_RE = /(?:\s©\s?\S.{0,80}|\((?:[Pp]hoto|[Cc]rédit|©)[^)]{0,80}\)|\b(?:[Pp]hoto|[Cc]rédit photo)\s*:\s*[^.]{1,60}|\s[/|]\s*(?:AFP|Reuters|AP|Sputnik|Akorda|DR|Getty Images)\.?)\s*$/u;
// The line that opens a bibliography: "bibliography", "Bibliographie", "Références", "Sources :".
const BIBLIOGRAPHY_MARKER_RE = /^(?:bibliography|bibliographie|références(?: bibliographiques)?|references|sources(?: et références)?|notes et références|pour aller plus loin)\s*:?$/iu;
// What a reference holds: a URL, a year in brackets "(2006)" or after a name "2018.", a DOI, pages "pp. 72-84".
const REFERENCE_HINT_RE = /https?:\/\/|www\.|\(\d{4}[a-z]?[,)]|\b(?:19|20)\d{2}\.|doi:|\bpp?\.\s?\d/iu;
// A heading framed like a title that quotes a full sentence: "Conflits internationaux : « la voie … négociations. »".
const QUOTED_TITLE_RE = /^[^«».!?]{2,80}\s:\s«[^«»]{2,140}[.!?…]\s*»$/u;

// A line ending on an article, a preposition or a conjunction stops mid-phrase: "… un", "… de la", "… et".
const DANGLING_END_RE = /(?:^|\s)(?:le|la|les|l['’]|un|une|des|de|du|d['’]|à|au|aux|et|ou|en|par|pour|sur|dans|avec|que|qui|dont|ce|cette|ces|son|sa|ses|leur|leurs)$/iu;
// Words that make a date line the article's own publication stamp: "Publié le", "Mis à jour le", "Modifié le".
const PUBLICATION_WORD_RE = /publi|mis(?:e)? à jour|modifi|actualis/iu;
// A person's name alone on a line, as an author signs at the end: "Anne Martin", "Jean-Luc de La Tour".
const SIGNATURE_RE = /^\p{Lu}[\p{L}'’.-]+(?:\s+(?:de |d['’]|du |le |la )?\p{Lu}[\p{L}'’.-]+){1,3}$/u;

const HEADING_MAX_CHARS = 160;
const HEADING_MAX_WORDS = 25;
const QUESTION_HEADING_MAX = 120;
// A chapeau printed before the headline is one sentence; a longer first paragraph is the article's own start.
const CHAPEAU_MAX_CHARS = 400;
// Teaser summaries are short; a paragraph this long is the article's own text again.
const TEASER_SUMMARY_MAX = 400;
const LONG_PARAGRAPH = 120;

type Shape = "blank" | "furniture" | "list-item" | "credit" | "caption" | "quote" | "heading" | "paragraph";

interface Work {
  src: SourceLine;
  /** The visible text that the line publishes (after any cut). */
  v: string;
  shape: Shape;
  kind?: LineKind;
  reason?: string;
  /** A teaser opener on its own line ("Voir aussi") or inline ("À lire aussi : …"). */
  teaser?: { words: string; standalone: boolean; consent?: boolean };
  counter?: boolean;
  metaDate?: LineDate;
  cut?: ClassifiedLine["cut"];
}

/** True when a line starting with « is a quotation: nothing, a new sentence or an attribution follows the quote. */
function isQuoteLine(v: string): boolean {
  if (!/^[«“"]/u.test(v)) return false;
  const close = v.search(/[»”]|(?<=.)"/u);
  if (close < 0) return true;
  const rest = v.slice(close + 1).trim();
  // "« … » était le titre choisi" is a sentence whose subject is a quoted title, not a quotation.
  return rest === "" || !/^\p{Ll}/u.test(rest);
}

/** True for a line shaped like a heading or headline: short, one phrase, no final sentence punctuation. */
export function isHeadingShape(v: string): boolean {
  if (v.length > HEADING_MAX_CHARS || v.length < 2) return false;
  if (v.split(/\s+/).length > HEADING_MAX_WORDS) return false;
  if (!startsLikeSentence(v)) return false;
  if (QUOTED_TITLE_RE.test(v)) return true;
  // A short question or exclamation is a headline ("Hezbollah-Israël : une nouvelle guerre aux portes du Liban ?").
  if (/\s?[?!]$/.test(v) && v.length <= QUESTION_HEADING_MAX && v.split(/\s+/).length >= 3) return innerSentenceBreaks(v) === 0;
  // A line ending in " :" introduces a list or a quotation; ";" or "," continue a list.
  if (endsSentence(v) || /[:;,]$/.test(v)) return false;
  return innerSentenceBreaks(v) === 0;
}

/** The shape of one non-blank line, from its own text only. */
function shapeOf(w: Work): void {
  const v = w.v;
  const dateLine = readDateLine(v);
  if (dateLine && !dateLine.relative) {
    w.shape = "furniture";
    w.reason = "date line (publication metadata)";
    w.metaDate = { from: "head", date: dateLine.date, evidence: dateLine.evidence, valid: true };
    return;
  }
  if (!/\p{L}/u.test(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (no words: a counter or a separator)" });
  const phrase = furniturePhraseReason(v);
  if (isConsentPanel(v)) {
    w.shape = "furniture";
    w.teaser = { words: v, standalone: true, consent: true };
    w.reason = phrase ?? "site furniture (cookie or privacy prompt)";
    return;
  }
  if (phrase) {
    w.shape = "furniture";
    w.reason = phrase;
    w.counter = /comment|reading time/.test(phrase);
    return;
  }
  const opener = readTeaserOpener(v);
  if (opener) {
    w.shape = "furniture";
    w.teaser = opener;
    w.reason = `site furniture (link to another article after '${opener.words}')`;
    return;
  }
  if (isBreadcrumb(v)) {
    Object.assign(w, { shape: "furniture", reason: "site furniture (breadcrumb or meta line)" });
    // A meta line "Publié par admin | 2 novembre 2023 | Actualités" still states the publication date.
    const d = /publi|mis à jour|\bpar\b/iu.test(v) ? findDates(v).find((m) => !m.relative) : undefined;
    if (d) w.metaDate = { from: "head", date: d.date, evidence: d.evidence, valid: true };
    return;
  }
  if (isByline(v)) {
    w.shape = "furniture";
    w.reason = "byline (author, metadata)";
    const d = findDates(v).find((m) => !m.relative);
    if (d) w.metaDate = { from: "head", date: d.date, evidence: d.evidence, valid: true };
    return;
  }
  if (isMenuLine(v)) return void Object.assign(w, { shape: "furniture", reason: "site furniture (navigation menu or tag list)" });
  if (CREDIT_RE.test(v)) return void (w.shape = "credit");
  if (LIST_ITEM_RE.test(v)) return void (w.shape = "list-item");
  if (isQuoteLine(v)) return void (w.shape = "quote");
  if (v.length <= 300 && CAPTION_CREDIT_RE.test(v)) return void (w.shape = "caption");
  if (isHeadingShape(v)) return void (w.shape = "heading");
  w.shape = "paragraph";
}

function isBody(w: Work): boolean {
  return w.shape === "paragraph" || w.shape === "quote" || w.shape === "list-item";
}

function isProse(w: Work): boolean {
  return (w.shape === "paragraph" || w.shape === "quote") && w.v.length >= LONG_PARAGRAPH && endsSentence(w.v);
}

/** Index of the next non-blank line after `i` (or `ws.length`). */
function nextText(ws: Work[], i: number): number {
  let j = i + 1;
  while (j < ws.length && ws[j].shape === "blank") j++;
  return j;
}

/** Where a teaser block opened at `k` ends: where the article's own prose resumes, or the end of the file. */
function teaserBlockEnd(ws: Work[], k: number): number {
  for (let j = nextText(ws, k); j < ws.length; j = nextText(ws, j)) {
    const w = ws[j];
    if (w.kind === "bibliography" || w.kind === "heading") return j;
    if (!isProse(w)) continue;
    if (w.v.length > TEASER_SUMMARY_MAX) return j;
    const n = nextText(ws, j);
    // A teaser is a title and a short summary; two prose paragraphs in a row are the article again.
    if (n < ws.length && !ws[n].kind && isBody(ws[n]) && endsSentence(ws[n].v)) return j;
  }
  return ws.length;
}

/**
 * Classifies the lines of one article. Every line gets exactly one kind; furniture and blank lines carry a reason.
 * Pure: the same lines always give the same kinds.
 */
export function classifyLines(lines: SourceLine[]): ClassifiedLine[] {
  const ws: Work[] = lines.map((src) => ({ src, v: visibleText(src.text), shape: "blank" as Shape }));
  // The " date 2025-11-19 " header a scraper glues in front of the first paragraph is metadata.
  // It may also follow a headline line, so the first three non-blank lines are looked at.
  for (const first of ws.filter((w) => w.v !== "").slice(0, 3)) {
    const h = readDateHeader(first.src.text);
    if (h) {
      const reason = h.valid ? `date header (publication metadata: ${h.date})` : `date header that is not a real date (${h.date})`;
      first.cut = { removed: h.text, kept: h.rest.trim(), reason };
      first.metaDate = { from: "header", date: h.date, evidence: `header '${h.text}'`, valid: h.valid };
      first.v = visibleText(h.rest);
      if (first.v === "") Object.assign(first, { shape: "furniture", kind: "furniture", reason, cut: undefined });
      break;
    }
  }
  for (const w of ws) {
    if (w.v === "" && w.kind !== "furniture") {
      w.shape = "blank";
      w.kind = "blank";
      w.reason = /\S/.test(w.src.text) ? "blank line (only invisible or no-break spaces)" : "blank line";
    } else if (w.kind !== "furniture") shapeOf(w);
  }

  // Hard-wrapped prose (text pasted from a PDF or an e-mail): a line that ends on a little word ("… devant les
  // députés, un") or runs on into a line starting in lower case is a piece of a paragraph, not a heading.
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (w.shape !== "heading") continue;
    const next = ws[i + 1];
    if (DANGLING_END_RE.test(w.v) || (next && (next.shape === "paragraph" || next.shape === "heading") && /^\p{Ll}/u.test(next.v))) w.shape = "paragraph";
  }

  // A numbered line standing alone between paragraphs is a section heading ("2. Une diplomatie d’équilibre"):
  // the items of a numbered list come in a run.
  for (let i = 0; i < ws.length; i++) {
    const w = ws[i];
    if (w.shape !== "list-item" || !NUMBERED_RE.test(w.v)) continue;
    let p = i - 1;
    while (p >= 0 && ws[p].shape === "blank") p--;
    const n = nextText(ws, i);
    const alone = (p < 0 || ws[p].shape !== "list-item") && (n >= ws.length || ws[n].shape !== "list-item");
    if (alone && isHeadingShape(w.v.replace(NUMBERED_RE, "")) && !DANGLING_END_RE.test(w.v)) w.shape = "heading";
  }

  // Bibliography: the marker line is a heading, the lines after it are entries (furniture still wins).
  let bibStart = ws.length;
  const bodyStart = ws.findIndex(isBody);
  for (let i = Math.max(bodyStart, 0) + 1; i < ws.length && bodyStart >= 0; i++) {
    if (BIBLIOGRAPHY_MARKER_RE.test(ws[i].v)) {
      bibStart = i;
      ws[i].kind = "heading";
      for (let j = i + 1; j < ws.length; j++) {
        const w = ws[j];
        if (w.shape === "blank") continue;
        if (w.teaser?.standalone) break;
        // Long prose without a URL or a year is the article again, not a reference.
        if (w.v.length >= 200 && innerSentenceBreaks(w.v) >= 2 && !REFERENCE_HINT_RE.test(w.v)) break;
        if (w.shape !== "furniture" || w.metaDate) Object.assign(w, { kind: "bibliography", reason: undefined, metaDate: undefined });
      }
      break;
    }
  }

  // Teaser blocks: after a standalone "Voir aussi", lines are links to other articles until the article resumes.
  for (let k = 0; k < ws.length; k++) {
    const w = ws[k];
    if (!w.teaser) continue;
    w.kind = "furniture";
    if (!w.teaser.standalone) continue;
    // In the article's head, before any text, only the one link after the opener is taken: the headline may follow.
    const end = k < bodyStart && !w.teaser.consent ? Math.min(nextText(ws, k) + 1, ws.length) : teaserBlockEnd(ws, k);
    for (let j = k + 1; j < end; j++) {
      const t = ws[j];
      if (t.shape === "blank" || t.kind === "bibliography") continue;
      t.kind = "furniture";
      const what = w.teaser.consent ? "cookie consent panel" : "teaser of another article";
      t.reason = t.shape === "furniture" && !t.metaDate ? t.reason : `site furniture after '${w.teaser.words}' (${what})`;
      t.metaDate = undefined;
    }
    k = end - 1;
  }

  // Comment counters or reading times after the article's text close teaser cards (a title, maybe a summary):
  // with two cards or more, the cards are links to other articles. One counter alone may be the article's own.
  const cards: number[][] = [];
  for (let i = bodyStart + 1; i < ws.length && bodyStart >= 0; i++) {
    if (!ws[i].counter) continue;
    const card: number[] = [];
    for (let j = i - 1; j > bodyStart && card.length < 2; j--) {
      const t = ws[j];
      if (t.shape === "blank") continue;
      if (t.kind || !(t.shape === "heading" || (t.shape === "paragraph" && t.v.length <= TEASER_SUMMARY_MAX))) break;
      card.push(j);
      if (t.shape === "heading") break;
    }
    if (card.length > 0 && ws[card[card.length - 1]].shape === "heading") cards.push(card);
  }
  if (cards.length >= 2) {
    for (const c of cards.flat()) Object.assign(ws[c], { kind: "furniture", reason: "site furniture (teaser of another article before a comment counter)" });
  }

  // Head: the lines before the first body line. The headline is the first headline-shaped line there of five words
  // or more (a site name or a section label is shorter), else the first of three words or more.
  let titleAt = -1;
  // A headline may open with a quotation: "« Le Kazakhstan est prêt » : Tokaïev reçoit Zelensky".
  for (let i = 0; i < ws.length && !(ws[i].kind === undefined && isBody(ws[i]) && ws[i].shape !== "quote"); i++) {
    const w = ws[i];
    if (!w.kind && w.shape === "quote" && isHeadingShape(w.v) && /[»”"]\s*:\s*\S/u.test(w.v)) w.shape = "heading";
  }
  const headEnd = ws.findIndex((w) => !w.kind && isBody(w));
  const head = headEnd < 0 ? ws.length : headEnd;
  const candidates = ws.slice(0, head).flatMap((w, i) => (!w.kind && w.shape === "heading" ? [i] : []));
  const wordCount = (i: number) => ws[i].v.split(/\s+/).length;
  // Among several, the headline is the one the date line, the byline or the text follows (a site name is not).
  const isMeta = (j: number) => j < ws.length && (/date line|byline|publication time/.test(ws[j].reason ?? "") || (!ws[j].kind && isBody(ws[j])));
  const long = candidates.filter((i) => wordCount(i) >= 5);
  titleAt = (long.length > 1 ? long.find((i) => isMeta(nextText(ws, i))) : undefined) ?? long[0] ?? candidates.find((i) => wordCount(i) >= 3 && ws[i].v.length >= 20) ?? -1;
  for (const i of candidates) {
    const w = ws[i];
    if (i === titleAt) w.kind = "title";
    else if (titleAt >= 0 && i > titleAt && wordCount(i) >= 6) {
      // A long line after the headline is its standfirst: it opens the text.
      w.shape = "paragraph";
      break;
    } else Object.assign(w, { kind: "furniture", reason: "site furniture (section label or kicker in the article's head)" });
  }
  // A chapeau printed before the headline: one sentence, then a headline-shaped line, then the article's text.
  if (titleAt < 0 && headEnd >= 0 && ws[headEnd].shape === "paragraph" && ws[headEnd].v.length <= CHAPEAU_MAX_CHARS && innerSentenceBreaks(ws[headEnd].v) === 0) {
    const h = nextText(ws, headEnd);
    const after = nextText(ws, h);
    if (h < ws.length && !ws[h].kind && ws[h].shape === "heading" && words(ws[h].v).length >= 4 && after < ws.length && !ws[after].kind && isBody(ws[after])) {
      titleAt = h;
      ws[h].kind = "title";
    }
  }
  // The lede: the first body line when it is a paragraph (a datelined paragraph too).
  const ledeAt = ws.findIndex((w) => !w.kind && (isBody(w) || w.shape === "heading" || w.shape === "caption" || w.shape === "credit"));
  if (ledeAt >= 0 && ws[ledeAt].shape === "paragraph") ws[ledeAt].kind = "lede";
  // A dateline opening one of the first paragraphs dates the story: "ALMATY, 4 mars 2024 (agence) –".
  for (let i = 0, seen = 0; i < ws.length && seen < 2; i++) {
    const w = ws[i];
    if (w.kind && w.kind !== "lede") continue;
    if (!isBody(w)) continue;
    seen++;
    const d = readDateline(w.v);
    if (d) w.metaDate = { from: "head", date: d.mention.date, evidence: d.text, valid: true };
  }

  // Tail: headline-shaped lines after the article's last text are the site's furniture (nothing follows them).
  for (let i = ws.length - 1; i >= 0; i--) {
    const w = ws[i];
    if (w.shape === "blank" || w.kind === "furniture" || (!w.kind && w.shape === "furniture")) continue;
    if (w.kind && w.kind !== "heading") break;
    if (w.kind === "heading" && i === bibStart) break;
    if (w.shape !== "heading" || i <= titleAt) break;
    const reason = SIGNATURE_RE.test(w.v) ? "signature (author, metadata)" : "site furniture (short line after the end of the article)";
    Object.assign(w, { kind: "furniture", reason });
  }

  return ws.map((w, i) => {
    const kind: LineKind = w.kind ?? (w.shape as LineKind);
    const c: ClassifiedLine = { line: w.src.line, text: w.src.text, kind };
    if (kind === "furniture" || kind === "blank") c.reason = w.reason ?? "site furniture";
    if (w.cut) c.cut = w.cut;
    // After the text has begun, a bare date line may belong to a card of another article: only "Publié le…" counts.
    const late = kind === "furniture" && headEnd >= 0 && i > headEnd && !PUBLICATION_WORD_RE.test(w.v);
    if (w.metaDate && !late && (w.metaDate.from === "header" || kind === "furniture" || kind === "lede" || kind === "paragraph")) c.metaDate = w.metaDate;
    return c;
  });
}

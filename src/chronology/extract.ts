// Finds the dated events an article reports: one event per dated sentence that names a place or an event.
import type { Article, Block, Tag } from "../ingest/types.ts";
import { findDates, type DateMention } from "../ingest/date.ts";
import { defaultMatcher } from "../taxonomy/match.ts";
import { formatDay, formatEventDate } from "./label.ts";
import { splitSentences, type Sentence } from "./sentences.ts";
import type { ChronologyEvent, EventSource, EventTag } from "./types.ts";

/** Block types whose sentences may report events: not quotes (the speaker's words), credits or the bibliography. */
const EVENT_BLOCKS: ReadonlySet<Block["type"]> = new Set(["paragraph", "heading", "list-item"]);

/** Anchor of the lede on the article page (the lede has no block, hence no line id). */
export const LEDE_ANCHOR = "chapo";

/** Longest summary before it is cut at a word. */
const SUMMARY_MAX = 280;

// What follows a place given with its date in brackets: "Moscou (11–12 novembre 2025)", "Astana (le 16 juin)".
const DATED_PLACE_AFTER_RE = /^\s*\(\s*(?:le\s+|les\s+|du\s+)?\d/iu;
// What follows the place of a dateline: "ALMATY, 4 mars 2024 (agence) –", "Astana, le 16 juin 2025 –".
const DATELINE_AFTER_RE = /^\s*,\s*(?:le\s+)?(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\s+)?\d/iu;
// A cheap test that a text may hold a date the grammar reads: a day or a year next to a month ("16 juin",
// "1er août", "novembre 2025") or a numeric date ("04/03/2024", "2024-03-04"). Most sentences fail it and are
// spared the full grammar; a false hit only costs the grammar. (No `u` flag: it makes this scan twice as slow.)
const DATE_HINT_RE =
  /\d(?:\s?(?:er|ᵉʳ|re))?\s+(?:janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c)|(?:janv|f[ée]v|mars|avr|mai|juin|juil|ao[uû]t|sept|oct|nov|d[ée]c)[a-zéèû]*\.?\s+\d{4}|\d[/.]\d{1,2}[/.]\d|\d{4}-\d\d-\d\d/i;
// Every hint holds a digit: a text without one is rejected by a scan for a digit, three times faster than the hint's
// own scan fails on it (the month names' letters start an attempt at most positions).
const DIGIT_RE = /\d/;
const mayHoldDate = (text: string): boolean => DIGIT_RE.test(text) && DATE_HINT_RE.test(text);
// A date that bounds a state rather than marks an event: "membre depuis le 2 mars 1992", "jusqu'au 5 mars", "né le 17 mai 1953".
const BACKGROUND_BEFORE_RE = /(?:^|[\s(])(?:depuis|jusqu['’]|jusque|d['’]ici|dès|avant|après|née?s?)\s*(?:le|la|les|l['’]|en|au|aux|du|à)?\s*$/iu;
// The same words when the date grammar took them into the evidence: "depuis le 2 mars 1992", "Dès le 3 mai".
const BACKGROUND_EVIDENCE_RE = /^(?:depuis|jusqu|dès|avant|après)/iu;
// A preposition that locates what happens, right before a place's name: "à Astana", "au Turkménistan",
// "aux États-Unis", "en Asie centrale", "à la Maison-Blanche", "dans la capitale".
const LOCATIVE_BEFORE_RE = /(?<![\p{L}\d])(?:à|au|aux|en|dans)\s+(?:l['’]|la\s+|le\s+|les\s+)?$/iu;
// What makes a dated sentence an event when it locates nothing: a meeting, a visit, a signature, a speech…
// "a accueilli", "se sont retrouvés", "ont signé", "une visite d'État", "le sommet C5+1", "a fait une déclaration".
const EVENT_WORD_RE = new RegExp(
  "(?<![\\p{L}])(?:" +
    [
      // Stems: any ending ("rencontr" → rencontre, rencontré, rencontraient).
      "rencontr|accueill|visit|particip|entretien|entretenu|réuni|retrouv|prononc|annonc|adopt|organis|effectu|assist|inaugur",
      "conclu|ratifi|adhé|célébr|sommet|forum|conférence|réunion|session|discours|cérémonie|traité|mémorandum|déclaration|déclaré",
      // Whole words, where a stem would catch others ("signifie", "éluder", "compte rendu" is kept out by "s'est rendu").
      "(?:signé|signée|signés|signées|signent|signera|signeront|signature|signataires?|accords?|élue?s?|nommée?s?|reçue?s?|tenue?s?|lancée?s?)(?![\\p{L}])",
      "(?:s['’]est|se sont|s['’]était|se rendra|se rendront) rendue?s?",
    ].join("|") +
    ")",
  "iu",
);

/** A person or place of the vocabulary named in a sentence, and where. */
interface Named {
  tag: Tag;
  start: number;
  end: number;
}

/**
 * The people and places a sentence names, in reading order. Demonyms (`kazakhstanais`) do not count: they
 * qualify, they do not name. A surname shared by several entries goes to the one the article is tagged with.
 */
function namedIn(text: string, articleTags: ReadonlySet<string>): Named[] {
  const matcher = defaultMatcher();
  const out: Named[] = [];
  for (const m of matcher.mentions(text)) {
    if (m.term.factor < 1) continue;
    const candidates = m.term.entries.map((i) => matcher.tags[i]);
    const tag = candidates.find((t) => articleTags.has(t.url)) ?? candidates[0];
    if (tag && (tag.kind === "person" || tag.kind === "place")) out.push({ tag: { ...tag }, start: m.start, end: m.end });
  }
  return out;
}

/**
 * True when the place named is where something happens: `à Astana`, `au Turkménistan`, `en Asie centrale`,
 * a place followed by its date in brackets, as headings and summaries write it: `Washington (6 novembre 2025)`,
 * or the place of a dateline opening the passage: `ALMATY, 4 mars 2024 (agence) –`.
 */
function isLocative(text: string, n: Named): boolean {
  const after = text.slice(n.end, n.end + 12);
  return (
    LOCATIVE_BEFORE_RE.test(text.slice(Math.max(0, n.start - 12), n.start)) ||
    DATED_PLACE_AFTER_RE.test(after) ||
    (text.slice(0, n.start).trim() === "" && DATELINE_AFTER_RE.test(after))
  );
}

function uniqueTags(tags: Tag[]): Tag[] {
  const seen = new Set<string>();
  return tags.filter((t) => !seen.has(t.url) && seen.add(t.url));
}

/** The chronology page of a person or place: `/chronologie` + its tag page (`/personnes/xi-jinping/`). */
export function chronologyUrl(tag: Tag): string {
  return `/chronologie${tag.url}`;
}

function eventTags(tags: Tag[]): EventTag[] {
  return uniqueTags(tags).map((tag) => ({ tag, chronologyUrl: chronologyUrl(tag) }));
}

/** Shortens a sentence to SUMMARY_MAX characters at a word, with an ellipsis. */
export function summarize(sentence: string): string {
  const s = sentence.replace(/\s+/g, " ").trim();
  if (s.length <= SUMMARY_MAX) return s;
  const cut = s.slice(0, SUMMARY_MAX - 1);
  const at = cut.lastIndexOf(" ");
  return (at > SUMMARY_MAX / 2 ? cut.slice(0, at) : cut).replace(/[\s,;:–—-]+$/u, "") + "…";
}

/** True when the date mention bounds a state (`depuis le 2 mars 1992`) instead of dating an event. */
function isBackgroundDate(text: string, d: DateMention): boolean {
  return BACKGROUND_EVIDENCE_RE.test(d.evidence) || BACKGROUND_BEFORE_RE.test(text.slice(Math.max(0, d.start - 24), d.start));
}

/** The article's date when year-less dates may be resolved against it: a certain date with its day. */
function referenceDate(a: Article): string | undefined {
  return a.date && a.dateCertain && a.date.length === 10 ? a.date : undefined;
}

interface Passage {
  text: string;
  line: number | null;
  anchor: string;
  heading: boolean;
}

/**
 * The passages that may tell events, with the id the article page gives them: `l17` for the block of raw line 17;
 * when the ingest cut one line into several blocks, the next ones are `l17-2`, `l17-3` (as src/site/model.ts does).
 */
function passagesOf(a: Article): Passage[] {
  const out: Passage[] = [];
  if (a.lede) out.push({ text: a.lede, line: null, anchor: LEDE_ANCHOR, heading: false });
  const used = new Set<string>();
  for (const b of a.blocks) {
    let anchor = `l${b.line}`;
    for (let n = 2; used.has(anchor); n++) anchor = `l${b.line}-${n}`;
    used.add(anchor);
    if (EVENT_BLOCKS.has(b.type)) out.push({ text: b.text, line: b.line, anchor, heading: b.type === "heading" });
  }
  return out;
}

/**
 * Finds the events `article` reports. The rule: a sentence of the lede, a paragraph, a list item or a heading
 * (never a quote, credit, bibliography or removed line) holds an event date when it writes a day or a month
 * with its year (or a year-less day and the article's date is certain: `le 23 septembre dernier`), that date
 * is not a bound (`depuis le 2 mars 1992`, `jusqu'au…`, `né le…`), and the sentence either locates it
 * (`à Astana`, `au Turkménistan`; in a heading any place counts: `Washington (6 novembre 2025)`) or names an
 * event (`a accueilli`, `ont signé`, `visite`, `sommet`…). People are the persons named in the sentence; a
 * sentence naming none (`les deux dirigeants`) takes those of the last sentence that did, in its passage or the
 * one before, never across a heading.
 * A heading's event that a sentence of its section tells again (same dates and place) gives way to it.
 */
export function extractEvents(article: Article): ChronologyEvent[] {
  const reference = referenceDate(article);
  // The URL, not the slug: two articles may share a slug in different months (or with a -2 suffix).
  const urlKey = eventKey(article.url);
  const articleTags = new Set(article.tags.map((t) => t.url));
  const events: (ChronologyEvent & { fromHeading: boolean })[] = [];
  const passages = passagesOf(article);
  // Sentences and the names in them are computed only when a dated sentence needs them: most sentences hold no date.
  const sentenceCache = new Map<number, Sentence[]>();
  const sentencesOf = (at: number): Sentence[] => {
    let list = sentenceCache.get(at);
    if (!list) sentenceCache.set(at, (list = passages[at].heading ? [{ text: passages[at].text, start: 0 }] : splitSentences(passages[at].text)));
    return list;
  };
  // A sentence without people of its own looks back over the sentences before it: each is read once.
  const namedCache = new Map<string, Named[]>();
  const named = (text: string): Named[] => {
    let list = namedCache.get(text);
    if (!list) namedCache.set(text, (list = namedIn(text, articleTags)));
    return list;
  };
  const personsIn = (text: string) => uniqueTags(named(text).filter((n) => n.tag.kind === "person").map((n) => n.tag));
  // "Les deux dirigeants": the people of the last sentence that named some, in this passage or the one before,
  // never from across a heading.
  const inherited = (at: number, k: number): Tag[] => {
    if (passages[at].heading) return [];
    for (const [pa, from] of [[at, k - 1], [at - 1, Infinity]] as const) {
      if (pa < 0) continue;
      const list = sentencesOf(pa);
      for (let j = Math.min(from, list.length - 1); j >= 0; j--) {
        const found = personsIn(list[j].text);
        if (found.length) return found;
      }
    }
    return [];
  };
  const sourceBase = {
    articleUrl: article.url,
    articleTitle: article.title,
    articleDate: article.date,
    articleDateLabel: article.date ? formatDay(article.date) : "sans date",
  };
  passages.forEach((p, at) => {
    if (!mayHoldDate(p.text)) return;
    const source: EventSource = { ...sourceBase, line: p.line, anchor: p.anchor, url: `${article.url}#${p.anchor}` };
    let rank = 0;
    const sentences = sentencesOf(at);
    sentences.forEach((s, k) => {
      // A passage of one sentence passed the test already (the sentence is the passage, trimmed).
      if (sentences.length > 1 && !mayHoldDate(s.text)) return;
      const dates = findDates(s.text, reference).filter(
        (d) => !d.date.startsWith("--") && (!d.relative || reference) && !isBackgroundDate(s.text, d),
      );
      if (!dates.length) return;
      const names = named(s.text);
      const persons = uniqueTags(names.filter((n) => n.tag.kind === "person").map((n) => n.tag));
      const people = persons.length ? persons : inherited(at, k);
      // A heading places its event without a preposition: "Washington (6 novembre 2025) : …".
      const locatives = names.filter((n) => n.tag.kind === "place" && (p.heading || isLocative(s.text, n)));
      const eventWords = EVENT_WORD_RE.test(s.text);
      dates.forEach((d, i) => {
        // With two dates in one sentence, each takes the places written between it and the next date.
        const from = i === 0 ? 0 : d.start;
        const to = i + 1 < dates.length ? dates[i + 1].start : s.text.length;
        const places = eventTags(locatives.filter((l) => l.start >= from && l.start < to).map((l) => l.tag));
        if (!places.length && !eventWords) return;
        const [year, month] = d.date.split("-");
        const endDate = d.endDate && d.endDate !== d.date ? d.endDate : null;
        events.push({
          id: `evt-${urlKey}-${p.anchor}-${++rank}`,
          date: d.date,
          endDate,
          precision: d.precision,
          dateLabel: formatEventDate(d.date, endDate),
          year,
          month,
          evidence: d.evidence.trim(),
          relative: Boolean(d.relative),
          place: places[0] ?? null,
          places,
          people: eventTags(people),
          summary: summarize(s.text),
          source,
          also: [],
          fromHeading: p.heading,
        });
      });
    });
  });
  return dropRetold(events).map(({ fromHeading: _, ...e }) => e);
}

/** The part of event ids that names the article: its URL, not its slug (two articles may share a slug in different months). */
function eventKey(url: string): string {
  return url.replace(/[^A-Za-z0-9]+/g, "-").replace(/^-|-$/g, "");
}

/**
 * The events of an article moved from address `from` to `to` (the ingest gives a duplicate address a `-2`): the
 * same as extractEvents on the article at its new address, without reading it again.
 */
export function moveEvents(events: ChronologyEvent[], from: string, to: string): ChronologyEvent[] {
  const oldPrefix = `evt-${eventKey(from)}-`;
  const newPrefix = `evt-${eventKey(to)}-`;
  return events.map((e) => ({
    ...e,
    id: e.id.startsWith(oldPrefix) ? newPrefix + e.id.slice(oldPrefix.length) : e.id,
    source: { ...e.source, articleUrl: to, url: `${to}#${e.source.anchor}` },
  }));
}

/** Drops a heading's event when a sentence of the same article tells the same dates at the same place. */
function dropRetold<T extends ChronologyEvent & { fromHeading: boolean }>(events: T[]): T[] {
  const key = (e: T) => `${e.date}|${e.endDate ?? ""}|${e.place?.tag.url ?? ""}`;
  const told = new Set(events.filter((e) => !e.fromHeading && e.place).map(key));
  return events.filter((e) => {
    if (!e.fromHeading || !told.has(key(e))) return true;
    const twin = events.find((o) => !o.fromHeading && key(o) === key(e));
    if (twin) twin.people = eventTags([...twin.people, ...e.people].map((t) => t.tag));
    return false;
  });
}

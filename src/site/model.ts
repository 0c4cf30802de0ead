// Builds the views the templates loop over (entries, pages of listings, years, months, tags, feeds) from the ingested articles.
import { format } from "date-fns/format";
import { fr } from "date-fns/locale/fr";
import slugify from "@sindresorhus/slugify";
import { cutPages } from "../pages.ts";
import type { Article, Tag, TagKind } from "../ingest/types.ts";
import { readSiteConfig, type SiteConfig } from "./config.ts";
import { layoutYearChart, type YearChart } from "./chart.ts";
import { buildChronology, type Chronology } from "../chronology/build.ts";
import { TEXT_FIELDS } from "../text-store.ts";

/** A light pointer to an entry (previous, next, related): enough for a link with its date. */
export interface EntryRef {
  url: string;
  title: string;
  date: string | null;
  dateLabel: string;
}

/** The tags of an article of one kind (`Personnes`, `Lieux`…). */
export interface TagGroup {
  kind: TagKind;
  label: string;
  tags: Tag[];
}

/** A run of text that may be a safe link (only http and https addresses become links). */
export interface Segment {
  text: string;
  href: string | null;
}

/**
 * One piece of an article body as the page shows it; consecutive list items and references are grouped.
 * `anchor` (`l12`) is the id of the passage that starts on raw line 12, so other pages can link to it.
 */
export type BodyNode =
  | { kind: "heading"; text: string; id: string; anchor: string; line: number }
  | { kind: "paragraph" | "quote" | "credit"; text: string; anchor: string; line: number }
  | { kind: "list"; items: { text: string; anchor: string; line: number }[] }
  | { kind: "bibliography"; items: { segments: Segment[]; anchor: string; line: number }[] };

/** The "Citer cet article" box. */
export interface Citation {
  permalink: string;
  accessed: string;
  accessedLabel: string;
  apa: string;
  bibtex: string;
}

/** An article ready for the templates: the ingest fields plus what the pages show. */
export interface Entry extends Article {
  year: string | null;
  month: string | null;
  /** French date for readers: `23 septembre 2025`, `septembre 2023`, or `sans date`. */
  dateLabel: string;
  readingMinutes: number;
  /** Absolute URL of the article page. */
  permalink: string;
  tagGroups: TagGroup[];
  /** The few tags a listing shows (people first, then places, organisations, themes). */
  keyTags: Tag[];
  /** How many tags a listing leaves out. */
  moreTags: number;
  body: BodyNode[];
  /** The section headings, for the table of contents. */
  toc: { id: string; text: string }[];
  /** The next older article, by date. */
  previous: EntryRef | null;
  /** The next newer article, by date. */
  next: EntryRef | null;
  related: EntryRef[];
  citation: Citation;
  /** `NewsArticle` JSON-LD, serialised so that it cannot close its `<script>` element. */
  jsonLd: string;
}

export interface MonthGroup {
  year: string;
  month: string;
  label: string;
  url: string;
  entries: Entry[];
}

export interface YearGroup {
  year: string;
  url: string;
  entries: Entry[];
  months: MonthGroup[];
  chart: YearChart;
}

export interface TagPage {
  tag: Tag;
  entries: Entry[];
  related: Tag[];
  /** The tag's own Atom feed, e.g. `/personnes/kassym-jomart-tokaiev/flux.xml`. */
  feedUrl: string;
}

export interface KindGroup {
  kind: TagKind;
  label: string;
  tags: { tag: Tag; count: number }[];
}

/** A link to one page of a paginated listing. */
export interface PageLink {
  number: number;
  url: string;
  current: boolean;
  /** True when pages are left out between this link and the previous one (shown as `…`). */
  gapBefore: boolean;
}

/** One page of a listing (home, year, month, tag): `pageSize` entries on the first page, `LATER_PAGE_SIZE` on the next. */
export interface ListingPage {
  url: string;
  /** 1-based. */
  number: number;
  pageCount: number;
  entries: Entry[];
  /** True on a later page of a listing: its entries are shown as dated titles, without lede or tags. */
  titlesOnly: boolean;
  previousUrl: string | null;
  nextUrl: string | null;
  links: PageLink[];
}

export interface YearListing extends ListingPage {
  group: YearGroup;
}

export interface MonthListing extends ListingPage {
  group: MonthGroup;
}

export interface TagListing extends ListingPage {
  tagPage: TagPage;
}

/** An Atom feed to write: the site's, or one tag's. */
export interface FeedSpec {
  /** Path of the feed file, e.g. `/flux.xml`. */
  url: string;
  title: string;
  /** The HTML page the feed follows. */
  pageUrl: string;
  /** Newest first, at most `SITE_FEED_SIZE` or `TAG_FEED_SIZE`; the first one's date is the feed's `updated`. */
  entries: Entry[];
  /** Whether each entry carries the article's full text (the site's feed) or only its lede (a tag's feed). */
  full: boolean;
}

/** The site's feed: the newest 50 articles in full, as news sites do (readers poll it; the archive is the site). */
export const SITE_FEED_SIZE = 50;
/** A tag's feed: its newest 20 articles, lede only; thousands of tags each repeating every article in full grew the site tenfold. */
export const TAG_FEED_SIZE = 20;

/** Everything the templates see. */
export interface Archive {
  entries: Entry[];
  /** The newest entries, for the home page. */
  latest: Entry[];
  /** Years newest first, their months newest first. */
  years: YearGroup[];
  months: MonthGroup[];
  /** Articles without any date, listed on /archives/. */
  undated: Entry[];
  tagPages: TagPage[];
  kinds: KindGroup[];
  /** The most covered people and places, for the home page. */
  topPeople: { tag: Tag; count: number }[];
  topPlaces: { tag: Tag; count: number }[];
  homePages: ListingPage[];
  yearPages: YearListing[];
  monthPages: MonthListing[];
  tagListings: TagListing[];
  feeds: FeedSpec[];
  /** Date of the newest article, or null. */
  newestDate: string | null;
  /** The events the articles report, by date, year, person and place (/chronologie/). */
  chronology: Chronology;
}

export const KIND_LABELS: Record<TagKind, string> = {
  person: "Personnes",
  place: "Lieux",
  org: "Organisations",
  theme: "Thèmes",
};

const KIND_ORDER: TagKind[] = ["person", "place", "org", "theme"];

/** Tags a listing shows for each article; an article tagged with twenty subjects would drown its title. */
const LISTING_TAGS = 6;

const SCHEMA_TYPES: Record<TagKind, string> = {
  person: "Person",
  place: "Place",
  org: "Organization",
  theme: "Thing",
};

/** An http or https address inside a reference: `https://www.un.org/fr/ga/80`. */
const HTTP_URL_RE = /https?:\/\/[^\s<>"«»]+/giu;
/** Punctuation that ends a sentence rather than the address it follows: `…/80).` */
const URL_TRAILING_PUNCT_RE = /[.,;:!?)\]’'»]+$/u;
/** A passage anchor (`l12`); a heading's slug never takes that shape. */
const PASSAGE_ANCHOR_RE = /^l\d+(?:-\d+)?$/;
/** Ids the layouts themselves use; a heading never takes them. */
const RESERVED_IDS = new Set(["contenu", "chapo", "sommaire", "citer", "a-lire-aussi", "sujets-article", "voisins"]);

/** `2025-09-23` → `23 septembre 2025` (with `1er` for the first of the month); `2023-09` → `septembre 2023`. */
export function formatFrenchDate(date: string | null): string {
  if (!date) return "sans date";
  let label = FRENCH_DATES.get(date);
  if (label === undefined) FRENCH_DATES.set(date, (label = frenchDate(date)));
  return label;
}

/** Labels by date: an archive has a few thousand distinct dates and every entry, reference and citation asks. */
const FRENCH_DATES = new Map<string, string>();

function frenchDate(date: string): string {
  const [y, m, d] = date.split("-").map(Number);
  if (!d) return format(new Date(Date.UTC(y, m - 1, 1, 12)), "LLLL yyyy", { locale: fr });
  // date-fns formats the day as a plain number; French writes the first day of a month "1er".
  const day = d === 1 ? "1er" : String(d);
  return `${day} ${format(new Date(Date.UTC(y, m - 1, d, 12)), "LLLL yyyy", { locale: fr })}`;
}

/** The anchor of the passage that starts on raw line `line` of its seed, e.g. `l12` (links to `/AAAA/MM/slug/#l12`). */
export function passageAnchor(line: number): string {
  return `l${line}`;
}

/** True for the characters `\s` matches: a loop over them allocates nothing, where splitting a page's text did. */
function isSpace(c: number): boolean {
  return c === 32 || (c >= 9 && c <= 13) || (c > 127 && (c === 0xa0 || c === 0x1680 || (c >= 0x2000 && c <= 0x200a) || c === 0x2028 || c === 0x2029 || c === 0x202f || c === 0x205f || c === 0x3000 || c === 0xfeff));
}

/** Words of a text: its runs of characters other than white space. */
function wordsIn(text: string): number {
  let n = 0;
  let inWord = false;
  for (let i = 0; i < text.length; i++) {
    const space = isSpace(text.charCodeAt(i));
    if (!space && !inWord) n++;
    inWord = !space;
  }
  return n;
}

function countWords(a: Article): number {
  let n = a.lede ? wordsIn(a.lede) : 0;
  for (const b of a.blocks) n += wordsIn(b.text);
  return n;
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Newest first; `2025-09` sorts after every day of September 2025; undated articles last; then by URL. */
function compareEntries(a: Article, b: Article): number {
  if (a.date !== b.date) {
    if (!a.date) return 1;
    if (!b.date) return -1;
    return byCodePoint(b.date, a.date);
  }
  return byCodePoint(a.url, b.url);
}

/** Splits a reference into text and links; only well-formed http and https addresses become links. */
export function linkifyReference(text: string): Segment[] {
  const segments: Segment[] = [];
  let last = 0;
  for (const m of text.matchAll(HTTP_URL_RE)) {
    const raw = m[0].replace(URL_TRAILING_PUNCT_RE, "");
    let href: string | null = null;
    try {
      const u = new URL(raw);
      if (u.protocol === "http:" || u.protocol === "https:") href = u.href;
    } catch {
      href = null;
    }
    if (!href) continue;
    if (m.index > last) segments.push({ text: text.slice(last, m.index), href: null });
    segments.push({ text: raw, href });
    last = m.index + raw.length;
  }
  if (last < text.length) segments.push({ text: text.slice(last), href: null });
  return segments;
}

function uniqueId(base: string, taken: Set<string>): string {
  const root = base || "section";
  let id = RESERVED_IDS.has(root) || PASSAGE_ANCHOR_RE.test(root) ? `${root}-1` : root;
  for (let n = 2; taken.has(id); n++) id = `${root}-${n}`;
  taken.add(id);
  return id;
}

/** Groups the blocks of an article into what the page shows: anchored headings, one list per run of items. */
export function buildBody(a: Article): BodyNode[] {
  const nodes: BodyNode[] = [];
  const ids = new Set<string>();
  const anchors = new Set<string>();
  for (const b of a.blocks) {
    const prev = nodes[nodes.length - 1];
    // The ingest may cut one raw line into several blocks: the first keeps `l37`, the next ones get `l37-2`…
    let anchor = passageAnchor(b.line);
    for (let n = 2; anchors.has(anchor); n++) anchor = `${passageAnchor(b.line)}-${n}`;
    anchors.add(anchor);
    if (b.type === "heading") {
      nodes.push({ kind: "heading", text: b.text, id: uniqueId(slugify(b.text, { decamelize: false }), ids), anchor, line: b.line });
    } else if (b.type === "list-item") {
      const item = { text: b.text, anchor, line: b.line };
      if (prev?.kind === "list") prev.items.push(item);
      else nodes.push({ kind: "list", items: [item] });
    } else if (b.type === "bibliography") {
      const item = { segments: linkifyReference(b.text), anchor, line: b.line };
      if (prev?.kind === "bibliography") prev.items.push(item);
      else nodes.push({ kind: "bibliography", items: [item] });
    } else {
      nodes.push({ kind: b.type, text: b.text, anchor, line: b.line });
    }
  }
  return nodes;
}

function groupTags(tags: Tag[]): TagGroup[] {
  return KIND_ORDER.map((kind) => ({ kind, label: KIND_LABELS[kind], tags: tags.filter((t) => t.kind === kind) })).filter(
    (g) => g.tags.length > 0,
  );
}

/** `(2025, 23 septembre)`, `(2025, septembre)` or `(s. d.)`, as APA writes a publication date in French. */
function apaDate(date: string | null): string {
  if (!date) return "(s. d.)";
  const [y] = date.split("-");
  const label = formatFrenchDate(date);
  return `(${y}, ${label.slice(0, label.length - y.length - 1)})`;
}

/** Escapes the characters BibTeX treats as commands in a field value. */
function escapeBibtex(text: string): string {
  return text.replace(/[\\{}%&$#_^~]/g, (c) => (c === "\\" ? "\\textbackslash{}" : c === "^" || c === "~" ? `\\${c}{}` : `\\${c}`));
}

/** Builds the APA-style and BibTeX citations of an article; `accessed` is the access date the editor set. */
export function buildCitation(a: Article, permalink: string, accessed: string, site: SiteConfig): Citation {
  const accessedLabel = formatFrenchDate(accessed);
  const title = a.title.trim();
  const apa = `${title}${/[.?!…]$/u.test(title) ? "" : "."} ${apaDate(a.date)}. ${site.title}. Consulté le ${accessedLabel}, à l’adresse ${permalink}`;
  const key = `${a.date ? a.date.slice(0, 4) : "sd"}-${a.slug.slice(0, 40).replace(/-+$/, "")}`;
  const fields: [string, string][] = [
    ["title", title],
    ...(a.date ? ([["date", a.date]] as [string, string][]) : []),
    ["organization", site.title],
    ["url", permalink],
    ["urldate", accessed],
    ["langid", "french"],
  ];
  const bibtex = `@online{${key},\n${fields.map(([k, v]) => `  ${k} = {${k === "url" ? v : escapeBibtex(v)}}`).join(",\n")}\n}`;
  return { permalink, accessed, accessedLabel, apa, bibtex };
}

const JSON_LD_UNSAFE_RE = /[<>&\u2028\u2029]/g;
const JSON_LD_ESCAPES: Record<string, string> = { "<": "\\u003c", ">": "\\u003e", "&": "\\u0026", "\u2028": "\\u2028", "\u2029": "\\u2029" };

/** Serialises JSON for a `<script type="application/ld+json">`: `<`, `>`, `&` and line separators become escapes. */
export function serializeJsonLd(value: unknown): string {
  return JSON.stringify(value).replace(JSON_LD_UNSAFE_RE, (c) => JSON_LD_ESCAPES[c]);
}

function buildJsonLd(a: Article, permalink: string, site: SiteConfig): string {
  return serializeJsonLd({
    "@context": "https://schema.org",
    "@type": "NewsArticle",
    headline: a.title,
    ...(a.lede ? { description: a.lede } : {}),
    ...(a.date ? { datePublished: a.date } : {}),
    inLanguage: "fr",
    url: permalink,
    mainEntityOfPage: permalink,
    keywords: a.tags.map((t) => t.name),
    about: a.tags.map((t) => ({ "@type": SCHEMA_TYPES[t.kind], name: t.name, url: `${site.url}${t.url}` })),
    isPartOf: { "@type": "WebSite", name: site.title, url: `${site.url}/` },
    publisher: { "@type": "Organization", name: site.title, url: `${site.url}/` },
  });
}

function toRef(e: Entry): EntryRef {
  return { url: e.url, title: e.title, date: e.date, dateLabel: e.dateLabel };
}

/** `2025-09` → `2025-09-01`; days unchanged. */
function firstDay(date: string): string {
  return date.length === 7 ? `${date}-01` : date;
}

/** What an entry's page-only fields are computed from: the site, and the access date its citation prints. */
interface EntryContext {
  site: SiteConfig;
  day: string;
}

const CONTEXT = Symbol("entry context");
let lastContext: EntryContext | null = null;
type LazyEntry = Entry & { [CONTEXT]: EntryContext };

// Fields only the article's own page shows are computed when the page reads them instead of being kept for every
// entry of the archive (a large share of the model's memory at 100,000 articles). The last entry's values are kept:
// a template reads the same field several times in a row.
let lastEntry: LazyEntry | null = null;
let lastBody: BodyNode[] = [];
function bodyOf(e: LazyEntry): BodyNode[] {
  if (lastEntry !== e) {
    lastBody = buildBody(e);
    lastEntry = e;
  }
  return lastBody;
}

const PAGE_FIELDS: PropertyDescriptorMap = {
  body: { enumerable: true, get(this: LazyEntry) { return bodyOf(this); } },
  toc: { enumerable: true, get(this: LazyEntry) { return bodyOf(this).flatMap((n) => (n.kind === "heading" ? [{ id: n.id, text: n.text }] : [])); } },
  tagGroups: { enumerable: true, get(this: LazyEntry) { return groupTags(this.tags); } },
  // 230 words a minute is a common reading speed for French prose.
  readingMinutes: { enumerable: true, get(this: LazyEntry) { return Math.max(1, Math.round(countWords(this) / 230)); } },
  citation: { enumerable: true, get(this: LazyEntry) { return buildCitation(this, this.permalink, this[CONTEXT].day, this[CONTEXT].site); } },
  jsonLd: { enumerable: true, get(this: LazyEntry) { return buildJsonLd(this, this.permalink, this[CONTEXT].site); } },
};
/**
 * The prototype of every entry: the page-only fields, as getters; and `blocks` and `removed` read from the build's text
 * store for an entry made from a spilled article (one made from an article in memory has its own).
 */
const ENTRY_PROTOTYPE: object = Object.defineProperties(Object.defineProperties({}, TEXT_FIELDS), PAGE_FIELDS);

/**
 * Turns an article into an entry; `accessed` is the access date printed in its citation (default: its own date).
 * `body`, `toc`, `tagGroups`, `readingMinutes`, `citation` and `jsonLd` are computed each time they are read. The entry
 * of a spilled article (src/text-store.ts) keeps its store reference (an own symbol, copied by Object.assign) and
 * reads its blocks from the store.
 */
export function toEntry(a: Article, site: SiteConfig = readSiteConfig(), accessed?: string): Entry {
  const [year, month] = a.date ? a.date.split("-") : [null, null];
  const keyTags = groupTags(a.tags).flatMap((g) => g.tags).slice(0, LISTING_TAGS);
  const day = accessed ?? site.accessed ?? (a.date ? firstDay(a.date) : "1970-01-01");
  const e = Object.create(ENTRY_PROTOTYPE) as LazyEntry;
  Object.assign(e, a, {
    year: year ?? null,
    month: month ?? null,
    dateLabel: formatFrenchDate(a.date),
    permalink: `${site.url}${a.url}`,
    keyTags,
    moreTags: a.tags.length - keyTags.length,
    previous: null,
    next: null,
    related: [],
  });
  // Entries of one archive share their context.
  if (lastContext?.site !== site || lastContext.day !== day) lastContext = { site, day };
  e[CONTEXT] = lastContext;
  return e;
}

/**
 * Articles on each side of an article, in date order, that a tag's list offers as candidates. A tag carried by
 * more than 2 × RELATED_WINDOW + 1 articles (the country itself, its president in a large archive) offers only its
 * articles nearest in time: otherwise every article would be compared with nearly every other (N² at 100,000).
 */
export const RELATED_WINDOW = 50;

/**
 * Picks 3 to 5 related articles: shared tags, each weighted by its rarity (log(1 + N / articles with the tag)),
 * ties broken by closeness in time; when fewer than 3 share a tag, the closest in time fill the list. Candidates
 * come from each shared tag's articles, only the RELATED_WINDOW nearest on each side for very common tags.
 */
export function relateEntries(entries: Entry[], max = 5, min = 3, window = RELATED_WINDOW): Map<string, EntryRef[]> {
  // Scores are summed from each tag's list of articles instead of comparing every pair of articles, and only the
  // best few are kept: the archive-scale cost is the sum of the tag list lengths, not N² with a sort each.
  const n = entries.length;
  // Tags as small integers: the inner loops below run about N × (articles per tag) times.
  const tagIds = new Map<string, number>();
  const postings: number[][] = [];
  const tagSets = entries.map((e, i) => {
    const ids: number[] = [];
    for (const url of new Set(e.tags.map((t) => t.url))) {
      let id = tagIds.get(url);
      if (id === undefined) {
        tagIds.set(url, (id = postings.length));
        postings.push([]);
      }
      postings[id].push(i);
      ids.push(id);
    }
    return ids;
  });
  const weights = postings.map((list) => Math.log(1 + n / list.length));
  const own = new Uint8Array(postings.length);
  const days = entries.map((e) => (e.date ? Date.parse(firstDay(e.date)) / 86_400_000 : null));
  const dist = (i: number, j: number) => {
    const a = days[i];
    const b = days[j];
    return a === null || b === null ? Number.MAX_SAFE_INTEGER : Math.abs(a - b);
  };
  const byDay = entries.map((_, i) => i).filter((i) => days[i] !== null).sort((i, j) => days[i]! - days[j]! || byCodePoint(entries[i].url, entries[j].url));
  const undated = entries.map((_, i) => i).filter((i) => days[i] === null).sort((i, j) => byCodePoint(entries[i].url, entries[j].url));
  const rank = new Int32Array(n).fill(-1);
  byDay.forEach((i, r) => (rank[i] = r));
  const score = new Float64Array(n);
  const result = new Map<string, EntryRef[]>();
  const better = (x: { i: number; s: number; d: number }, y: { i: number; s: number; d: number }) =>
    y.s - x.s || x.d - y.d || byCodePoint(entries[x.i].url, entries[y.i].url);
  for (let e = 0; e < n; e++) {
    const touched: number[] = [];
    for (const id of tagSets[e]) own[id] = 1;
    // Rarest tags first: once the fifth best score beats what the remaining tags could still add up to, the long
    // lists of very common tags (the country itself, its president) need not be walked.
    const order = [...tagSets[e]].sort((x, y) => weights[y] - weights[x] || x - y);
    let left = order.reduce((sum, id) => sum + weights[id], 0);
    const top: { i: number; s: number; d: number }[] = [];
    for (const id of order) {
      if (top.length === max && top[max - 1].s > left * (1 + 1e-9)) break;
      left -= weights[id];
      const list = postings[id];
      // Lists hold entry indices in ascending order (newest first): `e` is found by bisection.
      let from = 0;
      let to = list.length;
      if (list.length > 2 * window + 1) {
        let lo = 0;
        let hi = list.length;
        while (lo < hi) {
          const mid = (lo + hi) >> 1;
          if (list[mid] < e) lo = mid + 1;
          else hi = mid;
        }
        from = Math.max(0, lo - window);
        to = Math.min(list.length, lo + window + 1);
      }
      for (let k = from; k < to; k++) {
        const o = list[k];
        if (o === e || score[o] !== 0) continue;
        touched.push(o);
        score[o] = 1;
        // Summed in the other article's tag order, so equal sets of shared tags give bit-identical scores.
        let s = 0;
        for (const t of tagSets[o]) if (own[t]) s += weights[t];
        const d = dist(e, o);
        if (top.length === max && (s < top[max - 1].s || (s === top[max - 1].s && d > top[max - 1].d))) continue;
        const c = { i: o, s, d };
        if (top.length === max && better(c, top[max - 1]) >= 0) continue;
        const at = top.findIndex((t) => better(c, t) < 0);
        top.splice(at === -1 ? top.length : at, 0, c);
        if (top.length > max) top.pop();
      }
    }
    const picked = top.map((t) => t.i);
    if (picked.length < min) picked.push(...closestUnrelated(e, min - picked.length));
    for (const o of touched) score[o] = 0;
    for (const id of tagSets[e]) own[id] = 0;
    result.set(entries[e].url, picked.map((i) => toRef(entries[i])));
  }
  return result;

  /** The `need` articles sharing no tag with `e`, closest in time first, then by URL. */
  function closestUnrelated(e: number, need: number): number[] {
    const free = (o: number) => o !== e && score[o] === 0;
    const found: number[] = [];
    if (days[e] !== null) {
      // Walk outwards from `e` in date order; past `need` finds, keep going only while distances tie.
      let lo = rank[e] - 1;
      let hi = rank[e] + 1;
      let bound = Infinity;
      while (lo >= 0 || hi < byDay.length) {
        const dl = lo >= 0 ? dist(e, byDay[lo]) : Infinity;
        const dh = hi < byDay.length ? dist(e, byDay[hi]) : Infinity;
        const d = Math.min(dl, dh);
        if (found.length >= need && d > bound) break;
        const o = dl <= dh ? byDay[lo--] : byDay[hi++];
        if (!free(o)) continue;
        found.push(o);
        if (found.length === need) bound = d;
      }
    }
    if (found.length < need) {
      const pool = days[e] === null ? [...byDay, ...undated] : undated;
      for (const o of pool) if (free(o)) found.push(o);
    }
    return found
      .map((i) => ({ i, s: 0, d: dist(e, i) }))
      .sort(better)
      .slice(0, need)
      .map((c) => c.i);
  }
}

/** URL of page `n` of a listing whose first page is `base`: `/2025/` → `/2025/page/2/` (never `/2025/02/`, a month). */
export function pageUrl(base: string, n: number): string {
  return n === 1 ? base : `${base}page/${n}/`;
}

/** Listings of at most this many pages link to every page; longer ones to the first, the last and the nearest. */
const ALL_LINKS_MAX = 9;
/** Pages linked on each side of the current one in a long listing. */
const LINKS_AROUND = 2;

/**
 * The page links of page `current` of `pageCount`: every page in a short listing; in a long one the first, the
 * last and LINKS_AROUND on each side of the current page, so that a page's size does not grow with the archive.
 */
export function pageLinks(base: string, current: number, pageCount: number): PageLink[] {
  const numbers: number[] = [];
  if (pageCount <= ALL_LINKS_MAX) for (let n = 1; n <= pageCount; n++) numbers.push(n);
  else {
    const lo = Math.max(1, current - LINKS_AROUND);
    const hi = Math.min(pageCount, current + LINKS_AROUND);
    if (lo > 1) numbers.push(1);
    for (let n = lo; n <= hi; n++) numbers.push(n);
    if (hi < pageCount) numbers.push(pageCount);
  }
  return numbers.map((n, i) => ({ number: n, url: pageUrl(base, n), current: n === current, gapBefore: i > 0 && n - numbers[i - 1] > 1 }));
}

/**
 * Entries on each later page of a listing, as dated titles: a reader going back through a subject scans titles, and
 * the later pages of tag listings were most of the site (a tag on 4,000 articles: 40 pages instead of 200).
 */
export const LATER_PAGE_SIZE = 100;

/**
 * Cuts `entries` into pages under `base`: `size` on the first page, then `later` on each next page (titles only; the
 * default: `size`, in full). An empty listing still has its first page.
 */
export function paginate(base: string, entries: Entry[], size: number, later?: number): ListingPage[] {
  const slices = cutPages(entries, size, later);
  const pageCount = slices.length;
  return slices.map((slice, i) => {
    const n = i + 1;
    return {
      url: pageUrl(base, n),
      number: n,
      pageCount,
      entries: slice,
      titlesOnly: n > 1 && later !== undefined,
      previousUrl: n > 1 ? pageUrl(base, n - 1) : null,
      nextUrl: n < pageCount ? pageUrl(base, n + 1) : null,
      links: pageLinks(base, n, pageCount),
    };
  });
}

/** Groups published articles into the archive views, newest first. */
export function buildArchive(articles: Article[], site: SiteConfig = readSiteConfig()): Archive {
  const published = articles.filter((a) => !a.draft).sort(compareEntries);
  const newestDate = published.find((a) => a.date)?.date ?? null;
  // The access date printed in citations: the editor's, else the day of the newest article, never the clock.
  const accessed = site.accessed ?? (newestDate ? firstDay(newestDate) : "1970-01-01");
  const entries = published.map((a) => toEntry(a, site, accessed));

  const dated = entries.filter((e) => e.date);
  dated.forEach((e, i) => {
    e.next = i > 0 ? toRef(dated[i - 1]) : null;
    e.previous = i < dated.length - 1 ? toRef(dated[i + 1]) : null;
  });
  const related = relateEntries(entries);
  for (const e of entries) e.related = related.get(e.url) ?? [];

  const monthMap = new Map<string, MonthGroup>();
  const yearMap = new Map<string, Omit<YearGroup, "chart">>();
  for (const e of dated) {
    if (!e.year || !e.month) continue;
    let y = yearMap.get(e.year);
    if (!y) yearMap.set(e.year, (y = { year: e.year, url: `/${e.year}/`, entries: [], months: [] }));
    y.entries.push(e);
    const key = `${e.year}-${e.month}`;
    let m = monthMap.get(key);
    if (!m) {
      m = { year: e.year, month: e.month, label: formatFrenchDate(key), url: `/${e.year}/${e.month}/`, entries: [] };
      monthMap.set(key, m);
      y.months.push(m);
    }
    m.entries.push(e);
  }
  const maxPerMonth = Math.max(0, ...[...monthMap.values()].map((m) => m.entries.length));
  const years: YearGroup[] = [...yearMap.values()].map((y) => {
    const counts = Array.from({ length: 12 }, (_, i) => monthMap.get(`${y.year}-${String(i + 1).padStart(2, "0")}`)?.entries.length ?? 0);
    return { ...y, chart: layoutYearChart(y.year, counts, maxPerMonth) };
  });

  const tagMap = new Map<string, TagPage>();
  for (const e of entries) {
    for (const t of e.tags) {
      let p = tagMap.get(t.url);
      if (!p) tagMap.set(t.url, (p = { tag: t, entries: [], related: [], feedUrl: `${t.url}flux.xml` }));
      // An article naming a tag twice is listed once (its repeats come one after the other).
      if (p.entries[p.entries.length - 1] !== e) p.entries.push(e);
    }
  }
  const tagPages = [...tagMap.values()].sort((a, b) => byCodePoint(a.tag.url, b.tag.url));
  for (const p of tagPages) {
    const co = new Map<string, { tag: Tag; n: number }>();
    for (const e of p.entries)
      for (const t of e.tags) {
        if (t.url === p.tag.url) continue;
        const c = co.get(t.url) ?? { tag: t, n: 0 };
        c.n++;
        co.set(t.url, c);
      }
    p.related = [...co.values()].sort((a, b) => b.n - a.n || byCodePoint(a.tag.name, b.tag.name)).slice(0, 8).map((c) => c.tag);
  }
  const kinds = KIND_ORDER.map((kind) => ({
    kind,
    label: KIND_LABELS[kind],
    tags: tagPages
      .filter((p) => p.tag.kind === kind)
      .map((p) => ({ tag: p.tag, count: p.entries.length }))
      .sort((a, b) => b.count - a.count || a.tag.name.localeCompare(b.tag.name, "fr")),
  })).filter((k) => k.tags.length > 0);
  const top = (kind: TagKind) => (kinds.find((k) => k.kind === kind)?.tags ?? []).slice(0, 8);

  const months = [...monthMap.values()];
  return {
    entries,
    latest: entries.slice(0, site.pageSize),
    years,
    months,
    undated: entries.filter((e) => !e.date),
    tagPages,
    kinds,
    topPeople: top("person"),
    topPlaces: top("place"),
    homePages: paginate("/", entries, site.pageSize, LATER_PAGE_SIZE),
    yearPages: years.flatMap((group) => paginate(group.url, group.entries, site.pageSize, LATER_PAGE_SIZE).map((p) => ({ ...p, group }))),
    monthPages: months.flatMap((group) => paginate(group.url, group.entries, site.pageSize, LATER_PAGE_SIZE).map((p) => ({ ...p, group }))),
    tagListings: tagPages.flatMap((tagPage) => paginate(tagPage.tag.url, tagPage.entries, site.pageSize, LATER_PAGE_SIZE).map((p) => ({ ...p, tagPage }))),
    feeds: [
      { url: "/flux.xml", title: site.title, pageUrl: "/", entries: entries.slice(0, SITE_FEED_SIZE), full: true },
      ...tagPages.map((p) => ({
        url: p.feedUrl,
        title: `${p.tag.name} · ${site.title}`,
        pageUrl: p.tag.url,
        entries: p.entries.slice(0, TAG_FEED_SIZE),
        full: false,
      })),
    ],
    newestDate,
    chronology: buildChronology(published),
  };
}

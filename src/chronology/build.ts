// Gathers the events of every article into the chronology's views: all events, by year, by person, by place.
import type { Article, Tag } from "../ingest/types.ts";
import { extractEvents } from "./extract.ts";
import { formatMonth } from "./label.ts";
import { cutPages } from "../pages.ts";
import type { Chronology, ChronologyEvent, ChronologyFacet, ChronologyPage, ChronologyPageKind, EventMonth, EventTag } from "./types.ts";

/** Events on the first page of a chronology view; past it the view goes on at `…/page/2/`. */
export const EVENTS_PER_PAGE = 20;
/**
 * Events on each later page of a view: a reader going on through a long view reads a run of events, and pages of 20
 * made the chronology a sixth of the site's pages (6,760 events of 4,000 articles: 339 pages instead of 69).
 */
export const LATER_EVENTS_PER_PAGE = 100;
/** People and places listed in the filters of /chronologie/; the others are on /chronologie/personnes/ and /lieux/. */
export const FACETS_SHOWN = 24;
/** Events shown on the home. */
const LATEST_COUNT = 5;

const ROOT_URL = "/chronologie/";

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

// A month-only date ("2025-11") sorts before the days of its month: "2025-11" < "2025-11-06" as strings.
function compareEvents(a: ChronologyEvent, b: ChronologyEvent): number {
  return (
    byCodePoint(a.date, b.date) ||
    byCodePoint(a.endDate ?? "", b.endDate ?? "") ||
    byCodePoint(a.place?.tag.name ?? "", b.place?.tag.name ?? "") ||
    byCodePoint(a.source.articleUrl, b.source.articleUrl) ||
    (a.source.line ?? 0) - (b.source.line ?? 0) ||
    byCodePoint(a.id, b.id)
  );
}

// The first report of an event is its source; an earlier publication date wins, then the URL.
function compareReports(a: ChronologyEvent, b: ChronologyEvent): number {
  return byCodePoint(a.source.articleDate ?? "9999", b.source.articleDate ?? "9999") || compareEvents(a, b);
}

function unionTags(a: EventTag[], b: EventTag[]): EventTag[] {
  const seen = new Set(a.map((t) => t.tag.url));
  return [...a, ...b.filter((t) => !seen.has(t.tag.url))];
}

/**
 * Merges the reports of one event: two articles telling the same dates at the same place are one event,
 * told first by the earliest article and also by the others; an article that tells it twice keeps its first
 * telling. Events without a place are never merged: two meetings on one day in different cities are common.
 */
export function mergeReports(events: ChronologyEvent[]): ChronologyEvent[] {
  const merged = new Map<string, ChronologyEvent>();
  const out: ChronologyEvent[] = [];
  for (const e of [...events].sort(compareReports)) {
    if (!e.place) {
      out.push(e);
      continue;
    }
    const key = `${e.date}|${e.endDate ?? ""}|${e.place.tag.url}`;
    const first = merged.get(key);
    if (!first) {
      const copy = { ...e, also: [...e.also] };
      merged.set(key, copy);
      out.push(copy);
    } else if (first.source.articleUrl !== e.source.articleUrl) {
      first.also.push(e.source);
      first.people = unionTags(first.people, e.people);
      first.places = unionTags(first.places, e.places);
    }
  }
  return out.sort(compareEvents);
}

function groupByMonth(events: ChronologyEvent[]): EventMonth[] {
  const months: EventMonth[] = [];
  for (const e of events) {
    const key = `${e.year}-${e.month}`;
    let m = months[months.length - 1];
    if (!m || m.key !== key) months.push((m = { key, label: formatMonth(key), events: [] }));
    m.events.push(e);
  }
  return months;
}

/**
 * Cuts one view into pages: EVENTS_PER_PAGE events at `base`, then LATER_EVENTS_PER_PAGE at `base/page/2/`, …
 * (always at least one page).
 */
function paginate(kind: ChronologyPageKind, base: string, title: string, events: ChronologyEvent[], filter: { year: string | null; tag: Tag | null }): ChronologyPage[] {
  const slices = cutPages(events, EVENTS_PER_PAGE, LATER_EVENTS_PER_PAGE);
  const pageCount = slices.length;
  const urlOf = (n: number) => (n === 1 ? base : `${base}page/${n}/`);
  const pages: ChronologyPage[] = [];
  for (let n = 1; n <= pageCount; n++) {
    pages.push({
      kind,
      url: urlOf(n),
      title: n === 1 ? title : `${title} (page ${n} sur ${pageCount})`,
      year: filter.year,
      tag: filter.tag,
      months: groupByMonth(slices[n - 1]),
      total: events.length,
      pageNumber: n,
      pageCount,
      previousUrl: n > 1 ? urlOf(n - 1) : null,
      nextUrl: n < pageCount ? urlOf(n + 1) : null,
      firstUrl: base,
    });
  }
  return pages;
}

interface TagView {
  tag: Tag;
  url: string;
  events: ChronologyEvent[];
}

/** One view per tag, most events first. */
function tagViews(events: ChronologyEvent[], tagsOf: (e: ChronologyEvent) => EventTag[]): TagView[] {
  const map = new Map<string, TagView>();
  for (const e of events)
    for (const t of tagsOf(e)) {
      let v = map.get(t.tag.url);
      if (!v) map.set(t.tag.url, (v = { tag: t.tag, url: t.chronologyUrl, events: [] }));
      v.events.push(e);
    }
  return [...map.values()].sort((a, b) => b.events.length - a.events.length || a.tag.name.localeCompare(b.tag.name, "fr") || byCodePoint(a.tag.url, b.tag.url));
}

function facet(label: string, url: string, count: number, tag: Tag | null): ChronologyFacet {
  return { label, url, count, tag };
}


/**
 * Events already found for an article, by the ingest (on its worker threads, or from its cache): buildChronology
 * uses them instead of reading the article again. Keyed by the article object: a copy (an article renamed by the
 * ingest's duplicate check) is read again.
 */
export const knownEvents = new WeakMap<Article, ChronologyEvent[]>();

/** Builds the chronology from published articles (any order): events oldest first, and every page to render. */
export function buildChronology(articles: Article[]): Chronology {
  const events = mergeReports(
    articles
      .filter((a) => !a.draft)
      .flatMap((a) => {
        const known = knownEvents.get(a);
        // Used once: the merged events are what the chronology keeps.
        knownEvents.delete(a);
        return known ?? extractEvents(a);
      }),
  );
  const yearMap = new Map<string, ChronologyEvent[]>();
  for (const e of events) {
    const list = yearMap.get(e.year) ?? [];
    list.push(e);
    yearMap.set(e.year, list);
  }
  const people = tagViews(events, (e) => e.people);
  const places = tagViews(events, (e) => e.places);
  const pages: ChronologyPage[] = [
    ...paginate("all", ROOT_URL, "Chronologie", events, { year: null, tag: null }),
    ...[...yearMap].flatMap(([year, list]) => paginate("year", `${ROOT_URL}${year}/`, `Chronologie ${year}`, list, { year, tag: null })),
    // French puts a no-break space before a colon.
    ...people.flatMap((v) => paginate("person", v.url, `Chronologie\u00a0: ${v.tag.name}`, v.events, { year: null, tag: v.tag })),
    ...places.flatMap((v) => paginate("place", v.url, `Chronologie\u00a0: ${v.tag.name}`, v.events, { year: null, tag: v.tag })),
  ];
  const peopleFacets = people.map((v) => facet(v.tag.name, v.url, v.events.length, v.tag));
  const placeFacets = places.map((v) => facet(v.tag.name, v.url, v.events.length, v.tag));
  const byName = (list: ChronologyFacet[]) => [...list].sort((a, b) => a.label.localeCompare(b.label, "fr") || byCodePoint(a.url, b.url));
  return {
    events,
    latest: events.slice(-LATEST_COUNT).reverse(),
    years: [...yearMap].map(([year, list]) => facet(year, `${ROOT_URL}${year}/`, list.length, null)),
    people: peopleFacets,
    places: placeFacets,
    topPeople: peopleFacets.slice(0, FACETS_SHOWN),
    topPlaces: placeFacets.slice(0, FACETS_SHOWN),
    directories: [
      { url: `${ROOT_URL}personnes/`, title: "Chronologie par personne", facets: byName(peopleFacets) },
      { url: `${ROOT_URL}lieux/`, title: "Chronologie par lieu", facets: byName(placeFacets) },
    ],
    byTag: Object.fromEntries([...people, ...places].map((v) => [v.tag.url, v.url])),
    pages,
  };
}

export type { Chronology, ChronologyEvent, ChronologyPage } from "./types.ts";

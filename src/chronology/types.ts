// The data types of the chronology: events told by the articles and the pages that list them.
import type { Tag } from "../ingest/types.ts";

/** A person or place of an event, with the URL of its own chronology (`/chronologie/personnes/xi-jinping/`). */
export interface EventTag {
  tag: Tag;
  chronologyUrl: string;
}

/** How precisely an event's date is known. */
export type EventPrecision = "day" | "month";

/** Where an event is told: one passage of one article. */
export interface EventSource {
  articleUrl: string;
  articleTitle: string;
  /** The article's publication date (`YYYY-MM-DD`, `YYYY-MM`) or null. */
  articleDate: string | null;
  /** The article's publication date label, e.g. `19 novembre 2025`. */
  articleDateLabel: string;
  /** 1-based line of the raw seed, or null for the lede. */
  line: number | null;
  /** Id of the passage on the article page: `l17` for the block of line 17, `chapo` for the lede. */
  anchor: string;
  /** `articleUrl#anchor`. */
  url: string;
}

/** One dated diplomatic event reported by an article. */
export interface ChronologyEvent {
  /** Stable id, unique in the chronology: `evt-` + article URL + passage anchor + rank in the passage. */
  id: string;
  /** Start of the event: `YYYY-MM-DD`, or `YYYY-MM` when only the month is told. */
  date: string;
  /** Last day of a range (`11–12 novembre 2025` → `2025-11-12`), else null. */
  endDate: string | null;
  precision: EventPrecision;
  /** The date for readers: `16 juin 2025`, `11–12 novembre 2025`, `novembre 2025`. */
  dateLabel: string;
  year: string;
  month: string;
  /** The date as the text writes it: `les 11 et 12 novembre 2025`, `le 23 septembre dernier`. */
  evidence: string;
  /** True when the date was resolved against the article's date (`le 23 septembre dernier`). */
  relative: boolean;
  /** Where the event took place (the first place the sentence introduces with `à`, `au`, `en`…), or null. */
  place: EventTag | null;
  /** Every place the sentence locates the event in (`à Ashgabat, au Turkménistan`). */
  places: EventTag[];
  /** The people of the vocabulary named in the sentence (or in the sentence before, for `les deux dirigeants`). */
  people: EventTag[];
  /** The sentence, shortened at a word when long. */
  summary: string;
  source: EventSource;
  /** Other articles that report the same event (same dates and place). */
  also: EventSource[];
}

/** The events of one month on a chronology page. */
export interface EventMonth {
  /** `2025-06`. */
  key: string;
  /** `juin 2025`. */
  label: string;
  events: ChronologyEvent[];
}

/** A way to filter the chronology: a year, a person or a place, with its page and its number of events. */
export interface ChronologyFacet {
  label: string;
  url: string;
  count: number;
  tag: Tag | null;
}

export type ChronologyPageKind = "all" | "year" | "person" | "place";

/** One page under /chronologie/: all events, a year, a person or a place, 20 events a page. */
export interface ChronologyPage {
  kind: ChronologyPageKind;
  url: string;
  /** The `<title>` and `<h1>` of the page. */
  title: string;
  /** The filter of the page: the year, or the person or place tag. */
  year: string | null;
  tag: Tag | null;
  /** The events of this page, in date order, by month. */
  months: EventMonth[];
  /** Events in the whole view (every page of it). */
  total: number;
  pageNumber: number;
  pageCount: number;
  previousUrl: string | null;
  nextUrl: string | null;
  /** First page of the view, for links back from page 2 on. */
  firstUrl: string;
}

/** A page listing every person (or every place) of the chronology: /chronologie/personnes/, /chronologie/lieux/. */
export interface ChronologyDirectory {
  url: string;
  title: string;
  facets: ChronologyFacet[];
}

/** Everything the chronology pages and the home need. */
export interface Chronology {
  /** Every event, oldest first. */
  events: ChronologyEvent[];
  /** The five most recent events, newest first (for the home). */
  latest: ChronologyEvent[];
  years: ChronologyFacet[];
  /** Every person and place, most events first. */
  people: ChronologyFacet[];
  places: ChronologyFacet[];
  /** The first FACETS_SHOWN people and places, for the filters of /chronologie/. */
  topPeople: ChronologyFacet[];
  topPlaces: ChronologyFacet[];
  /** /chronologie/personnes/ and /chronologie/lieux/, each listing all of them. */
  directories: ChronologyDirectory[];
  /** Tag page URL (`/personnes/xi-jinping/`) → its chronology (`/chronologie/personnes/xi-jinping/`), for tags with events. */
  byTag: Record<string, string>;
  /** Every page to render, the index (/chronologie/) first. */
  pages: ChronologyPage[];
}

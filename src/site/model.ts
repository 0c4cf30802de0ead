// Builds the views the templates loop over (entries, years, months, tag pages) from the ingested articles.
import { format } from "date-fns";
import { fr } from "date-fns/locale/fr";
import type { Article, Tag, TagKind } from "../ingest/types.ts";

/** An article ready for the templates: the ingest fields plus what the pages show. */
export interface Entry extends Article {
  year: string | null;
  month: string | null;
  /** French date for readers: `23 septembre 2025`, `septembre 2023`, or `sans date`. */
  dateLabel: string;
  readingMinutes: number;
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
}

export interface TagPage {
  tag: Tag;
  entries: Entry[];
  related: Tag[];
}

export interface KindGroup {
  kind: TagKind;
  label: string;
  tags: { tag: Tag; count: number }[];
}

/** Everything the templates see. */
export interface Archive {
  entries: Entry[];
  /** The newest entries, for the home page. */
  latest: Entry[];
  years: YearGroup[];
  months: MonthGroup[];
  tagPages: TagPage[];
  kinds: KindGroup[];
}

export const KIND_LABELS: Record<TagKind, string> = {
  person: "Personnes",
  place: "Lieux",
  org: "Organisations",
  theme: "Thèmes",
};

const KIND_ORDER: TagKind[] = ["person", "place", "org", "theme"];

/** `2025-09-23` → `23 septembre 2025` (with `1er` for the first of the month); `2023-09` → `septembre 2023`. */
export function formatFrenchDate(date: string | null): string {
  if (!date) return "sans date";
  const [y, m, d] = date.split("-").map(Number);
  if (!d) return format(new Date(Date.UTC(y, m - 1, 1, 12)), "LLLL yyyy", { locale: fr });
  // date-fns formats the day as a plain number; French writes the first day of a month "1er".
  const day = d === 1 ? "1er" : String(d);
  return `${day} ${format(new Date(Date.UTC(y, m - 1, d, 12)), "LLLL yyyy", { locale: fr })}`;
}

function countWords(a: Article): number {
  return [a.lede, ...a.blocks.map((b) => b.text)].join(" ").split(/\s+/).filter(Boolean).length;
}

/** Turns an article into an entry. */
export function toEntry(a: Article): Entry {
  const [year, month] = a.date ? a.date.split("-") : [null, null];
  return {
    ...a,
    year: year ?? null,
    month: month ?? null,
    dateLabel: formatFrenchDate(a.date),
    // 230 words a minute is a common reading speed for French prose.
    readingMinutes: Math.max(1, Math.round(countWords(a) / 230)),
  };
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/** Groups published articles into the archive views. Articles must come newest first. */
export function buildArchive(articles: Article[]): Archive {
  const entries = articles.filter((a) => !a.draft).map(toEntry);
  const monthMap = new Map<string, MonthGroup>();
  const yearMap = new Map<string, YearGroup>();
  for (const e of entries) {
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
  const tagMap = new Map<string, TagPage>();
  for (const e of entries) {
    for (const t of e.tags) {
      let p = tagMap.get(t.url);
      if (!p) tagMap.set(t.url, (p = { tag: t, entries: [], related: [] }));
      p.entries.push(e);
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
  return { entries, latest: entries.slice(0, 20), years: [...yearMap.values()], months: [...monthMap.values()], tagPages, kinds };
}

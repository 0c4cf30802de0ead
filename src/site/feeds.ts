// Writes the Atom feeds (the site's and each tag's) with the `feed` package; dates come from the articles, never the clock.
// A feed lists only the newest articles (see the feed specs in model.ts): the site's with their full text, a tag's
// with their lede, as news sites do; a feed of every article in full would grow without bound with the archive.
import { Feed } from "feed";
import type { FeedSpec, Entry } from "./model.ts";
import type { SiteConfig } from "./config.ts";

/** `2025-09-23` → that day at noon UTC; `2025-09` → the first of the month. */
function toDate(date: string): Date {
  return new Date(`${date.length === 7 ? `${date}-01` : date}T12:00:00Z`);
}

function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** The article's text as escaped HTML paragraphs, for the feed's `<content type="html">`. */
function contentHtml(e: Entry): string {
  return e.blocks
    .map((b) => {
      const t = escapeHtml(b.text);
      if (b.type === "heading") return `<h2>${t}</h2>`;
      if (b.type === "quote") return `<blockquote><p>${t}</p></blockquote>`;
      return `<p>${t}</p>`;
    })
    .join("\n");
}

/** Renders one Atom feed; `updated` is the newest article's date (or 1970 for an empty feed) so builds are identical. */
export function renderAtom(spec: FeedSpec, site: SiteConfig): string {
  const newest = spec.entries.find((e) => e.date)?.date;
  const updated = newest ? toDate(newest) : new Date(0);
  // An article is in the site's feed and in each of its tags' feeds: its <entry> is rendered once and reused, the
  // feed package only writing each feed's head. The package puts entries last, just before the closing tag.
  const head = renderFeed(spec, site, updated, []);
  if (!head.endsWith(FEED_TAIL)) return renderFeed(spec, site, updated, spec.entries);
  return head.slice(0, -FEED_TAIL.length) + spec.entries.map((e) => entryXml(e, site, updated, spec.full)).join("") + FEED_TAIL;
}

const FEED_TAIL = "\n</feed>";
const entryCache = new WeakMap<Entry, Map<string, string>>();
/** The probe feed without entries, by site and feed date: the same for every article of a feed. */
const emptyProbes = new Map<string, string>();

/** One article's `<entry>` as the feed package writes it (an undated one takes the feed's date, hence the key). */
function entryXml(e: Entry, site: SiteConfig, updated: Date, full: boolean): string {
  const key = `${full ? "full" : "summary"}\0${site.url}\0${e.date ? "" : updated.toISOString()}`;
  let byKey = entryCache.get(e);
  if (!byKey) entryCache.set(e, (byKey = new Map()));
  let xml = byKey.get(key);
  if (xml === undefined) {
    const probe: FeedSpec = { url: "/", title: "", pageUrl: "/", entries: [e], full };
    const emptyKey = [site.url, site.title, site.description, site.lang, updated.toISOString()].join("\0");
    let empty = emptyProbes.get(emptyKey);
    if (empty === undefined) {
      if (emptyProbes.size >= 1_000) emptyProbes.clear();
      emptyProbes.set(emptyKey, (empty = renderFeed(probe, site, updated, [])));
    }
    const one = renderFeed(probe, site, updated, [e]);
    xml = one.slice(empty.length - FEED_TAIL.length, one.length - FEED_TAIL.length);
    byKey.set(key, xml);
  }
  return xml;
}

/** The feed package's rendering of `entries` under the head of `spec`. */
function renderFeed(spec: FeedSpec, site: SiteConfig, updated: Date, entries: Entry[]): string {
  const feed = new Feed({
    id: `${site.url}${spec.url}`,
    title: spec.title,
    description: site.description,
    link: `${site.url}${spec.pageUrl}`,
    language: site.lang,
    updated,
    generator: false,
    feedLinks: { atom: `${site.url}${spec.url}` },
    copyright: site.title,
  });
  for (const e of entries) {
    // The feed package writes titles and summaries as type="html": article text must be escaped so readers show it as text.
    feed.addItem({
      title: escapeHtml(e.title),
      id: e.permalink,
      link: e.permalink,
      date: e.date ? toDate(e.date) : updated,
      ...(e.date ? { published: toDate(e.date) } : {}),
      description: escapeHtml(e.lede),
      ...(spec.full ? { content: contentHtml(e) } : {}),
      // The feed package leaves < and > raw in attributes, which breaks the XML: such a name gives no label.
      category: e.tags.map((t) => ({ ...(/[<>]/.test(t.name) ? {} : { name: t.name }), term: t.slug, scheme: `${site.url}${t.url}` })),
    });
  }
  return feed.atom1();
}

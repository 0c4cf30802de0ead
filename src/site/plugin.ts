// The Eleventy plugin of the archive: filters and global data (no business logic).
import { KIND_LABELS, type FeedSpec } from "./model.ts";
import { readSiteConfig, type SiteConfig } from "./config.ts";
import { typesetFrench, typesetHeading } from "./typography.ts";
import { renderAtom } from "./feeds.ts";
import { markSafe } from "../nunjucks-cache.ts";

/** Caches a pure string function's results (up to 20,000 short texts, then starts over, to bound memory). */
function memoise(fn: (text: unknown) => string): (text: unknown) => string {
  const seen = new Map<string, string>();
  return (text) => {
    if (typeof text !== "string" || text.length > 2000) return fn(text);
    let out = seen.get(text);
    if (out === undefined) {
      if (seen.size >= 20_000) seen.clear();
      seen.set(text, (out = fn(text)));
    }
    return out;
  };
}

// Module-wide: the build renders in several Eleventy runs, each calling the plugin again.
const typesetFrenchMemo = memoise(typesetFrench);
const typesetHeadingMemo = memoise(typesetHeading);

/** An article's item in listings, by partial and heading level: it is the same on its home, year, month and tag pages. */
const entryItems = new Map<object, Map<unknown, string>>();

/** `partial` rendered for entry `e` (and heading level `hl`), or the copy rendered for an earlier page. */
function renderEntryOnce(env: { render(name: string, ctx: object): string }, partial: string, e: object, hl: unknown): string {
  let byKey = entryItems.get(e);
  if (!byKey) {
    if (entryItems.size >= 20_000) entryItems.clear();
    entryItems.set(e, (byKey = new Map()));
  }
  // Heading levels are numbers: the one-line item, without heading, is kept under its partial's name.
  const key = hl ?? partial;
  let html = byKey.get(key);
  if (html === undefined) byKey.set(key, (html = env.render(partial, { e, hl }).trimEnd()));
  return html;
}

/** Characters a page's meta description keeps: about what search engines and link previews show of it. */
export const DESCRIPTION_MAX = 160;

/** A text ending at a dash, comma, colon or semicolon, or spaces: what is trimmed before `…`. */
const TRAILING_PUNCT_RE = /[\s,;:\u2013\u2014-]+$/u;

/**
 * `text` cut at its last space before `max` characters and ended with `…`; a shorter text is returned as it is.
 * An article's lede becomes its meta description: repeated in full twice in every page's head, it weighed more than
 * the page's own header.
 */
export function shortenText(text: unknown, max = DESCRIPTION_MAX): string {
  const s = text === null || text === undefined ? "" : String(text);
  if (s.length <= max) return s;
  let head = s.slice(0, max - 1);
  const space = head.search(/\s\S*$/u);
  if (space > max / 2) head = head.slice(0, space);
  // Never end on half of a surrogate pair (an emoji, a rare CJK character).
  if (/[\uD800-\uDBFF]$/.test(head)) head = head.slice(0, -1);
  return `${head.replace(TRAILING_PUNCT_RE, "")}…`;
}

/** Adds the archive's filters (`public/` is copied by the build, once, in its first Eleventy run). */
export default function archivePlugin(eleventyConfig: any): void {
  // Article text is data: every `{{ }}` output is escaped unless a template says otherwise.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.addGlobalData("site", readSiteConfig());
  eleventyConfig.addFilter("json", (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c"));
  // The filters every page calls are added to Nunjucks itself: Eleventy wraps the filters it is given (timing, page
  // context) at a cost on each of the tens of thousands of calls a build makes.
  eleventyConfig.amendLibrary("njk", (env: { render(name: string, ctx: object): string; addFilter(name: string, fn: unknown): void }) => {
    env.addFilter("kindLabel", (kind: keyof typeof KIND_LABELS) => KIND_LABELS[kind]);
    // French typography on plain text; the result is still escaped by Nunjucks.
    // Memoised: a title or lede is typeset again on every listing, tag page and feed that shows it.
    env.addFilter("fr", typesetFrenchMemo);
    env.addFilter("frHeading", typesetHeadingMemo);
    env.addFilter("shorten", (text: unknown) => shortenText(text));
    // `e | entryItem(level)`: partials/entry-item.njk rendered (escaped like any template) once per article and level,
    // then reused; listings are most of the site's pages and each shows 20 articles. `e | entryLine`: the same for the
    // one-line item of a listing's later pages (partials/entry-line.njk).
    env.addFilter("entryItem", (e: object, hl: unknown) => markSafe(renderEntryOnce(env, "partials/entry-item.njk", e, hl)));
    env.addFilter("entryLine", (e: object) => markSafe(renderEntryOnce(env, "partials/entry-line.njk", e, null)));
    env.addFilter("atom", (spec: FeedSpec, site: SiteConfig) => renderAtom(spec, site));
  });
}

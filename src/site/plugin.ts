// The Eleventy plugin of the archive: passthrough assets, filters and global data (no business logic).
import path from "node:path";
import { KIND_LABELS, type FeedSpec } from "./model.ts";
import { readSiteConfig, type SiteConfig } from "./config.ts";
import { typesetFrench, typesetHeading } from "./typography.ts";
import { renderAtom } from "./feeds.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");

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

/** Adds the archive's filters and copies `public/` to the site root. */
export default function archivePlugin(eleventyConfig: any): void {
  // Article text is data: every `{{ }}` output is escaped unless a template says otherwise.
  eleventyConfig.setNunjucksEnvironmentOptions({ autoescape: true, throwOnUndefined: false });
  eleventyConfig.addPassthroughCopy({ [path.join(ROOT, "public")]: "/" });
  eleventyConfig.addGlobalData("site", readSiteConfig());
  eleventyConfig.addFilter("kindLabel", (kind: keyof typeof KIND_LABELS) => KIND_LABELS[kind]);
  eleventyConfig.addFilter("json", (value: unknown) => JSON.stringify(value).replace(/</g, "\\u003c"));
  // French typography on plain text; the result is still escaped by Nunjucks.
  // Memoised: a title or lede is typeset again on every listing, tag page and feed that shows it.
  eleventyConfig.addFilter("fr", memoise(typesetFrench));
  eleventyConfig.addFilter("frHeading", memoise(typesetHeading));
  eleventyConfig.addFilter("atom", (spec: FeedSpec, site: SiteConfig) => renderAtom(spec, site));
  // Every rendered page once, in code-point order of URL, so the sitemap is the same on every build.
  eleventyConfig.addFilter("sitemapUrls", (pages: { url: string | false }[]) =>
    [...new Set(pages.map((p) => p.url).filter((u): u is string => typeof u === "string" && u.endsWith("/")))].sort((a, b) =>
      a < b ? -1 : a > b ? 1 : 0,
    ),
  );
}

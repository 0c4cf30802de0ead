// Writes the sitemap of the site's pages: one /sitemap.xml, or past the sitemaps.org limit an index of /sitemap-N.xml files.

/** Sitemaps.org: at most 50,000 URLs in one sitemap file. */
export const SITEMAP_MAX_URLS = 50_000;

/** One file of the sitemap: its path from the site root (`/sitemap.xml`, `/sitemap-2.xml`) and its XML. */
export interface SitemapFile {
  path: string;
  xml: string;
}

const XML_HEAD = `<?xml version="1.0" encoding="utf-8"?>\n`;

function escapeXml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

function byCodePoint(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function urlset(locs: string[]): string {
  return `${XML_HEAD}<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n${locs.map((l) => `<url><loc>${escapeXml(l)}</loc></url>\n`).join("")}</urlset>\n`;
}

/**
 * The sitemap of `pages` (site paths such as `/2025/09/slug/`), each listed once, in code-point order so every build
 * writes the same files. Up to `max` URLs: one `/sitemap.xml`. Beyond: `/sitemap-1.xml`… of `max` URLs each, and
 * `/sitemap.xml` is their index, as sitemaps.org requires.
 */
export function renderSitemaps(pages: Iterable<string>, siteUrl: string, max = SITEMAP_MAX_URLS): SitemapFile[] {
  const locs = [...new Set(pages)].sort(byCodePoint).map((p) => `${siteUrl}${p}`);
  if (locs.length <= max) return [{ path: "/sitemap.xml", xml: urlset(locs) }];
  const parts: SitemapFile[] = [];
  for (let i = 0; i < locs.length; i += max) parts.push({ path: `/sitemap-${parts.length + 1}.xml`, xml: urlset(locs.slice(i, i + max)) });
  const index =
    `${XML_HEAD}<sitemapindex xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">\n` +
    parts.map((p) => `<sitemap><loc>${escapeXml(`${siteUrl}${p.path}`)}</loc></sitemap>\n`).join("") +
    `</sitemapindex>\n`;
  return [{ path: "/sitemap.xml", xml: index }, ...parts];
}

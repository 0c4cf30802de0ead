// The site's settings an editor may change: name, public address, the access date printed in citations.

/** The site's identity and the editor's settings, shared by the model and the templates (`site`). */
export interface SiteConfig {
  title: string;
  description: string;
  /** Public address without a trailing slash, e.g. `https://archive.example.org`. */
  url: string;
  lang: string;
  /** Access date (`YYYY-MM-DD`) printed in "Citer cet article"; null means the newest article's date. */
  accessed: string | null;
  /** Listings show this many articles a page. */
  pageSize: number;
}

/** Access dates must be real calendar days: `2026-02-06`. */
const ISO_DAY_RE = /^\d{4}-\d{2}-\d{2}$/;

/** Reads the settings; `SITE_URL` and `SITE_ACCESSED` (YYYY-MM-DD) override the defaults. */
export function readSiteConfig(env: NodeJS.ProcessEnv = process.env): SiteConfig {
  const accessed = env.SITE_ACCESSED && ISO_DAY_RE.test(env.SITE_ACCESSED) ? env.SITE_ACCESSED : null;
  return {
    title: "Archives de la diplomatie kazakhstanaise",
    description: "Articles de presse en français sur la diplomatie du Kazakhstan, classés par date, personnes, lieux et thèmes.",
    url: (env.SITE_URL ?? "https://archive.example.org").replace(/\/+$/, ""),
    lang: "fr",
    accessed,
    pageSize: 20,
  };
}

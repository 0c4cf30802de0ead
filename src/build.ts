// Builds the whole site: ingest the seeds, render the pages with Eleventy, index them with Pagefind (the last two side by side).
import { readdir, readFile, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { ingestFolder } from "./ingest/index.ts";
import { buildArchive, type Archive } from "./site/model.ts";
import { writeSearchIndex } from "./search/index.ts";
import { IngestCache } from "./build-cache.ts";
import { TextStore } from "./text-store.ts";
import { shareNunjucksCompilation } from "./nunjucks-cache.ts";
import { renderSitemaps } from "./site/sitemap.ts";
import { readSiteConfig } from "./site/config.ts";
import { writeStyles } from "./site/styles.ts";
import type { Problem } from "./ingest/types.ts";

/** The phases of a build, in the order they start. `render` and `search` run at the same time. */
export type BuildPhase = "ingest" | "model" | "render" | "search";

/** A progress report: `done` of `total` items of a phase (total is null when unknown beforehand). */
export interface BuildProgress {
  phase: BuildPhase;
  done: number;
  total: number | null;
}

/** How long one phase took. */
export interface PhaseTiming {
  phase: BuildPhase;
  /** When the phase started, in ms from the build's start. */
  startMs: number;
  ms: number;
}

export interface BuildOptions {
  seeds: string;
  out: string;
  /** Parsed seeds by content hash; pass the same cache to later builds so unchanged seeds are not parsed again. */
  cache?: IngestCache;
  /** Called at the start and end of each phase and as items are processed. */
  onProgress?(p: BuildProgress): void;
  /** Called when a phase starts (`end` false) and ends (`end` true). */
  onPhase?(phase: BuildPhase, end: boolean): void;
  /**
   * Index the search after rendering, with one Pagefind process, instead of beside it (the bench's `--alone`: each
   * phase's time without the other on the second core). Builds overlap them.
   */
  oneAtATime?: boolean;
}

export interface BuildResult {
  problems: Problem[];
  articles: number;
  pages: number;
  phases: PhaseTiming[];
  /** Seeds taken from the cache instead of being parsed. */
  cacheHits: number;
}

const ROOT = path.resolve(import.meta.dirname, "..");
const PAGES_DIR = path.join(ROOT, "templates/pages");

/** The template of article pages: the only one rendered when only some articles changed. */
const ARTICLE_TEMPLATE = "article.njk";

/**
 * Pages rendered by one Eleventy run. Eleventy keeps every page it renders (content included) until its run ends, so
 * the site is rendered in runs of at most this many pages: memory stays bounded whatever the size of the archive.
 */
export const PAGES_PER_RUN = 1_000;

/** The array a template paginates over, in its YAML front matter: `data: archive.chronology.pages` → `chronology.pages`. */
const PAGINATION_DATA_RE = /^pagination:[^\n]*\n(?:[ \t]+[^\n]*\n)*?[ \t]+data:[ \t]*archive\.([\w.]+)[ \t]*$/m;
/** The same in JavaScript front matter (`---js`): `pagination: { data: "archive.entries", size: 1 }` → `entries`. */
const JS_PAGINATION_DATA_RE = /^[ \t]*pagination:[ \t]*\{[^}]*?\bdata:[ \t]*["']archive\.([\w.]+)["']/m;

interface EleventyConfigApi {
  addGlobalData(name: string, value: unknown): void;
  addTransform(name: string, fn: (content: string) => string): void;
  addPassthroughCopy(map: Record<string, string>): void;
  ignores: { add(glob: string): void };
}

/** One Eleventy run: the templates it renders and the archive they see. */
interface RenderRun {
  templates: string[];
  archive: Archive;
  /** Whether this run copies `public/` (once per build). */
  assets: boolean;
}

/** A template of `templates/pages` and the archive array it paginates over (`null`: a single page). */
interface PageTemplate {
  file: string;
  data: string | null;
}

async function readPageTemplates(): Promise<PageTemplate[]> {
  const files = (await readdir(PAGES_DIR)).filter((f) => f.endsWith(".njk")).sort();
  return Promise.all(
    files.map(async (file) => {
      const source = await readFile(path.join(PAGES_DIR, file), "utf8");
      const head = source.startsWith("---") ? source.slice(0, source.indexOf("\n---", 3) + 1) : "";
      return { file, data: (PAGINATION_DATA_RE.exec(head) ?? JS_PAGINATION_DATA_RE.exec(head))?.[1] ?? null };
    }),
  );
}

function getPath(value: unknown, dotted: string): unknown[] {
  let v = value;
  for (const k of dotted.split(".")) v = (v as Record<string, unknown> | undefined)?.[k];
  return Array.isArray(v) ? v : [];
}

/** A shallow copy of `archive` where each dotted path of `arrays` holds the given slice instead. */
function withArrays(archive: Archive, arrays: Map<string, unknown[]>): Archive {
  const copy: Record<string, unknown> = { ...archive };
  for (const [dotted, items] of arrays) {
    const keys = dotted.split(".");
    let obj = copy;
    for (const k of keys.slice(0, -1)) obj = obj[k] = { ...(obj[k] as Record<string, unknown>) };
    obj[keys[keys.length - 1]] = items;
  }
  return copy as unknown as Archive;
}

/**
 * Cuts the site into Eleventy runs: one for the single pages (home of the sujets, archives, search…) and the assets,
 * with the whole archive; then the paginated templates' pages, `PAGES_PER_RUN` at a time, each run seeing the archive
 * with the arrays it paginates over cut to its share (their other fields, like counts, come from `totals`).
 */
function planRuns(templates: PageTemplate[], archive: Archive, pagesPerRun: number, onlyArticles?: Archive["entries"]): RenderRun[] {
  const paginated = templates.filter((t) => t.data !== null);
  const sources = onlyArticles
    ? [{ file: ARTICLE_TEMPLATE, data: "entries", items: onlyArticles as unknown[] }]
    : paginated.map((t) => ({ file: t.file, data: t.data!, items: getPath(archive, t.data!) }));
  const runs: RenderRun[] = onlyArticles ? [] : [{ templates: templates.filter((t) => t.data === null).map((t) => t.file), archive, assets: true }];
  let current: { files: Set<string>; arrays: Map<string, unknown[]>; size: number } | null = null;
  const close = () => {
    if (!current) return;
    // Every paginated array not in this run is empty in it, so no template sees another run's share.
    for (const s of sources) if (!current.arrays.has(s.data)) current.arrays.set(s.data, []);
    runs.push({ templates: [...current.files], archive: withArrays(archive, current.arrays), assets: false });
    current = null;
  };
  // Runs of equal size: 2,010 pages make three runs of 670, not two of 1,000 and one of 10.
  const total = sources.reduce((n, s) => n + s.items.length, 0);
  const perRun = Math.ceil(total / Math.max(1, Math.ceil(total / pagesPerRun)));
  for (const s of sources) {
    for (let i = 0; i < s.items.length; ) {
      if (!current) current = { files: new Set(), arrays: new Map(), size: 0 };
      const take = Math.min(perRun - current.size, s.items.length - i);
      current.files.add(s.file);
      current.arrays.set(s.data, [...(current.arrays.get(s.data) ?? []), ...s.items.slice(i, i + take)]);
      current.size += take;
      i += take;
      if (current.size >= perRun) close();
    }
  }
  close();
  return runs;
}

/** One Eleventy run into `out`; returns the site paths of the pages it wrote. */
async function runEleventy(run: RenderRun, all: PageTemplate[], out: string, totals: { articles: number }, onPage?: () => void): Promise<string[]> {
  const keep = new Set(run.templates);
  const elev = new Eleventy(path.join(ROOT, "templates"), out, {
    quietMode: true,
    configPath: path.join(ROOT, ".eleventy.ts"),
    config(cfg: EleventyConfigApi) {
      cfg.addGlobalData("archive", run.archive);
      cfg.addGlobalData("totals", totals);
      // No template lists pages through collections (the sitemap is written from the runs' results): Eleventy then
      // keeps no collection of the run's pages.
      cfg.addGlobalData("eleventyExcludeFromCollections", true);
      if (run.assets) cfg.addPassthroughCopy({ [path.join(ROOT, "public")]: "/" });
      // Eleventy's ignores are paths from the working folder.
      for (const t of all) if (!keep.has(t.file)) cfg.ignores.add(path.relative(process.cwd(), path.join(PAGES_DIR, t.file)));
      // A transform sees every page once, after rendering: it counts pages and leaves the content as it is.
      if (onPage)
        cfg.addTransform("build-progress", (content: string) => {
          onPage();
          return content;
        });
    },
  });
  // Eleventy prints its "Wrote N files" summary on stdout even when quiet; warnings and errors still go through.
  const logger = (elev as unknown as { logger?: { overrideLogger?(l: Pick<Console, "log" | "info" | "warn" | "error">): void } }).logger;
  logger?.overrideLogger?.({ log() {}, info() {}, warn: console.warn, error: console.error });
  const written = (await elev.write()) as unknown as [unknown, unknown[]] | unknown[];
  const list = (Array.isArray(written) && Array.isArray(written[1]) ? written[1] : []) as { url?: unknown }[];
  return list.map((r) => r.url).filter((u): u is string => typeof u === "string");
}

/**
 * Renders `archive` into `out` with Eleventy, in runs of at most `PAGES_PER_RUN` pages, then writes the sitemap and the
 * minified stylesheets; `onPage` is called after each page is rendered. With `onlyArticles`, renders just those
 * articles' pages (the dev server's quick update; the full build follows). `pagesPerRun` changes the size of the runs
 * (tests). Returns the number of files written.
 */
export async function renderSite(
  archive: Archive,
  out: string,
  onPage?: () => void,
  onlyArticles?: Archive["entries"],
  pagesPerRun = PAGES_PER_RUN,
): Promise<number> {
  shareNunjucksCompilation();
  const templates = await readPageTemplates();
  const totals = { articles: archive.entries.length };
  const urls: string[] = [];
  for (const run of planRuns(templates, archive, pagesPerRun, onlyArticles)) urls.push(...(await runEleventy(run, templates, out, totals, onPage)));
  if (onlyArticles) return urls.length;
  await writeStyles(out);
  // Pages are the URLs of folders (`/2025/09/slug/`); feeds, JSON and /404.html are not listed.
  const sitemaps = renderSitemaps(
    urls.filter((u) => u.endsWith("/")),
    readSiteConfig().url,
  );
  for (const f of sitemaps) await writeFile(path.join(out, f.path), f.xml);
  return urls.length + sitemaps.length;
}

/** Ingests `seeds`, writes the site and its search index into `out`. */
export async function buildSite(opts: BuildOptions): Promise<BuildResult> {
  const phases: PhaseTiming[] = [];
  const start = performance.now();
  const timed = async <T>(phase: BuildPhase, run: () => Promise<T> | T): Promise<T> => {
    opts.onPhase?.(phase, false);
    const t0 = performance.now();
    const value = await run();
    phases.push({ phase, startMs: t0 - start, ms: performance.now() - t0 });
    opts.onPhase?.(phase, true);
    return value;
  };
  const cache = opts.cache ?? new IngestCache();
  const hitsBefore = cache.hits;
  // Article text stays on disk until its page and its search document are made (src/text-store.ts).
  const store = new TextStore();
  // The last build's files are removed while the seeds are read: removing thousands of files is mostly waiting on the
  // disk, which the ingest's CPU work hides. Rendering starts only once they are gone.
  const cleared = rm(opts.out, { recursive: true, force: true });
  cleared.catch(() => undefined);
  try {
    const { articles, problems } = await timed("ingest", () =>
      ingestFolder(opts.seeds, {
        cache,
        events: true,
        store,
        onSeed: (done, total) => opts.onProgress?.({ phase: "ingest", done, total }),
      }),
    );
    const archive = await timed("model", () => buildArchive(articles));
    await cleared;
    let rendered = 0;
    const render = () => timed("render", () => renderSite(archive, opts.out, () => opts.onProgress?.({ phase: "render", done: ++rendered, total: null })));
    const search = (secondCoreFree?: Promise<unknown>) =>
      timed("search", () => writeSearchIndex(archive.entries, opts.out, { onProgress: (done, total) => opts.onProgress?.({ phase: "search", done, total }), secondCoreFree }));
    let pages: number;
    if (opts.oneAtATime) {
      pages = await render();
      await search();
    } else {
      // Pagefind indexes in its own process while Eleventy renders in this one: on two cores the phases overlap. Once
      // the pages are written, a second Pagefind process takes its share of the parts left.
      const rendering = render();
      [pages] = await Promise.all([rendering, search(rendering)]);
    }
    return { problems, articles: archive.entries.length, pages, phases, cacheHits: cache.hits - hitsBefore };
  } finally {
    store.close();
  }
}

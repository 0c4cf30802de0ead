// Builds the whole site: ingest the seeds, render the pages with Eleventy, index them with Pagefind (the last two side by side).
import { readdir, rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { ingestFolder } from "./ingest/index.ts";
import { buildArchive, type Archive } from "./site/model.ts";
import { writeSearchIndex } from "./search/index.ts";
import { IngestCache } from "./build-cache.ts";
import { shareNunjucksCompilation } from "./nunjucks-cache.ts";
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

/** The template of article pages: the only one rendered when only some articles changed. */
const ARTICLE_TEMPLATE = "article.njk";

interface EleventyConfigApi {
  addGlobalData(name: string, value: unknown): void;
  addTransform(name: string, fn: (content: string) => string): void;
  ignores: { add(glob: string): void };
}

/**
 * Renders `archive` into `out` with Eleventy; `onPage` is called after each page is rendered. With `onlyArticles`,
 * renders just those articles' pages (the dev server's quick update; the full build follows). Returns the number of
 * files written.
 */
export async function renderSite(archive: Archive, out: string, onPage?: () => void, onlyArticles?: Archive["entries"]): Promise<number> {
  shareNunjucksCompilation();
  const pagesDir = path.join(ROOT, "templates/pages");
  const skipped = onlyArticles ? (await readdir(pagesDir)).filter((f) => f !== ARTICLE_TEMPLATE) : [];
  const elev = new Eleventy(path.join(ROOT, "templates"), out, {
    quietMode: true,
    configPath: path.join(ROOT, ".eleventy.ts"),
    config(cfg: EleventyConfigApi) {
      cfg.addGlobalData("archive", onlyArticles ? { ...archive, entries: onlyArticles } : archive);
      // Eleventy's ignores are paths from the working folder.
      for (const f of skipped) cfg.ignores.add(path.relative(process.cwd(), path.join(pagesDir, f)));
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
  const list = Array.isArray(written) && Array.isArray(written[1]) ? written[1] : [];
  return list.length;
}

/** Ingests `seeds`, writes the site and its search index into `out`. */
export async function buildSite(opts: BuildOptions): Promise<BuildResult> {
  const phases: PhaseTiming[] = [];
  const timed = async <T>(phase: BuildPhase, run: () => Promise<T> | T): Promise<T> => {
    opts.onPhase?.(phase, false);
    const t0 = performance.now();
    const value = await run();
    phases.push({ phase, ms: performance.now() - t0 });
    opts.onPhase?.(phase, true);
    return value;
  };
  const cache = opts.cache ?? new IngestCache();
  const hitsBefore = cache.hits;
  const { articles, problems } = await timed("ingest", () =>
    ingestFolder(opts.seeds, {
      ingest: (raw, parse) => cache.get(raw, parse),
      onSeed: (done, total) => opts.onProgress?.({ phase: "ingest", done, total }),
    }),
  );
  const archive = await timed("model", () => buildArchive(articles));
  await rm(opts.out, { recursive: true, force: true });
  let rendered = 0;
  // Pagefind indexes in its own process while Eleventy renders in this one: on two cores the phases overlap.
  const [pages] = await Promise.all([
    timed("render", () => renderSite(archive, opts.out, () => opts.onProgress?.({ phase: "render", done: ++rendered, total: null }))),
    timed("search", () => writeSearchIndex(archive.entries, opts.out, (done, total) => opts.onProgress?.({ phase: "search", done, total }))),
  ]);
  return { problems, articles: archive.entries.length, pages, phases, cacheHits: cache.hits - hitsBefore };
}

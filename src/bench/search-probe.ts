// Measures search at archive scale in Chromium: bytes transferred for a one-word query and time from the last keystroke to results.
import { createServer, type Server } from "node:http";
import { readFile, rm, stat } from "node:fs/promises";
import { gzipSync } from "node:zlib";
import path from "node:path";
import { chromium } from "playwright-core";
import { buildSite } from "../build.ts";
import { IngestCache } from "../build-cache.ts";
import { ingestFolder } from "../ingest/index.ts";
import { buildArchive } from "../site/model.ts";
import { writeSearchIndex } from "../search/index.ts";
import { writeSyntheticSeeds } from "./generate.ts";
import { measureOutput } from "./measure.ts";

export interface SearchProbeOptions {
  articles: number;
  seed: number;
  work: string;
  corpus: string;
  /** The words typed, one query each. */
  queries: string[];
  log(message: string): void;
}

/** One query's figures. */
export interface QueryFigures {
  query: string;
  /** The order asked for: `date` (the page's default, newest first, part by part) or `pertinence` (every part). */
  sort: "date" | "pertinence";
  /** Bytes transferred from opening the search page until it is idle (page, styles, scripts: the index waits for a keystroke). */
  pageBytes: number;
  /** Bytes transferred from the first keystroke until the results are shown and the network is idle (Pagefind, manifest, index). */
  queryBytes: number;
  /** From the last keystroke to the query's first result on screen (the list names the query it holds), ms (NaN when none within 30 s). */
  firstMs: number;
  /** From the last keystroke to the query's whole first page of results (the status names the query once they are all in), ms. */
  resultMs: number;
  results: number;
  /** The biggest files of the whole visit. */
  largest: { url: string; bytes: number }[];
  /** Bytes of the query phase by kind of file: Pagefind's code, metadata, word chunks, fragments, filters, other. */
  byKind: Record<string, { files: number; bytes: number }>;
}

/** The kind of a file the search page fetches, from its URL. */
function kindOf(url: string): string {
  if (/\.pf_meta$/.test(url)) return "meta";
  if (/\.pf_index$/.test(url)) return "word chunks";
  if (/\.pf_fragment$/.test(url)) return "fragments";
  if (/\.pf_filter$/.test(url)) return "filters";
  if (/\/pagefind\/.*(\.js|\.pagefind|entry\.json)$/.test(url)) return "Pagefind code";
  if (url.endsWith(".json")) return "manifest";
  return "other";
}

export interface SearchProbeReport {
  articles: number;
  indexBytes: number;
  indexFiles: number;
  /** Parts the index is written in (see writeSearchIndex). */
  parts: number;
  queries: QueryFigures[];
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".json": "application/json",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

// Content types a static host compresses.
const COMPRESSED = /^(text\/|application\/(json|javascript)|image\/svg)/;

/** A plain static server, as a static host serves the site. */
async function serve(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const p = path.join(root, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    try {
      const file = (await stat(p)).isDirectory() ? path.join(p, "index.html") : p;
      const body = await readFile(file);
      const type = TYPES[path.extname(file)] ?? "application/octet-stream";
      // Like any static host: text is sent gzipped to a browser that accepts it (Pagefind's own files are gzipped already).
      if (COMPRESSED.test(type) && /\bgzip\b/.test(String(req.headers["accept-encoding"] ?? ""))) {
        res.writeHead(200, { "content-type": type, "content-encoding": "gzip" });
        res.end(gzipSync(body));
        return;
      }
      res.writeHead(200, { "content-type": type });
      res.end(body);
    } catch {
      res.writeHead(404);
      res.end();
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const addr = server.address();
  return { url: `http://127.0.0.1:${typeof addr === "object" && addr ? addr.port : 0}`, server };
}

/**
 * Builds the search index of N synthetic articles behind the real search page (the page and its assets come from a
 * build of the corpus seeds; only the index is at scale, the article pages are not needed), then types each query
 * in a fresh Chromium page and measures what goes over the network.
 */
export async function probeSearch(opts: SearchProbeOptions): Promise<SearchProbeReport> {
  const seeds = path.join(opts.work, `seeds-${opts.articles}-${opts.seed}`);
  const site = path.join(opts.work, "search-site");
  opts.log(`generating ${opts.articles} articles`);
  await writeSyntheticSeeds(opts.corpus, seeds, opts.articles, opts.seed);
  opts.log("building the search page");
  await buildSite({ seeds: opts.corpus, out: site });
  opts.log(`indexing ${opts.articles} articles`);
  const { articles } = await ingestFolder(seeds, { ingest: (raw, parse) => cache.get(raw, parse) });
  const archive = buildArchive(articles);
  await rm(path.join(site, "pagefind"), { recursive: true, force: true });
  const { parts } = await writeSearchIndex(archive.entries, site);
  const index = await measureOutput(path.join(site, "pagefind"));

  const { url, server } = await serve(site);
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  const queries: QueryFigures[] = [];
  try {
    for (const [query, sort] of opts.queries.flatMap((q) => [[q, "date"], [q, "pertinence"]] as const)) {
      opts.log(`query “${query}” by ${sort}`);
      const context = await browser.newContext();
      const page = await context.newPage();
      const cdp = await context.newCDPSession(page);
      await cdp.send("Network.setCacheDisabled", { cacheDisabled: true });
      const sizes = new Map<string, number>();
      let phase: "page" | "query" = "page";
      const bytes = { page: 0, query: 0 };
      const byKind: QueryFigures["byKind"] = {};
      const pending: Promise<void>[] = [];
      // Every finished request of the page and its workers: headers and body as they went over the wire.
      context.on("requestfinished", (req) => {
        const at = phase;
        pending.push(
          req.sizes().then((s) => {
            const n = s.responseBodySize + s.responseHeadersSize;
            bytes[at] += n;
            if (at === "query") {
              const k = (byKind[kindOf(new URL(req.url()).pathname)] ??= { files: 0, bytes: 0 });
              k.files++;
              k.bytes += n;
            }
            sizes.set(req.url(), (sizes.get(req.url()) ?? 0) + n);
          }),
        );
      });
      await page.goto(`${url}/recherche/${sort === "date" ? "" : "?tri=pertinence"}`, { waitUntil: "networkidle" });
      phase = "query";
      await page.evaluate((query) => {
        const w = window as unknown as { probe: { lastKey: number; first: number; shown: number } };
        w.probe = { lastKey: 0, first: 0, shown: 0 };
        // A character off the US layout (é) is typed without a keydown: its input event marks it instead.
        for (const type of ["keydown", "input"]) document.addEventListener(type, () => (w.probe.lastKey = performance.now()), true);
        const box = document.querySelector<HTMLElement>("[data-search-results]")!;
        const status = document.getElementById("search-status")!;
        // The results of the whole query: a search started by a pause in typing (a busy machine delays keystrokes)
        // may show a prefix's results first; the status names the query once its results are in the page.
        new MutationObserver(() => {
          if (!w.probe.first && box.dataset.query === query && box.querySelector("a")) w.probe.first = performance.now();
          if (!w.probe.shown && box.querySelector("a") && (status.textContent ?? "").includes(query)) w.probe.shown = performance.now();
        }).observe(document.querySelector("main") ?? document.body, { childList: true, subtree: true, characterData: true });
      }, query);
      await page.locator("#q").pressSequentially(query, { delay: 60 });
      const shown = await page
        .waitForFunction(() => (window as unknown as { probe: { shown: number } }).probe.shown > 0, null, { timeout: 30_000 })
        .then(() => true)
        .catch(() => false);
      await page.waitForLoadState("networkidle");
      await page.waitForTimeout(500);
      await Promise.all(pending);
      const probe = (await page.evaluate(() => (window as unknown as { probe: { lastKey: number; first: number; shown: number } }).probe)) as {
        lastKey: number;
        first: number;
        shown: number;
      };
      const results = await page.locator("[data-search-results] a").count();
      queries.push({
        query,
        sort,
        pageBytes: bytes.page,
        queryBytes: bytes.query,
        firstMs: shown && probe.first ? probe.first - probe.lastKey : Number.NaN,
        resultMs: shown ? probe.shown - probe.lastKey : Number.NaN,
        results,
        byKind,
        largest: [...sizes].sort((a, b) => b[1] - a[1]).slice(0, 6).map(([u, b]) => ({ url: u.replace(url, ""), bytes: b })),
      });
      await context.close();
    }
  } finally {
    await browser.close();
    server.close();
  }
  return { articles: opts.articles, indexBytes: index.bytes, indexFiles: index.files, parts, queries };
}

const cache = new IngestCache(".cache/ingest");

/** The probe's figures as lines for a terminal. */
export function formatSearchProbe(r: SearchProbeReport): string {
  const kb = (b: number) => `${(b / 1024).toFixed(1)} KB`;
  const lines = [`search over ${r.articles} articles: index in ${r.parts} part(s), ${r.indexFiles} files, ${(r.indexBytes / 1024 / 1024).toFixed(1)} MB on disk`];
  for (const q of r.queries) {
    lines.push(
      `  “${q.query}” by ${q.sort}: page ${kb(q.pageBytes)} + query ${kb(q.queryBytes)} = ${kb(q.pageBytes + q.queryBytes)} transferred (goal ≤ 150 KB); ` +
        `first result shown ${q.firstMs.toFixed(0)} ms after the last keystroke (goal ≤ 300 ms), all ${q.results} ${q.resultMs.toFixed(0)} ms after`,
      `    query by kind: ${Object.entries(q.byKind).map(([k, v]) => `${k} ${kb(v.bytes)} (${v.files})`).join(", ")}`,
      `    largest: ${q.largest.map((f) => `${f.url} ${kb(f.bytes)}`).join(", ")}`,
    );
  }
  return lines.join("\n");
}

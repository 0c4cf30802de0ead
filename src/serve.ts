// Development server: builds the site, serves it on localhost and rebuilds when a seed changes.
import { createServer } from "node:http";
import { readFile, rename, rm, stat } from "node:fs/promises";
import { watch } from "node:fs";
import path from "node:path";
import { buildSite, renderSite, type BuildResult } from "./build.ts";
import { IngestCache } from "./build-cache.ts";
import { ingestFolder } from "./ingest/index.ts";
import { buildArchive, type Entry } from "./site/model.ts";
import type { Problem } from "./ingest/types.ts";

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".json": "application/json",
  ".xml": "application/xml; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".ico": "image/x-icon",
  ".wasm": "application/wasm",
};

export interface ServeOptions {
  seeds: string;
  out: string;
  port: number;
  log(message: string): void;
  problems?(problems: Problem[]): void;
}

/** Resolves a URL path to a file of `root`, or null when it is outside or missing. */
async function resolveFile(root: string, urlPath: string): Promise<string | null> {
  let p = decodeURIComponent(urlPath.split("?")[0]);
  const full = path.join(root, p);
  if (!full.startsWith(root)) return null;
  try {
    const s = await stat(full);
    if (s.isDirectory()) p = path.join(full, "index.html");
    else return full;
    await stat(p);
    return p;
  } catch {
    return null;
  }
}

/** What one update after a seed change took. */
export interface UpdateTiming {
  /** From the start of the update until the changed articles' pages are written. */
  quickMs: number;
  /** Article pages written by the quick pass. */
  quickPages: number;
  /** The full rebuild that follows (listings, tags, search), swapped in when complete. */
  fullMs: number;
  /** The full rebuild's result. */
  result: BuildResult;
}

/**
 * The dev server's builds. Parsed seeds stay cached by content hash between builds. After a change, the pages of the
 * changed articles (and of those linking to them as previous, next or related) are rendered into the served folder
 * first; the full build then runs into a sibling folder and replaces the served one when done, so readers never see
 * a half-written site.
 */
export class DevBuilder {
  private readonly cache = new IngestCache(".cache/ingest");
  private hashes = new Map<string, string>();

  constructor(
    private readonly seeds: string,
    private readonly out: string,
  ) {}

  /** Full build into a sibling folder, then swapped in. */
  async full(): Promise<BuildResult> {
    const next = `${this.out}.next`;
    // Taken before building: a seed edited during the build is then seen as changed by the next update.
    const hashes = await this.currentHashes();
    const r = await buildSite({ seeds: this.seeds, out: next, cache: this.cache });
    const old = `${this.out}.old`;
    await rm(old, { recursive: true, force: true });
    await rename(this.out, old).catch(() => undefined);
    await rename(next, this.out);
    await rm(old, { recursive: true, force: true });
    this.hashes = hashes;
    return r;
  }

  private async currentHashes(): Promise<Map<string, string>> {
    const { articles } = await ingestFolder(this.seeds, { cache: this.cache });
    return new Map(articles.map((a) => [a.url, a.hash]));
  }

  /** Renders the changed articles' pages now, then rebuilds everything. */
  async update(): Promise<UpdateTiming> {
    const t0 = performance.now();
    const quickPages = await this.quick();
    const quickMs = performance.now() - t0;
    const t1 = performance.now();
    const result = await this.full();
    return { quickMs, quickPages, fullMs: performance.now() - t1, result };
  }

  /** Renders into the served folder the pages of articles changed since the last full build; returns how many. */
  async quick(): Promise<number> {
    const { articles } = await ingestFolder(this.seeds, { cache: this.cache, events: true });
    const changed = new Set(articles.filter((a) => this.hashes.get(a.url) !== a.hash).map((a) => a.url));
    let quickPages = 0;
    if (changed.size > 0) {
      const archive = buildArchive(articles);
      const linksToChanged = (e: Entry) =>
        [e.previous?.url, e.next?.url, ...(e.related ?? []).map((r) => r.url)].some((u) => u !== undefined && changed.has(u));
      const affected = archive.entries.filter((e) => changed.has(e.url) || linksToChanged(e));
      quickPages = await renderSite(archive, this.out, undefined, affected);
    }
    return quickPages;
  }
}

/** Builds once, serves `out`, and rebuilds after a change in `seeds`. Resolves once listening. */
export async function serveSite(opts: ServeOptions): Promise<void> {
  const root = path.resolve(opts.out);
  const builder = new DevBuilder(opts.seeds, opts.out);
  const t0 = performance.now();
  const first = await builder.full();
  opts.problems?.(first.problems);
  opts.log(`built ${first.articles} articles in ${Math.round(performance.now() - t0)} ms`);
  const update = async () => {
    const u = await builder.update();
    opts.problems?.(u.result.problems);
    opts.log(`updated ${u.quickPages} article pages in ${Math.round(u.quickMs)} ms, then the whole site in ${Math.round(u.fullMs)} ms`);
  };
  let pending: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  watch(opts.seeds, () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      running = running.then(update).catch((e: unknown) => opts.log(`rebuild failed: ${e instanceof Error ? e.message : String(e)}`));
    }, 150);
  });
  const server = createServer(async (req, res) => {
    const file = await resolveFile(root, req.url ?? "/");
    if (!file) {
      const body = await readFile(path.join(root, "404.html")).catch(() => Buffer.from("Page introuvable"));
      res.writeHead(404, { "content-type": TYPES[".html"] });
      res.end(body);
      return;
    }
    res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
    res.end(await readFile(file));
  });
  await new Promise<void>((resolve) => server.listen(opts.port, resolve));
  opts.log(`serving ${opts.out}/ on http://localhost:${opts.port}/`);
}

// Development server: builds the site, serves it on localhost and rebuilds when a seed changes.
import { createServer } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { watch } from "node:fs";
import path from "node:path";
import { buildSite } from "./build.ts";
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

/** Builds once, serves `out`, and rebuilds after a change in `seeds`. Resolves once listening. */
export async function serveSite(opts: ServeOptions): Promise<void> {
  const root = path.resolve(opts.out);
  const rebuild = async () => {
    const t0 = performance.now();
    const r = await buildSite({ seeds: opts.seeds, out: opts.out });
    opts.problems?.(r.problems);
    opts.log(`built ${r.articles} articles in ${Math.round(performance.now() - t0)} ms`);
  };
  await rebuild();
  let pending: NodeJS.Timeout | undefined;
  let running = Promise.resolve();
  watch(opts.seeds, () => {
    clearTimeout(pending);
    pending = setTimeout(() => {
      running = running.then(rebuild).catch((e: unknown) => opts.log(`rebuild failed: ${e instanceof Error ? e.message : String(e)}`));
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

// Test helpers: build a site into a temporary folder, serve it on a free port, launch Debian's Chromium.
import path from "node:path";
import { createServer, type Server } from "node:http";
import { readFile, stat } from "node:fs/promises";
import { chromium, type Browser } from "playwright-core";
import { buildSite, type BuildResult } from "../../src/build.ts";
import { tempDir } from "./tmp.ts";

/** Builds `seeds` into a fresh temporary folder. */
export async function buildTemp(seeds = "seeds"): Promise<{ out: string; result: BuildResult }> {
  const out = tempDir("archive-site-");
  const result = await buildSite({ seeds, out });
  return { out, result };
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".json": "application/json",
  ".xml": "application/xml",
  ".wasm": "application/wasm",
  ".svg": "image/svg+xml",
};

/** Serves `root` on a free localhost port, like any static host (index.html for folders, 404.html otherwise). */
export async function serveStatic(root: string): Promise<{ url: string; server: Server }> {
  const server = createServer(async (req, res) => {
    const p = path.join(root, decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname));
    try {
      const file = (await stat(p)).isDirectory() ? path.join(p, "index.html") : p;
      const body = await readFile(file);
      res.writeHead(200, { "content-type": TYPES[path.extname(file)] ?? "application/octet-stream" });
      res.end(body);
    } catch {
      res.writeHead(404, { "content-type": TYPES[".html"] });
      res.end(await readFile(path.join(root, "404.html")).catch(() => "404"));
    }
  });
  await new Promise<void>((r) => server.listen(0, "127.0.0.1", r));
  const addr = server.address();
  const port = typeof addr === "object" && addr ? addr.port : 0;
  return { url: `http://127.0.0.1:${port}`, server };
}

/** Launches Debian's Chromium headless with the flags this machine needs. */
export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
}

// Takes the README's screenshots: builds the seeds, opens the home and an article in Debian's Chromium, writes PNGs.
import { mkdtemp, readFile, rm, stat, mkdir } from "node:fs/promises";
import { tmpdir } from "node:os";
import path from "node:path";
import { chromium } from "playwright-core";
import { buildSite } from "../build.ts";
import { ingestFolder } from "../ingest/index.ts";
import { buildArchive } from "./model.ts";

export interface ScreenshotOptions {
  seeds: string;
  /** Folder the PNGs are written to, e.g. `docs`. */
  docs: string;
}

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css",
  ".js": "text/javascript",
  ".svg": "image/svg+xml",
  ".json": "application/json",
  ".wasm": "application/wasm",
};

/** A host name that never leaves the browser: every request to it is answered from the built folder. */
const ORIGIN = "http://archive.screenshots";

/** Builds `seeds`, screenshots the home and the newest article (desktop, and the article at phone width); returns the files. */
export async function takeScreenshots(opts: ScreenshotOptions): Promise<string[]> {
  const out = await mkdtemp(path.join(tmpdir(), "archive-screenshots-"));
  const written: string[] = [];
  const browser = await chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    headless: true,
    args: ["--no-sandbox", "--disable-gpu", "--disable-background-networking", "--disable-component-update", "--disable-sync", "--no-first-run"],
  });
  try {
    await buildSite({ seeds: opts.seeds, out });
    const article = buildArchive((await ingestFolder(opts.seeds)).articles).entries[0];
    await mkdir(opts.docs, { recursive: true });
    const shots = [
      { file: "accueil.png", url: "/", width: 1280, height: 900 },
      { file: "article.png", url: article?.url ?? "/", width: 1280, height: 900 },
      { file: "article-mobile.png", url: article?.url ?? "/", width: 375, height: 760 },
    ];
    for (const s of shots) {
      const context = await browser.newContext({ viewport: { width: s.width, height: s.height }, colorScheme: "light", deviceScaleFactor: 1 });
      await context.route(`${ORIGIN}/**`, async (route) => {
        let file = path.join(out, decodeURIComponent(new URL(route.request().url()).pathname));
        try {
          if ((await stat(file)).isDirectory()) file = path.join(file, "index.html");
          await route.fulfill({ body: await readFile(file), contentType: TYPES[path.extname(file)] ?? "application/octet-stream" });
        } catch {
          await route.fulfill({ status: 404, body: "" });
        }
      });
      const page = await context.newPage();
      await page.goto(ORIGIN + s.url);
      const target = path.join(opts.docs, s.file);
      await page.screenshot({ path: target });
      written.push(target);
      await context.close();
    }
  } finally {
    await browser.close();
    await rm(out, { recursive: true, force: true });
  }
  return written;
}

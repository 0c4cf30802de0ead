// Builds the whole site: ingest the seeds, render the pages with Eleventy, index them with Pagefind.
import { rm } from "node:fs/promises";
import path from "node:path";
import Eleventy from "@11ty/eleventy";
import { ingestFolder } from "./ingest/index.ts";
import { buildArchive, type Archive } from "./site/model.ts";
import { writeSearchIndex } from "./search/index.ts";
import type { Problem } from "./ingest/types.ts";

export interface BuildOptions {
  seeds: string;
  out: string;
}

export interface BuildResult {
  problems: Problem[];
  articles: number;
  pages: number;
}

const ROOT = path.resolve(import.meta.dirname, "..");

/** Renders `archive` into `out` with Eleventy; returns the number of files written. */
export async function renderSite(archive: Archive, out: string): Promise<number> {
  const elev = new Eleventy(path.join(ROOT, "templates"), out, {
    quietMode: true,
    configPath: path.join(ROOT, ".eleventy.ts"),
    config(cfg: { addGlobalData(name: string, value: unknown): void }) {
      cfg.addGlobalData("archive", archive);
    },
  });
  const written = (await elev.write()) as unknown as [unknown, unknown[]] | unknown[];
  const list = Array.isArray(written) && Array.isArray(written[1]) ? written[1] : [];
  return list.length;
}

/** Ingests `seeds`, writes the site and its search index into `out`. */
export async function buildSite(opts: BuildOptions): Promise<BuildResult> {
  const { articles, problems } = await ingestFolder(opts.seeds);
  const archive = buildArchive(articles);
  await rm(opts.out, { recursive: true, force: true });
  const pages = await renderSite(archive, opts.out);
  await writeSearchIndex(archive.entries, opts.out);
  return { problems, articles: archive.entries.length, pages };
}

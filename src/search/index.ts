// Writes the Pagefind search index from the entries in memory (the rendered HTML is not re-read), from a worker thread.
import { mkdir, writeFile } from "node:fs/promises";
import path from "node:path";
import { typeScriptWorker } from "../typescript-worker.ts";
import type { Entry } from "../site/model.ts";
import { toSearchDocument } from "./records.ts";
import { aliasParts, aliasRows, topicTable } from "./aliases.ts";
import { splitWords, wordFilter, type WordFilter } from "../../public/js/search-text.js";
import { writeSearchScript } from "./page-script.ts";
import type { FromWorker, ToWorker } from "./index-worker.ts";
import type { Worker } from "node:worker_threads";

/** Documents per message to the worker: small enough that Pagefind starts early, big enough to keep messages few. */
const BATCH = 200;

/**
 * Articles per part of the index. Pagefind holds a whole index in memory until it is written, so the archive is
 * indexed in parts of this size, a part at a time in each Pagefind process (at 4,000 articles: 214 MB peak in parts of 500,
 * 881 MB in parts of 2,500, the same CPU). The search page, newest first by default, downloads the newest part's
 * metadata (about 11 bytes per article) and its word chunks (about 22 KB whatever the part's size), and an older part
 * only when the reader goes that far; a search by relevance downloads every part. See README, Performance.
 */
export const PART_SIZE = 500;

/** The search page's manifest, next to the primary index: the other parts to merge, which words may be a tag's alias. */
export const MANIFEST = "recherche.json";

/**
 * File `i` of the alias table ([name, filter, other spellings] of the tags that have some: AliasRow), next to the
 * manifest: the search page reads the one a query's words lead to, when the manifest's filter says they may be one.
 */
export function aliasFile(i: number): string {
  return `alias-${i}.json`;
}

/** The archive's tags (TopicRow[]), next to the manifest: read only to suggest tags when a query finds nothing. */
export const TOPICS = "sujets.json";

/** What the search page reads from the manifest before its first search. */
export interface SearchManifest {
  /** The URL of every part after the first (which is `/pagefind/` itself), newest articles first. */
  parties: string[];
  /** The tags' other spellings, folded (splitWords joined by spaces): a query holding none needs no alias file. */
  alias: WordFilter;
  /** The number of files of the alias table (see aliasParts). */
  aliasFiles: number;
}

/** Called as documents are indexed. */
export type IndexProgress = (done: number, total: number) => void;

/** Options of writeSearchIndex. */
export interface SearchIndexOptions {
  onProgress?: IndexProgress;
  /** Articles per part (PART_SIZE unless a test wants several parts from a few articles). */
  partSize?: number;
  /**
   * Once this settles (the build's pages are written, a core is free), the parts not yet begun are shared with a
   * second Pagefind process. Without it, one process writes every part.
   */
  secondCoreFree?: Promise<unknown>;
}

/** The folder of part `i` under the site root, as a URL path: `/pagefind/`, then `/pagefind/partie-2/`… */
function partUrl(i: number): string {
  return i === 0 ? "/pagefind/" : `/pagefind/partie-${i + 1}/`;
}

/**
 * Indexes `entries` (in the archive's order: newest first) and writes the index into `out/pagefind/`, in parts of at
 * most `partSize` articles, each written and its Pagefind process closed before the next starts, so memory is bounded
 * by one part (two, with a second process) whatever the size of the archive; then the search page's script that reads
 * it (see writeSearchScript). Pagefind is driven from a worker thread: the main thread's event loop may be busy
 * rendering pages for seconds, which would leave Pagefind's process waiting; each worker thread has a Pagefind process
 * of its own. Returns the time spent adding and writing, in ms, summed over the parts, and the processes used.
 */
export async function writeSearchIndex(
  entries: Entry[],
  out: string,
  opts: SearchIndexOptions | IndexProgress = {},
): Promise<{ addMs: number; writeMs: number; parts: number; processes: number }> {
  const { onProgress, partSize = PART_SIZE, secondCoreFree } = typeof opts === "function" ? { onProgress: opts } : opts;
  const parts: Entry[][] = [];
  for (let i = 0; i < entries.length || i === 0; i += partSize) parts.push(entries.slice(i, i + partSize));
  const workers: Worker[] = [];
  let finished = false;
  try {
    const times = await new Promise<{ addMs: number; writeMs: number }>((resolve, reject) => {
      let added = 0;
      let written = 0;
      let next = 0;
      const total = { addMs: 0, writeMs: 0 };
      // Each part goes whole to one worker, in order; a worker has two parts in flight at most, so the next one is
      // always queued and the archive is never held whole.
      const sendPart = (w: Worker) => {
        if (next >= parts.length) return;
        const part = parts[next];
        const outputPath = path.join(out, ...partUrl(next).split("/"));
        next++;
        for (let i = 0; i < part.length; i += BATCH) w.postMessage({ kind: "add", docs: part.slice(i, i + BATCH).map(toSearchDocument) } satisfies ToWorker);
        w.postMessage({ kind: "write", outputPath } satisfies ToWorker);
      };
      const start = () => {
        const w = typeScriptWorker(new URL("./index-worker.ts", import.meta.url));
        workers.push(w);
        w.on("message", (m: FromWorker) => {
          if (m.kind === "added") onProgress?.((added += m.count), entries.length);
          else if (m.kind === "written") {
            total.addMs += m.addMs;
            total.writeMs += m.writeMs;
            written++;
            sendPart(w);
            if (written === parts.length) resolve(total);
          } else reject(new Error(m.message));
        });
        w.on("error", reject);
        w.on("exit", (code) => {
          if (!finished) reject(new Error(`the search index worker stopped (exit ${code})`));
        });
        sendPart(w);
        sendPart(w);
      };
      start();
      // Two parts are in flight with the first worker: a second one is worth starting only for parts beyond them.
      secondCoreFree?.then(() => {
        if (!finished && next < parts.length) start();
      }, () => undefined);
    });
    const topics = topicTable(entries.map((e) => e.tags));
    const aliases = aliasParts(aliasRows(topics));
    const manifest: SearchManifest = {
      parties: parts.slice(1).map((_, i) => partUrl(i + 1)),
      alias: wordFilter(topics.flatMap((r) => r[4].map((a) => splitWords(a).join(" ")).filter(Boolean))),
      aliasFiles: aliases.length,
    };
    await mkdir(path.join(out, "pagefind"), { recursive: true });
    await writeFile(path.join(out, "pagefind", MANIFEST), JSON.stringify(manifest));
    for (const [i, rows] of aliases.entries()) await writeFile(path.join(out, "pagefind", aliasFile(i)), JSON.stringify(rows));
    await writeFile(path.join(out, "pagefind", TOPICS), JSON.stringify(topics));
    await writeSearchScript(out);
    return { ...times, parts: parts.length, processes: workers.length };
  } finally {
    finished = true;
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

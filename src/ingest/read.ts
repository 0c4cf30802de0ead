// Reads the seed folder from disk: the only ingest module that touches the file system.
import { readdir, readFile, stat } from "node:fs/promises";
import path from "node:path";
import type { Problem, RawSeed } from "./types.ts";

/** Files larger than this are refused: no article is 32 MB of text, and reading one would stall the build. */
export const MAX_SEED_BYTES = 32 * 1024 * 1024;

/**
 * Reads every `.txt` file of `dir` (any case: `.TXT`), sorted by code point of the name so the result does not depend
 * on the file system's listing order. Hidden files (`.DS_Store`) are skipped silently; other files and sub-folders are
 * skipped with a warning; unreadable or oversized files give an error.
 */
export async function readSeeds(dir: string): Promise<{ seeds: RawSeed[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return { seeds: [], problems: [{ source: dir, line: 0, severity: "error", message: `cannot read the seed folder ${dir}: check the path given to --seeds` }] };
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const seeds: RawSeed[] = [];
  for (const name of names) {
    if (name.startsWith(".")) continue;
    const full = path.join(dir, name);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(full);
    } catch {
      problems.push({ source: full, line: 1, severity: "error", message: "cannot read this file (broken link or no permission): fix it or remove it" });
      continue;
    }
    if (info.isDirectory()) {
      problems.push({ source: full, line: 1, severity: "warning", message: "a folder inside the seed folder: ignored (put the .txt files directly in the seed folder)" });
      continue;
    }
    if (!info.isFile()) {
      // A named pipe or device called x.txt would block the build forever on read.
      problems.push({ source: full, line: 1, severity: "warning", message: "not a regular file (pipe, socket or device): ignored" });
      continue;
    }
    if (!name.toLowerCase().endsWith(".txt")) {
      problems.push({ source: full, line: 1, severity: "warning", message: "not a .txt file: ignored (seeds are plain .txt files; rename it to .txt if it is an article)" });
      continue;
    }
    if (info.size > MAX_SEED_BYTES) {
      problems.push({ source: full, line: 1, severity: "error", message: `file too large (${Math.round(info.size / 1048576)} MB, at most ${MAX_SEED_BYTES / 1048576} MB): is it really one article? file skipped` });
      continue;
    }
    try {
      seeds.push({ source: full, name, bytes: new Uint8Array(await readFile(full)) });
    } catch {
      problems.push({ source: full, line: 1, severity: "error", message: "cannot read this file (no permission?): fix it or remove it" });
    }
  }
  return { seeds, problems };
}

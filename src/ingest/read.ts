// Reads the seed folder from disk: the only ingest module that touches the file system.
import { readFileSync } from "node:fs";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";
import type { Problem, RawSeed } from "./types.ts";

/** Files larger than this are refused: no article is 32 MB of text, and reading one would stall the build. */
export const MAX_SEED_BYTES = 32 * 1024 * 1024;

/** A seed file found in the seed folder, not read yet. */
export interface SeedFile {
  source: string;
  name: string;
}

/**
 * Lists the `.txt` files of `dir` (any case: `.TXT`), sorted by code point of the name so the result does not depend
 * on the file system's listing order. Hidden files (`.DS_Store`) are skipped silently; other files and sub-folders are
 * skipped with a warning; unreadable or oversized files give an error. `problems[i]` is about the file whose name
 * comes at `order[i]` in the sorted listing (to merge problems found later in name order).
 */
export async function listSeeds(dir: string): Promise<{ files: SeedFile[]; order: number[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  const order: number[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return { files: [], order: [0], problems: [{ source: dir, line: 0, severity: "error", message: `cannot read the seed folder ${dir}: check the path given to --seeds` }] };
  }
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const files: SeedFile[] = [];
  const problem = (p: Problem) => {
    problems.push(p);
    order.push(files.length);
  };
  for (const name of names) {
    if (name.startsWith(".")) continue;
    const full = path.join(dir, name);
    let info: Awaited<ReturnType<typeof stat>>;
    try {
      info = await stat(full);
    } catch {
      problem({ source: full, line: 1, severity: "error", message: "cannot read this file (broken link or no permission): fix it or remove it" });
      continue;
    }
    if (info.isDirectory()) {
      problem({ source: full, line: 1, severity: "warning", message: "a folder inside the seed folder: ignored (put the .txt files directly in the seed folder)" });
      continue;
    }
    if (!info.isFile()) {
      // A named pipe or device called x.txt would block the build forever on read.
      problem({ source: full, line: 1, severity: "warning", message: "not a regular file (pipe, socket or device): ignored" });
      continue;
    }
    if (!name.toLowerCase().endsWith(".txt")) {
      problem({ source: full, line: 1, severity: "warning", message: "not a .txt file: ignored (seeds are plain .txt files; rename it to .txt if it is an article)" });
      continue;
    }
    if (info.size > MAX_SEED_BYTES) {
      problem({ source: full, line: 1, severity: "error", message: `file too large (${Math.round(info.size / 1048576)} MB, at most ${MAX_SEED_BYTES / 1048576} MB): is it really one article? file skipped` });
      continue;
    }
    files.push({ source: full, name });
  }
  return { files, order, problems };
}

/** Reads one listed seed, or gives the problem that stops it. */
export function readSeed(file: SeedFile): RawSeed | Problem {
  try {
    return { source: file.source, name: file.name, bytes: new Uint8Array(readFileSync(file.source)) };
  } catch {
    return { source: file.source, line: 1, severity: "error", message: "cannot read this file (no permission?): fix it or remove it" };
  }
}

/**
 * Reads every seed of `dir` at once (see listSeeds for which files and in what order): for small folders and tests;
 * the build reads seeds a few at a time (src/ingest/index.ts).
 */
export async function readSeeds(dir: string): Promise<{ seeds: RawSeed[]; problems: Problem[] }> {
  const { files, order, problems } = await listSeeds(dir);
  const seeds: RawSeed[] = [];
  const late: { at: number; problem: Problem }[] = [];
  files.forEach((f, i) => {
    const r = readSeed(f);
    if ("bytes" in r) seeds.push(r);
    else late.push({ at: i, problem: r });
  });
  return { seeds, problems: mergeInOrder(problems, order, late) };
}

/**
 * Listing problems (`order[i]`: the index of the listed file `problems[i]` comes before) and problems found later
 * about listed files (`at`: that file's index), in the order of the file names.
 */
export function mergeInOrder(problems: Problem[], order: number[], late: { at: number; problem: Problem }[]): Problem[] {
  if (late.length === 0) return problems;
  const all = [...problems.map((problem, i) => ({ at: order[i] - 0.5, problem })), ...late];
  // Stable: problems about the same position keep their order.
  return all.sort((a, b) => a.at - b.at).map((x) => x.problem);
}

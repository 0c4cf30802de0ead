// Reads the seed folder from disk: the only ingest module that touches the file system.
import { readdir, readFile } from "node:fs/promises";
import path from "node:path";
import type { Problem, RawSeed } from "./types.ts";

/** Reads every `.txt` file of `dir`, sorted by name; other files are skipped with a warning. */
export async function readSeeds(dir: string): Promise<{ seeds: RawSeed[]; problems: Problem[] }> {
  const problems: Problem[] = [];
  let names: string[];
  try {
    names = await readdir(dir);
  } catch {
    return { seeds: [], problems: [{ source: dir, line: 0, severity: "error", message: `cannot read the seed folder ${dir}` }] };
  }
  // Sorting by code point makes the output independent of the file system's listing order.
  names.sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
  const seeds: RawSeed[] = [];
  for (const name of names) {
    const full = path.join(dir, name);
    if (name.startsWith(".")) continue;
    if (!name.toLowerCase().endsWith(".txt")) {
      problems.push({ source: full, line: 0, severity: "warning", message: "not a .txt file: ignored (seeds are plain .txt files)" });
      continue;
    }
    try {
      seeds.push({ source: full, name, bytes: new Uint8Array(await readFile(full)) });
    } catch {
      problems.push({ source: full, line: 0, severity: "error", message: "cannot read this file (is it a folder or unreadable?)" });
    }
  }
  return { seeds, problems };
}

// Caches parsed seeds by content hash, in memory and optionally on disk, so an unchanged seed is not parsed again.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ingestSeed } from "./ingest/index.ts";
import type { RawSeed } from "./ingest/types.ts";

type SeedResult = ReturnType<typeof ingestSeed>;

const ROOT = path.resolve(import.meta.dirname, "..");
/** The code that turns a seed into an article: a change in any of these files makes every cached result stale. */
const CODE_DIRS = [path.join(ROOT, "src/ingest"), path.join(ROOT, "src/taxonomy")];

let codeVersion: string | undefined;

/** A hash of every file of the ingest and taxonomy code (and their data files). */
export function ingestCodeVersion(): string {
  if (codeVersion) return codeVersion;
  const h = createHash("sha256");
  const walk = (dir: string) => {
    let names: string[];
    try {
      names = readdirSync(dir).sort();
    } catch {
      return;
    }
    for (const name of names) {
      const full = path.join(dir, name);
      try {
        h.update(full).update(readFileSync(full));
      } catch {
        walk(full);
      }
    }
  };
  CODE_DIRS.forEach(walk);
  codeVersion = h.digest("hex").slice(0, 16);
  return codeVersion;
}

/**
 * Parsed seeds keyed by the hash of (ingest code, path, bytes). Results are kept as JSON text and parsed on every
 * hit, so later stages may change the articles they get without changing the cache.
 */
export class IngestCache {
  hits = 0;
  misses = 0;
  private readonly memory = new Map<string, string>();
  private readonly dir: string | undefined;

  /** `dir`: a folder for the on-disk cache (e.g. `.cache/ingest`), or none to cache in memory only. */
  constructor(dir?: string) {
    this.dir = dir ? path.join(dir, ingestCodeVersion()) : undefined;
    if (dir && this.dir) {
      mkdirSync(this.dir, { recursive: true });
      // Results of older ingest code are never read again.
      for (const old of readdirSync(dir)) if (path.join(dir, old) !== this.dir) rmSync(path.join(dir, old), { recursive: true, force: true });
    }
  }

  /** The cached result for `raw`, or `parse(raw)` stored for next time. */
  get(raw: RawSeed, parse: typeof ingestSeed): SeedResult {
    const key = createHash("sha256").update(ingestCodeVersion()).update("\0").update(raw.source).update("\0").update(raw.bytes).digest("hex");
    let json = this.memory.get(key);
    if (json === undefined && this.dir) {
      try {
        json = readFileSync(path.join(this.dir, `${key}.json`), "utf8");
      } catch {
        // Not on disk yet.
      }
    }
    if (json !== undefined) {
      this.hits++;
      this.memory.set(key, json);
      return JSON.parse(json) as SeedResult;
    }
    this.misses++;
    const result = parse(raw);
    json = JSON.stringify(result);
    this.memory.set(key, json);
    if (this.dir) {
      // Written under a temporary name then renamed, so a concurrent build never reads half a file.
      const tmp = path.join(this.dir, `${key}.${process.pid}.tmp`);
      writeFileSync(tmp, json);
      renameSync(tmp, path.join(this.dir, `${key}.json`));
    }
    return JSON.parse(json) as SeedResult;
  }
}

// Caches parsed seeds by content hash, in memory and optionally on disk, so an unchanged seed is not parsed again.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";
import type { ingestSeed, SeedResult } from "./ingest/index.ts";
import type { RawSeed } from "./ingest/types.ts";


const ROOT = path.resolve(import.meta.dirname, "..");
/**
 * The code that turns a seed into an article and its chronology events: a change in any of these files makes every
 * cached result stale.
 */
const CODE_DIRS = [path.join(ROOT, "src/ingest"), path.join(ROOT, "src/taxonomy"), path.join(ROOT, "src/chronology")];

/**
 * Bytes of JSON kept in memory (about 15,000 per article, UTF-8): a dev server's rebuilds of an archive of some
 * thousands of articles read none from disk, and a build of 100,000 does not hold them all twice. Kept as UTF-8
 * bytes, not strings: French text (’, é) makes a JavaScript string two bytes a character.
 */
const MEMORY_MAX_BYTES = 96_000_000;

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
  private readonly memory = new Map<string, Buffer>();
  /** Bytes of JSON held in `memory`. */
  private memoryBytes = 0;
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
    return this.peek(raw) ?? this.put(raw, parse(raw));
  }

  /** The cached result for `raw` (from memory, else from disk), or undefined. */
  peek(raw: RawSeed): SeedResult | undefined {
    const key = this.key(raw);
    let json = this.memory.get(key);
    if (json === undefined && this.dir) {
      try {
        json = readFileSync(path.join(this.dir, `${key}.json`));
      } catch {
        // Not on disk yet.
      }
    }
    if (json === undefined) return undefined;
    this.hits++;
    this.remember(key, json);
    return JSON.parse(json.toString("utf8")) as SeedResult;
  }

  /** Stores `result`, just parsed from `raw`; returns the copy `peek` will return for it (JSON round trip). */
  put(raw: RawSeed, result: SeedResult): SeedResult {
    return this.putJson(raw, JSON.stringify(result));
  }

  /** `put` for a result already written as JSON text (by a worker thread): stored as it is, parsed once. */
  putJson(raw: RawSeed, text: string): SeedResult {
    this.misses++;
    const key = this.key(raw);
    const json = Buffer.from(text, "utf8");
    this.remember(key, json);
    if (this.dir) {
      // Written under a temporary name then renamed, so a concurrent build never reads half a file.
      const tmp = path.join(this.dir, `${key}.${process.pid}.tmp`);
      writeFileSync(tmp, json);
      renameSync(tmp, path.join(this.dir, `${key}.json`));
    }
    return JSON.parse(text) as SeedResult;
  }

  /** Keeps `json` in memory while the budget allows; past it, results come from disk (or are parsed again). */
  private remember(key: string, json: Buffer): void {
    if (this.memory.has(key) || this.memoryBytes + json.length > MEMORY_MAX_BYTES) return;
    this.memory.set(key, json);
    this.memoryBytes += json.length;
  }

  private key(raw: RawSeed): string {
    return createHash("sha256").update(ingestCodeVersion()).update("\0").update(raw.source).update("\0").update(raw.bytes).digest("hex");
  }
}

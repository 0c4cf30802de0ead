// Keeps the article text (blocks, removed lines) of a build in a spill file on disk instead of the heap, read back when a page or a search document needs it.
import { closeSync, openSync, readSync, unlinkSync, writeSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Article, Block, Removed } from "./ingest/types.ts";

/** Where an article's text lies in its store. */
export interface TextRef {
  store: TextStore;
  /** Byte offset in the spill file. */
  at: number;
  /** Byte length of the record. */
  length: number;
}

/** The text an article keeps on disk. */
export interface SpilledText {
  blocks: Block[];
  removed: Removed[];
}

/** Bytes buffered before they are written to the spill file. */
const FLUSH_BYTES = 1 << 20;

let stores = 0;

/**
 * An append-only file of JSON records, one per article, in the system's temporary folder. The file is unlinked as soon
 * as it is open (on systems that allow it), so nothing is left behind if the build is killed; `close` frees it.
 */
export class TextStore {
  private readonly file: string;
  private fd: number | null;
  private linked: boolean;
  /** Bytes written to the file so far. */
  private written = 0;
  private pending: Buffer[] = [];
  private pendingBytes = 0;
  private lastRef: TextRef | null = null;
  private lastText: SpilledText | null = null;
  /** What records are read into, grown to the longest so far: a buffer allocated for each read cost more than the read. */
  private scratch = Buffer.alloc(0);

  constructor(dir = tmpdir()) {
    this.file = path.join(dir, `archive-text-${process.pid}-${++stores}.jsonl`);
    this.fd = openSync(this.file, "w+", 0o600);
    try {
      unlinkSync(this.file);
      this.linked = false;
    } catch {
      // Windows keeps an open file: it is removed on close.
      this.linked = true;
    }
  }

  /** Bytes held: written to the file or waiting to be. */
  get bytes(): number {
    return this.written + this.pendingBytes;
  }

  /** Appends `text` and returns where it lies. */
  put(text: SpilledText): TextRef {
    const record = Buffer.from(JSON.stringify([text.blocks, text.removed]), "utf8");
    const ref: TextRef = { store: this, at: this.bytes, length: record.length };
    this.pending.push(record);
    this.pendingBytes += record.length;
    if (this.pendingBytes >= FLUSH_BYTES) this.flush();
    return ref;
  }

  /**
   * The text at `ref`, parsed from the file. The last one read is kept: a page reads the same article's blocks several
   * times in a row (its body, its contents, its reading time). Callers must not change what they get.
   */
  get(ref: TextRef): SpilledText {
    if (ref === this.lastRef && this.lastText) return this.lastText;
    if (this.fd === null) throw new Error("the article text store was read after the build closed it");
    if (ref.at + ref.length > this.written) this.flush();
    if (this.scratch.length < ref.length) this.scratch = Buffer.allocUnsafe(Math.max(ref.length, this.scratch.length * 2));
    const buf = this.scratch;
    let got = 0;
    while (got < ref.length) {
      const n = readSync(this.fd, buf, got, ref.length - got, ref.at + got);
      if (n === 0) throw new Error("the article text store is shorter than expected (was its temporary file truncated?)");
      got += n;
    }
    const [blocks, removed] = JSON.parse(buf.toString("utf8", 0, ref.length)) as [Block[], Removed[]];
    this.lastRef = ref;
    this.lastText = { blocks, removed };
    return this.lastText;
  }

  /** Closes and removes the file; reading afterwards throws. */
  close(): void {
    if (this.fd === null) return;
    closeSync(this.fd);
    this.fd = null;
    this.pending = [];
    this.lastText = null;
    if (this.linked) {
      try {
        unlinkSync(this.file);
      } catch {
        // Already gone.
      }
    }
  }

  private flush(): void {
    if (this.fd === null || this.pendingBytes === 0) return;
    const all = Buffer.concat(this.pending, this.pendingBytes);
    let done = 0;
    while (done < all.length) done += writeSync(this.fd, all, done, all.length - done, this.written + done);
    this.written += all.length;
    this.pending = [];
    this.pendingBytes = 0;
  }
}

/** The key under which a spilled article (and the entry made from it) holds its TextRef. */
export const SPILLED: unique symbol = Symbol("spilled text");

type Spilled = { [SPILLED]?: TextRef };

function textOf(o: Spilled): SpilledText {
  const ref = o[SPILLED];
  if (!ref) throw new Error("an article without its text: neither blocks nor a text store reference");
  return ref.store.get(ref);
}

/** A setter that gives the object its own `name` data property, as plain assignment would without the getter. */
function ownValue(name: string) {
  return function (this: object, value: unknown) {
    Object.defineProperty(this, name, { value, writable: true, enumerable: true, configurable: true });
  };
}

/**
 * `blocks` and `removed` as getters reading the store: on the prototype of spilled articles, and of entries
 * (src/site/model.ts), where an entry made from an article in memory has its own values instead (assigning one
 * makes it an own property).
 */
export const TEXT_FIELDS: PropertyDescriptorMap = {
  blocks: { enumerable: true, get(this: Spilled) { return textOf(this).blocks; }, set: ownValue("blocks") },
  removed: { enumerable: true, get(this: Spilled) { return textOf(this).removed; }, set: ownValue("removed") },
};

/**
 * The prototype of spilled articles. Its `toJSON` writes every field, the text included, in the order of an article in
 * memory: a spilled article serialises as the article it came from.
 */
const SPILLED_ARTICLE: object = Object.defineProperties(
  {
    toJSON(this: Article) {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(this)) {
        if (k === "tags") out.blocks = this.blocks;
        out[k] = v;
        if (k === "tags") out.removed = this.removed;
      }
      return out;
    },
  },
  TEXT_FIELDS,
);

/**
 * An article equal to `a` whose blocks and removed lines are in `store` instead of the heap (read back each time
 * `blocks` or `removed` is read). Other fields stay in memory: listings, feeds and links use them.
 */
export function spillArticle(a: Article, store: TextStore): Article {
  const out = Object.create(SPILLED_ARTICLE) as Article & Spilled;
  for (const k of Object.keys(a) as (keyof Article)[]) {
    if (k !== "blocks" && k !== "removed") (out as unknown as Record<string, unknown>)[k] = a[k];
  }
  out[SPILLED] = store.put({ blocks: a.blocks, removed: a.removed });
  return out;
}

/**
 * Gives back their text getters to copies of spilled articles made by spreading (`{ ...a, url }` keeps the store
 * reference, an own symbol, but not the prototype). Other articles are returned as they are.
 */
export function keepSpilled(a: Article): Article {
  const s = a as Article & Spilled;
  if (s[SPILLED] && Object.getPrototypeOf(a) !== SPILLED_ARTICLE && !Object.hasOwn(a, "blocks")) Object.setPrototypeOf(a, SPILLED_ARTICLE);
  return a;
}

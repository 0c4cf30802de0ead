// Runs the ingest stages over one seed or a whole folder: read → decode → split → classify → structure → date → tag.
import { createHash } from "node:crypto";
import { listSeeds, mergeInOrder, readSeed } from "./read.ts";
import { decodeSeed } from "./decode.ts";
import { splitLines } from "./split.ts";
import { dedupeArticles, hashText, type HashedArticle } from "./dedupe.ts";
import { classifyLines } from "./classify.ts";
import { structureArticle } from "./structure.ts";
import { unwrapLines } from "./unwrap.ts";
import { inferDate } from "./date.ts";
import { deriveTitle } from "./title.ts";
import { isStopword } from "./french.ts";
import { findTag, matchEntities } from "../taxonomy/match.ts";
import { slugify } from "../taxonomy/slug.ts";
import { ingestThreads, parseInWorkers, type SeedOutcome, type WireOutcome } from "./workers.ts";
import { extractEvents, moveEvents } from "../chronology/extract.ts";
import { knownEvents } from "../chronology/build.ts";
import type { ChronologyEvent } from "../chronology/types.ts";
import { keepSpilled, spillArticle, type TextStore } from "../text-store.ts";
import type { Article, IngestResult, Problem, RawSeed, Removed, Tag } from "./types.ts";


// Longest slug, cut at a word: URLs stay readable and below common path limits.
const SLUG_MAX = 80;

/** A URL slug from a title: the taxonomy's slugify, at most 80 characters, cut after a whole word of the title. */
export function slugOf(title: string): string {
  const full = slugify(title);
  if (full.length <= SLUG_MAX) return full || "article";
  // Whole title words only ("d’accélérer" is one word): a cut never leaves "…-d" or "…-l".
  const parts = title.split(/\s+/).map(slugify).filter(Boolean);
  const kept: string[] = [];
  for (const p of parts) {
    if ([...kept, p].join("-").length > SLUG_MAX) break;
    kept.push(p);
  }
  // Nor does it end on a little word ("…-par-sa", "…-de-la").
  while (kept.length > 3 && isStopword(kept[kept.length - 1].split("-").pop() ?? "")) kept.pop();
  return kept.length ? kept.join("-") : full.slice(0, SLUG_MAX).replace(/-+$/, "");
}

/** The tag of a front matter tag name: the vocabulary's entry (by name or alias), else a theme of that name. */
function frontMatterTag(name: string): { tag: Tag; known: boolean } {
  const found = findTag(name);
  if (found) return { tag: found, known: true };
  const slug = slugify(name);
  return { tag: { kind: "theme", name, slug, url: `/themes/${slug}/` }, known: false };
}

/** Ingests one raw seed into an article, or returns the problems that stop it. */
export function ingestSeed(raw: RawSeed): { article: Article | null; problems: Problem[]; textHash: string } {
  const decoded = decodeSeed(raw);
  const lines = splitLines(decoded);
  const problems = [...decoded.problems, ...lines.problems];
  const textHash = hashText(decoded.text);
  // An error while decoding or reading the front matter skips the file (binary file, broken YAML): see split.ts.
  if (problems.some((p) => p.severity === "error")) return { article: null, problems, textHash };
  const fm = lines.frontMatter;
  const classified = classifyLines(unwrapLines(lines.lines));
  const s = structureArticle(classified);
  if (s.blocks.length === 0 && !s.lede && !s.title) {
    problems.push({ source: raw.source, line: lines.lines[0]?.line ?? 1, severity: "error", message: "no article text found: the file is empty or holds only furniture; nothing to publish" });
    return { article: null, problems, textHash };
  }
  const removed: Removed[] = [
    ...lines.frontMatterLines.map((l) => ({ line: l.line, text: l.text, reason: "editor's front matter (metadata, not article text)" })),
    ...s.removed,
  ];
  let blocks = s.blocks;
  // The editor's front matter wins; the text it replaces stays accounted for.
  let titleLine = s.titleLine;
  if (fm.title && s.title !== null && s.titleLine !== null) {
    removed.push({ line: s.titleLine, text: s.title, reason: "headline replaced by the editor's front matter title", ...(s.titleLines ? { lines: s.titleLines } : {}) });
    titleLine = null;
  }
  let ledeLine = s.ledeLine;
  if (fm.lede && s.lede && s.ledeLine !== null) {
    // The text's own lede becomes the first paragraph: nothing is lost.
    blocks = [{ type: "paragraph" as const, text: s.lede, line: s.ledeLine, ...(s.ledeLines ? { lines: s.ledeLines } : {}) }, ...blocks].sort((a, b) => a.line - b.line);
    ledeLine = null;
  }
  const lede = fm.lede ?? s.lede;
  const title = fm.title ?? s.title ?? deriveTitle(s.lede || s.blocks.find((b) => b.type === "paragraph" || b.type === "quote")?.text || s.blocks[0].text);

  for (const m of s.metaDates) {
    if (!m.valid) problems.push({ source: raw.source, line: m.line, severity: "warning", message: `the date header ${m.date} is not a real date: header ignored, the date is looked for in the text` });
  }
  const header = s.metaDates.find((m) => m.from === "header" && m.valid)?.date;
  // A label's date (a masthead's day, a series' issue) counts only after the date lines and bylines.
  const metadata = [...s.metaDates.filter((m) => !m.weak), ...s.metaDates.filter((m) => m.weak)]
    .filter((m) => m.from === "head")
    .map((m) => ({ text: m.evidence, mention: { start: 0, end: m.evidence.length, evidence: m.evidence, date: m.date, precision: m.date.length === 10 || m.yearless ? ("day" as const) : ("month" as const), ...(m.yearless ? { relative: true } : {}) } }));
  // Dates are read from the published text only: never from furniture or the bibliography, nor from the days heading a
  // programme's or a chronology's entries (a programme's days to come do not make the page's date line doubtful).
  const entryDays = new Set(classified.flatMap((c) => (c.entryDay ? [c.line] : [])));
  const texts = [lede, ...blocks.filter((b) => b.type !== "bibliography" && b.type !== "credit" && !entryDays.has(b.line)).map((b) => b.text)];
  const d = inferDate({ frontMatter: fm.date, header, metadata, texts, yearHint: s.yearHint, addressYear: s.addressYear, hoursAgo: s.hoursAgo, commentDay: s.commentDay });

  const slug = fm.slug ?? slugOf(title);
  const [y, m] = d.date ? d.date.split("-") : [];
  const url = d.date ? `/${y}/${m}/${slug}/` : `/sans-date/${slug}/`;
  // Tags come from the title, the lede and the published body; never from removed lines, credits (a caption names who
  // is in the photo, not what the article is about) or the bibliography. The credits of who took part (a transcript's
  // speakers, "M. Olivier Becht, ministre délégué…"; an official text's signatories) count.
  const fmTags = (fm.tags ?? []).map(frontMatterTag);
  const tagsLine = lines.frontMatterLines.find((l) => /^tags\s*:/.test(l.text))?.line ?? lines.frontMatterLines[0]?.line ?? 1;
  for (const t of fmTags) {
    if (!t.known) problems.push({ source: raw.source, line: tagsLine, severity: "warning", message: `front matter tag '${t.tag.name}' is not in the vocabulary: published as a theme of its own` });
  }
  const tags = fm.tags
    ? [...new Map(fmTags.map(({ tag }) => [tag.url, tag])).values()]
    : matchEntities([
        { text: title, weight: 3 },
        { text: lede, weight: 2 },
        ...blocks.filter((b) => b.type !== "bibliography" && b.type !== "credit").map((b) => ({ text: b.text, weight: 1 })),
        ...s.participants.map((text) => ({ text, weight: 1 })),
      ]);
  const article: Article = {
    source: raw.source,
    url,
    slug,
    title,
    titleSource: fm.title ? "frontmatter" : s.title ? "text" : "derived",
    lede,
    date: d.date,
    dateSource: d.source,
    dateEvidence: d.evidence,
    dateCertain: d.certain,
    blocks,
    tags,
    removed: removed.sort((a, b) => a.line - b.line),
    draft: fm.draft ?? false,
    hash: createHash("sha256").update(raw.bytes).digest("hex"),
    titleLine: fm.title ? null : titleLine,
    ledeLine,
  };
  if (!fm.title && s.titleLines) article.titleLines = s.titleLines;
  if (ledeLine !== null && s.ledeLines) article.ledeLines = s.ledeLines;
  if (d.note) article.dateNote = d.note;
  return { article, problems, textHash };
}

/**
 * `text` in memory of its own. V8 makes a substring of 13 characters or more a view into the string it was cut from:
 * a title, a lede or a date's evidence cut from a seed kept the seed's whole decoded text alive as long as the article,
 * though the store holds the text the pages need (the live heap after the model, 10,000 bench articles: 180.5 MB with
 * the views, 141.3 MB without). V8's JSON parser makes a new string, and the round trip keeps every code unit, a lone
 * surrogate left by a cut too.
 */
function ownCopy<T extends string | null | undefined>(text: T): T {
  return (typeof text !== "string" || text.length < 13 ? text : JSON.parse(JSON.stringify(text))) as T;
}

/**
 * Makes articles that came from threads or the cache share one object per tag and one string per repeated label
 * (block types, removal reasons): each copy of the same tag costs some 180 bytes, and an article has about 25
 * tags, so an archive of 100,000 articles would hold some 450 MB of copies. The strings kept with each article and
 * event get memory of their own (see ownCopy). Values are unchanged.
 */
class Sharer {
  private readonly tags = new Map<string, Tag>();
  private readonly labels = new Map<string, string>();

  tag(t: Tag): Tag {
    const key = `${t.kind}\0${t.name}\0${t.slug}\0${t.url}`;
    let one = this.tags.get(key);
    if (!one) this.tags.set(key, (one = t));
    return one;
  }

  label<T extends string>(text: T): T {
    let one = this.labels.get(text);
    if (one === undefined) this.labels.set(text, (one = text));
    return one as T;
  }

  article(a: Article): void {
    a.title = ownCopy(a.title);
    a.lede = ownCopy(a.lede);
    a.dateEvidence = ownCopy(a.dateEvidence);
    if (a.dateNote) a.dateNote = ownCopy(a.dateNote);
    a.tags = a.tags.map((t) => this.tag(t));
    for (const b of a.blocks) b.type = this.label(b.type);
    for (const r of a.removed) r.reason = this.label(r.reason);
    a.dateSource = this.label(a.dateSource);
    a.titleSource = this.label(a.titleSource);
  }

  /** `article`: the article the events are from, once passed to `article` (its title is shared, not copied). */
  events(list: ChronologyEvent[], article: Article): ChronologyEvent[] {
    const one = (e: { tag: Tag; chronologyUrl: string }) => {
      e.tag = this.tag(e.tag);
      e.chronologyUrl = this.label(e.chronologyUrl);
    };
    for (const e of list) {
      e.evidence = ownCopy(e.evidence);
      e.summary = ownCopy(e.summary);
      e.source.articleTitle = e.source.articleTitle === article.title ? article.title : ownCopy(e.source.articleTitle);
      e.people.forEach(one);
      e.places.forEach(one);
      if (e.place) one(e.place);
    }
    return list;
  }
}

/** What parsing one seed gives; with `events`, the chronology events of its article (see IngestHooks.events). */
export type SeedResult = ReturnType<typeof ingestSeed> & { events?: ChronologyEvent[] };

/** `result` with the chronology events of its article. */
export function withEvents(result: SeedResult): SeedResult {
  return { ...result, events: result.article ? extractEvents(result.article) : [] };
}

/** A cache of parsed seeds (src/build-cache.ts). */
export interface SeedCache {
  /** The cached result for `raw`, or undefined. */
  peek(raw: RawSeed): SeedResult | undefined;
  /** Stores a result just parsed; returns the copy to use, equal to what `peek` will return next time. */
  put(raw: RawSeed, result: SeedResult): SeedResult;
  /** `put` for a result already written as JSON text (by a worker thread). */
  putJson(raw: RawSeed, json: string): SeedResult;
}

/** Optional hooks of `ingestFolder`: a cache in front of `ingestSeed`, and progress. */
export interface IngestHooks {
  /** Returns the result of `parse(raw)`, possibly from a cache; seeds are then parsed one by one in this thread. */
  ingest?(raw: RawSeed, parse: typeof ingestSeed): SeedResult;
  /** Parsed seeds by content hash: only the seeds it lacks are parsed, on worker threads when there are many. */
  cache?: SeedCache;
  /**
   * Also find each article's chronology events while parsing (on the threads, kept in the cache), for
   * buildChronology to use instead of reading every article again.
   */
  events?: boolean;
  /** Threads to parse with (default: one per core when at least PARALLEL_MIN_SEEDS seeds need parsing). */
  threads?: number;
  /** Called as seeds are parsed or taken from the cache. */
  onSeed?(done: number, total: number): void;
  /**
   * Where articles keep their blocks and removed lines instead of the heap: read back each time `blocks` or `removed`
   * is read, until the store is closed (a build of 100,000 articles would otherwise hold about 1 GB of text).
   */
  store?: TextStore;
  /** Bytes of seeds held between the cache look-up and parsing (default HELD_BYTES_MAX); the others are read again. */
  holdBytes?: number;
}

/**
 * Seeds read to look them up in the cache are kept for parsing up to this many bytes; past it, a seed the cache
 * lacks is read again when a thread parses it, so a large archive is never held in memory all at once.
 */
const HELD_BYTES_MAX = 64 * 1024 * 1024;

/**
 * Ingests every seed of `dir`. Articles come out sorted newest first, then by source. Seeds are parsed on worker
 * threads when there are many; results and problems are the same, in the same order, as parsing one by one. Seeds are
 * read a few at a time, as they are parsed; with `hooks.store`, each article's text goes to the store as soon as it is
 * parsed (see src/text-store.ts).
 */
export async function ingestFolder(dir: string, hooks: IngestHooks = {}): Promise<IngestResult> {
  const { files, order, problems: listed } = await listSeeds(dir);
  const total = files.length;
  /** Problems reading listed files, merged in name order with the listing's. */
  const late: { at: number; problem: Problem }[] = [];
  const unreadable = new Set<number>();
  const read = (i: number): RawSeed | null => {
    const r = readSeed(files[i]);
    if ("bytes" in r) return r;
    if (!unreadable.has(i)) late.push({ at: i, problem: r });
    unreadable.add(i);
    return null;
  };
  const parseHere = (raw: RawSeed): SeedOutcome => {
    try {
      const result = hooks.ingest ? hooks.ingest(raw, ingestSeed) : ingestSeed(raw);
      return { ok: true, result: hooks.events ? withEvents(result) : result };
    } catch (err) {
      // One unexpected file must not stop the archive: report it and publish the others (ARCHIVE_DEBUG=1 rethrows).
      if (process.env.ARCHIVE_DEBUG) throw err;
      return { ok: false, message: err instanceof Error ? err.message : String(err) };
    }
  };
  const outcomes: (SeedOutcome | undefined)[] = new Array(total);
  const shared = new Sharer();
  /** The result of a successful outcome; one just parsed is cached (a worker's JSON text stored as it came). */
  const resultOf = (raw: RawSeed, wire: Exclude<WireOutcome, { ok: false }>, parsed: boolean): SeedResult => {
    if ("json" in wire) return hooks.cache ? hooks.cache.putJson(raw, wire.json) : (JSON.parse(wire.json) as SeedResult);
    return parsed && hooks.cache ? hooks.cache.put(raw, wire.result) : wire.result;
  };
  /** Keeps the outcome of seed `i`: cached if just parsed, labels shared, text moved to the store. */
  const keep = (i: number, raw: RawSeed, wire: WireOutcome, parsed: boolean) => {
    if (unreadable.has(i)) return;
    if (!wire.ok) {
      outcomes[i] = wire;
      return;
    }
    let result = resultOf(raw, wire, parsed);
    if (result.article) {
      shared.article(result.article);
      if (hooks.events && result.events) shared.events(result.events, result.article);
      if (hooks.store) result = { ...result, article: spillArticle(result.article, hooks.store) };
    }
    outcomes[i] = { ok: true, result };
  };
  if (hooks.ingest) {
    for (let i = 0; i < total; i++) {
      hooks.onSeed?.(i + 1, total);
      const raw = read(i);
      if (raw) keep(i, raw, parseHere(raw), false);
    }
  } else {
    const todo: number[] = [];
    const held: (RawSeed | null)[] = [];
    let heldBytes = 0;
    if (hooks.cache) {
      for (let i = 0; i < total; i++) {
        const raw = read(i);
        if (!raw) continue;
        const hit = hooks.cache.peek(raw);
        if (hit) keep(i, raw, { ok: true, result: hit }, false);
        else {
          todo.push(i);
          const hold = heldBytes + raw.bytes.length <= (hooks.holdBytes ?? HELD_BYTES_MAX);
          held.push(hold ? raw : null);
          if (hold) heldBytes += raw.bytes.length;
        }
      }
    } else for (let i = 0; i < total; i++) todo.push(i);
    const cached = total - todo.length;
    if (cached) hooks.onSeed?.(cached, total);
    // Seeds being parsed, by their rank in `todo`: the cache's key is made from the bytes.
    const inFlight = new Map<number, RawSeed>();
    const seedAt = (k: number): RawSeed => {
      const raw = held[k] ?? read(todo[k]) ?? { ...files[todo[k]], bytes: new Uint8Array() };
      held[k] = null;
      inFlight.set(k, raw);
      return raw;
    };
    const onOutcome = (k: number, o: WireOutcome) => {
      keep(todo[k], inFlight.get(k)!, o, true);
      inFlight.delete(k);
    };
    const threads = hooks.threads ?? ingestThreads(todo.length);
    let inThreads = false;
    if (threads > 1 && todo.length > 1) {
      try {
        // With a cache, results travel as the JSON text it keeps.
        await parseInWorkers(todo.length, seedAt, threads, parseHere, onOutcome, (done) => hooks.onSeed?.(cached + done, total), hooks.events, !!hooks.cache);
        inThreads = true;
      } catch {
        // Threads unavailable (or one died): the seeds not parsed yet are parsed in this thread.
        inFlight.clear();
      }
    }
    if (!inThreads)
      todo.forEach((i, k) => {
        if (outcomes[i] || unreadable.has(i)) return;
        hooks.onSeed?.(cached + k + 1, total);
        onOutcome(k, parseHere(seedAt(k)));
      });
  }
  const problems = mergeInOrder(listed, order, late);
  const hashed: HashedArticle[] = [];
  const eventsBySource = new Map<string, { url: string; events: ChronologyEvent[] }>();
  files.forEach((file, i) => {
    const o = outcomes[i];
    if (!o) return;
    if (!o.ok) {
      problems.push({ source: file.source, line: 1, severity: "error", message: `this file could not be read (${o.message}): file skipped; please report it with the file` });
      return;
    }
    problems.push(...o.result.problems);
    if (!o.result.article) return;
    if (hooks.events && o.result.events) {
      knownEvents.set(o.result.article, o.result.events);
      eventsBySource.set(file.source, { url: o.result.article.url, events: o.result.events });
    }
    hashed.push({ article: o.result.article, textHash: o.result.textHash });
    // Held by `hashed` from now on.
    outcomes[i] = undefined;
  });
  const deduped = dedupeArticles(hashed);
  // The duplicate check copies an article it renames: a spilled one gets its text back (see keepSpilled).
  const articles = hooks.store ? deduped.articles.map(keepSpilled) : deduped.articles;
  // An article the duplicate check gave another address keeps its events, moved to that address.
  for (const a of articles) {
    const known = knownEvents.has(a) ? undefined : eventsBySource.get(a.source);
    if (known) knownEvents.set(a, moveEvents(known.events, known.url, a.url));
  }
  problems.push(...deduped.problems);
  articles.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.source.localeCompare(b.source));
  return { articles, problems };
}

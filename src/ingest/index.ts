// Runs the ingest stages over one seed or a whole folder: read → decode → split → classify → structure → date → tag.
import { createHash } from "node:crypto";
import { readSeeds } from "./read.ts";
import { decodeSeed } from "./decode.ts";
import { splitLines } from "./split.ts";
import { dedupeArticles, hashText, type HashedArticle } from "./dedupe.ts";
import { classifyLines } from "./classify.ts";
import { structureArticle } from "./structure.ts";
import { inferDate } from "./date.ts";
import { matchEntities } from "../taxonomy/match.ts";
import { slugify } from "../taxonomy/slug.ts";
import type { Article, IngestResult, Problem, RawSeed } from "./types.ts";

const TITLE_MAX = 110;

/** Shortens a sentence to a readable title of at most 110 characters, cut at a word. */
function deriveTitle(text: string): string {
  const first = text.split(/(?<=[.!?])\s/)[0] ?? text;
  if (first.length <= TITLE_MAX) return first.replace(/[.]$/, "");
  const cut = first.slice(0, TITLE_MAX - 1);
  return cut.slice(0, cut.lastIndexOf(" ")).replace(/[,;:]$/, "") + "…";
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
  const classified = classifyLines(lines.lines);
  const s = structureArticle(classified);
  if (s.blocks.length === 0 && !s.lede) {
    problems.push({ source: raw.source, line: 1, severity: "error", message: "no article text found: the file is empty or holds only furniture" });
    return { article: null, problems, textHash };
  }
  const title = fm.title ?? s.title ?? deriveTitle(s.lede || s.blocks[0].text);
  const inferred = inferDate({ texts: [s.lede, ...s.blocks.map((b) => b.text)] });
  const d = fm.date ? { date: fm.date, source: "frontmatter" as const, evidence: `date: ${fm.date}`, certain: true } : inferred;
  const slug = fm.slug ?? slugify(title).slice(0, 80).replace(/-+$/, "");
  const [y, m] = d.date ? d.date.split("-") : [];
  const url = d.date ? `/${y}/${m}/${slug}/` : `/sans-date/${slug}/`;
  const tags = matchEntities([{ text: title, weight: 3 }, { text: s.lede, weight: 2 }, ...s.blocks.map((b) => ({ text: b.text, weight: 1 }))]);
  const article: Article = {
    source: raw.source,
    url,
    slug,
    title,
    titleSource: fm.title ? "frontmatter" : s.title ? "text" : "derived",
    lede: fm.lede ?? s.lede,
    date: d.date,
    dateSource: d.source,
    dateEvidence: d.evidence,
    dateCertain: d.certain,
    blocks: s.blocks,
    tags,
    removed: [...lines.frontMatterLines.map((l) => ({ line: l.line, text: l.text, reason: "editor's front matter (metadata, not article text)" })), ...s.removed],
    draft: fm.draft ?? false,
    hash: createHash("sha256").update(raw.bytes).digest("hex"),
  };
  return { article, problems, textHash };
}

/** Ingests every seed of `dir`. Articles come out sorted newest first, then by source. */
export async function ingestFolder(dir: string): Promise<IngestResult> {
  const { seeds, problems } = await readSeeds(dir);
  const hashed: HashedArticle[] = [];
  for (const raw of seeds) {
    let r: ReturnType<typeof ingestSeed>;
    try {
      r = ingestSeed(raw);
    } catch (err) {
      // One unexpected file must not stop the archive: report it and publish the others (ARCHIVE_DEBUG=1 rethrows).
      if (process.env.ARCHIVE_DEBUG) throw err;
      const why = err instanceof Error ? err.message : String(err);
      problems.push({ source: raw.source, line: 1, severity: "error", message: `this file could not be read (${why}): file skipped; please report it with the file` });
      continue;
    }
    problems.push(...r.problems);
    if (r.article) hashed.push({ article: r.article, textHash: r.textHash });
  }
  const { articles, problems: dupes } = dedupeArticles(hashed);
  problems.push(...dupes);
  articles.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? "") || a.source.localeCompare(b.source));
  return { articles, problems };
}

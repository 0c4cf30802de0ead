// The editor's report: per article, how the ingest read it (title, date and evidence, blocks, removed lines, warnings).
import type { Article, IngestResult, Problem } from "./ingest/types.ts";
import { suggestUnknownNames } from "./taxonomy/match.ts";

/** `seeds/x.txt:12: warning: message`, the compilers' format used everywhere. */
function formatProblem(p: Problem): string {
  return `${p.source}:${p.line}: ${p.severity}: ${p.message}`;
}

/** Counts of `keys`, most frequent first, as `a 3, b 1`. */
function tally(keys: string[]): string {
  const counts = new Map<string, number>();
  for (const k of keys) counts.set(k, (counts.get(k) ?? 0) + 1);
  return [...counts.entries()]
    .sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1))
    .map(([k, n]) => `${k} ${n}`)
    .join(", ");
}

/** The general reason of a removed line, without the quoted specifics: `site furniture (share prompt)`. */
function reasonFamily(reason: string): string {
  return reason.replace(/\s*\(publication metadata: [^)]*\)/, "").replace(/\(teaser of another article\)/, "").trim();
}

/** A two-column table with a title row, drawn with plain characters so it reads in any terminal. */
function table(title: string, rows: [string, string][]): string {
  const w = Math.max(...rows.map(([k]) => k.length));
  const lines = rows.map(([k, v]) => `| ${k.padEnd(w)} | ${v}`);
  const rule = "+" + "-".repeat(w + 2) + "+" + "-".repeat(Math.min(100, Math.max(...lines.map((l) => l.length)) - w - 4));
  return [title, rule, ...lines, rule].join("\n");
}

function articleRows(a: Article, problems: Problem[]): [string, string][] {
  const titleWhere = a.titleSource === "text" && a.titleLine ? `text, line ${a.titleLine}` : a.titleSource;
  const certainty = a.dateCertain ? "certain" : `UNCERTAIN${a.dateNote ? ` (${a.dateNote})` : ""}`;
  const date = a.date ? `${a.date}, from ${a.dateSource}: "${a.dateEvidence}", ${certainty}` : "none (published under /sans-date/)";
  const warnings = problems.filter((p) => p.severity === "warning");
  const rows: [string, string][] = [
    ["title", `${a.title} (${titleWhere})`],
    ["url", a.url + (a.draft ? " (draft: not published)" : "")],
    ["date", date],
    ["lede", a.ledeLine ? `line ${a.ledeLine}` : a.lede ? "front matter" : "none"],
    ["blocks", `${a.blocks.length}${a.blocks.length ? ` (${tally(a.blocks.map((b) => b.type))})` : ""}`],
    ["removed", `${a.removed.length}${a.removed.length ? ` (${tally(a.removed.map((r) => reasonFamily(r.reason)))})` : ""}`],
    ["tags", a.tags.length ? a.tags.map((t) => t.name).join(", ") : "none"],
    // Capitalised names the vocabulary does not know: one line each in src/taxonomy/vocabulary.yaml tags them.
    ["unknown names", suggestUnknownNames([a.title, a.lede, ...a.blocks.filter((b) => b.type !== "bibliography").map((b) => b.text)], a.tags).join(", ") || "none"],
    ["warnings", warnings.length ? String(warnings.length) : "none"],
  ];
  for (const p of warnings) rows.push(["", formatProblem(p)]);
  return rows;
}

/** Formats the whole ingest result as the editor's report: one table per article, then files not published. */
export function formatReport(result: IngestResult): string {
  const out: string[] = [];
  const published = new Set(result.articles.map((a) => a.source));
  for (const a of [...result.articles].sort((x, y) => (x.source < y.source ? -1 : x.source > y.source ? 1 : 0))) {
    out.push(table(a.source, articleRows(a, result.problems.filter((p) => p.source === a.source))));
  }
  const others = result.problems.filter((p) => !published.has(p.source));
  if (others.length) out.push(["Files not published or folder problems:", ...others.map((p) => "  " + formatProblem(p))].join("\n"));
  const uncertain = result.articles.filter((a) => !a.dateCertain).length;
  const derived = result.articles.filter((a) => a.titleSource === "derived").length;
  out.push(`${result.articles.length} articles; ${uncertain} with an uncertain date; ${derived} with a derived title; ${result.problems.length} problems.`);
  return out.join("\n\n") + "\n";
}

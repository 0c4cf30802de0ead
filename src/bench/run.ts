// The bench: generates N synthetic articles, builds them with the real build, and optionally with Hugo + Pagefind's CLI and plain Eleventy.
import { existsSync } from "node:fs";
import { cp, mkdir, rm, writeFile } from "node:fs/promises";
import path from "node:path";
import { ingestFolder } from "../ingest/index.ts";
import type { Article } from "../ingest/types.ts";
import { writeSyntheticSeeds } from "./generate.ts";
import { measureOutput, runMeasured, type Measured } from "./measure.ts";
import type { ChildReport, EditReport } from "./child.ts";
import type { BuildPhase } from "../build.ts";

const ROOT = path.resolve(import.meta.dirname, "../..");
const BIN = path.join(ROOT, "node_modules/.bin");

export interface BenchOptions {
  articles: number;
  /** Seed of the generator: the same articles for the same N and seed. */
  seed: number;
  /** How many times each build runs; medians are reported. */
  runs: number;
  compare: boolean;
  /** Also time the dev server's update after one seed is edited. */
  edit: boolean;
  /** Also build with the phases one at a time (the search index after the pages), to time each without the other. */
  alone: boolean;
  /** Scratch folder for the generated seeds and the outputs. */
  work: string;
  /** Where the seeds' paragraphs come from. */
  corpus: string;
  log(message: string): void;
}

/** One tool's median figures. */
export interface ToolFigures {
  tool: string;
  /** Median wall time, ms, of the whole command (process start to exit). */
  ms: number;
  /** Peak summed RSS of the process tree, bytes (median over runs). */
  peakRss: number;
  /** Median user + system CPU time, ms. */
  cpuMs: number;
  runs: number[];
}

export interface BenchReport {
  articles: number;
  seed: number;
  runs: number;
  seedBytes: number;
  build: ChildReport & { wallMs: number; treePeakRss: number; cpuMs: number; files: number; bytes: number };
  edit?: EditReport & { ratio: number };
  /**
   * The builds with the phases one at a time (medians): each phase's wall time without another beside it, and the
   * shortest wall time overlapping could give on two cores: the ingest and the model (which the rest needs: the index
   * is written newest first, so it starts once every date is known), then rendering and indexing sharing both cores
   * (the index's parts go to a second Pagefind process once the pages are written): the longer of rendering alone
   * and half of the two together.
   */
  alone?: {
    phases: Record<BuildPhase, number>;
    wallMs: number;
    bestOverlapMs: number;
    /** In the median run, when rendering ended and indexing started (ms from the build's start): one after the other. */
    renderEndMs: number;
    searchStartMs: number;
  };
  compare?: {
    hugo: ToolFigures;
    pagefind: ToolFigures;
    hugoPlusPagefind: { ms: number; peakRss: number; cpuMs: number };
    eleventyMarkdown: ToolFigures;
    /** Our median wall time divided by Hugo + Pagefind's. */
    timeRatio: number;
    /** Our median peak memory divided by the higher of Hugo's and Pagefind's. */
    memoryRatio: number;
    /** Our median CPU time divided by Hugo + Pagefind's: less sensitive than wall time to other load on the machine. */
    cpuRatio: number;
    eleventyRatio: number;
  };
}

function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = Math.floor(s.length / 2);
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function checked(m: Measured, what: string): Measured {
  if (m.code !== 0) throw new Error(`${what} failed (exit ${m.code}): ${m.stderr.trim().split("\n").slice(-5).join(" | ")}`);
  return m;
}

/** The article as Markdown body text (headings, quotes, lists, paragraphs), for the other generators. */
function toMarkdown(a: Article): string {
  const lines = [a.lede, ""];
  for (const b of a.blocks) {
    if (b.type === "heading") lines.push(`## ${b.text}`, "");
    else if (b.type === "quote") lines.push(`> ${b.text}`, "");
    else if (b.type === "list-item") lines.push(`- ${b.text}`, "");
    else lines.push(b.text, "");
  }
  return lines.join("\n");
}

const TAXONOMIES: Record<string, string> = { person: "personnes", place: "lieux", org: "organisations", theme: "themes" };

function yamlString(s: string): string {
  return JSON.stringify(s);
}

/** Writes a Hugo site with the same articles: article pages, tag pages per kind, home; article text marked for Pagefind. */
async function writeHugoSite(dir: string, articles: Article[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, "content/articles"), { recursive: true });
  await mkdir(path.join(dir, "layouts/_default"), { recursive: true });
  const config = [
    `baseURL = "https://archive.example.org/"`,
    `languageCode = "fr"`,
    `title = "Archives"`,
    `[taxonomies]`,
    ...Object.values(TAXONOMIES).map((t) => `${t} = "${t}"`),
    `[permalinks]`,
    `articles = "/:year/:month/:slug/"`,
    `[services.rss]`,
    `limit = 20`,
  ].join("\n");
  await writeFile(path.join(dir, "config.toml"), config);
  const base = `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{{ .Title }}</title></head><body><main>{{ block "main" . }}{{ end }}</main></body></html>`;
  const single = `{{ define "main" }}<article><h1>{{ .Title }}</h1><p><time datetime="{{ .Date.Format "2006-01-02" }}">{{ .Date.Format "2 January 2006" }}</time></p><div data-pagefind-body>{{ .Content }}</div><ul>{{ range .GetTerms "personnes" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}{{ range .GetTerms "lieux" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}{{ range .GetTerms "organisations" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}{{ range .GetTerms "themes" }}<li><a href="{{ .RelPermalink }}">{{ .LinkTitle }}</a></li>{{ end }}</ul></article>{{ end }}`;
  const list = `{{ define "main" }}<h1>{{ .Title }}</h1><ol>{{ range .Pages }}<li><h3><a href="{{ .RelPermalink }}">{{ .Title }}</a></h3><p>{{ .Date.Format "2006-01-02" }}</p><p>{{ .Description }}</p></li>{{ end }}</ol>{{ end }}`;
  await writeFile(path.join(dir, "layouts/_default/baseof.html"), base);
  await writeFile(path.join(dir, "layouts/_default/single.html"), single);
  await writeFile(path.join(dir, "layouts/_default/list.html"), list);
  await writeFile(path.join(dir, "layouts/index.html"), list);
  for (const [i, a] of articles.entries()) {
    const fm = ["---", `title: ${yamlString(a.title)}`, `date: ${a.date && a.date.length === 10 ? a.date : "2000-01-01"}`, `slug: ${yamlString(`${a.slug}-${i}`)}`, `description: ${yamlString(a.lede)}`];
    for (const [kind, tax] of Object.entries(TAXONOMIES)) {
      const names = a.tags.filter((t) => t.kind === kind).map((t) => yamlString(t.name));
      if (names.length) fm.push(`${tax}: [${names.join(", ")}]`);
    }
    fm.push("---", "");
    await writeFile(path.join(dir, "content/articles", `a${i}.md`), fm.join("\n") + toMarkdown(a));
  }
}

/** Writes a plain Eleventy Markdown project with the same articles, one layout, no collections. */
async function writeEleventySite(dir: string, articles: Article[]): Promise<void> {
  await rm(dir, { recursive: true, force: true });
  await mkdir(path.join(dir, "src/_includes"), { recursive: true });
  await mkdir(path.join(dir, "src/articles"), { recursive: true });
  await writeFile(
    path.join(dir, "src/_includes/article.njk"),
    `<!doctype html><html lang="fr"><head><meta charset="utf-8"><title>{{ title }}</title></head><body><main><article><h1>{{ title }}</h1><div data-pagefind-body>{{ content | safe }}</div></article></main></body></html>`,
  );
  for (const [i, a] of articles.entries()) {
    const [y, m] = (a.date ?? "2000-01").split("-");
    const fm = ["---", `title: ${yamlString(a.title)}`, `layout: article.njk`, `permalink: /${y}/${m}/${a.slug}-${i}/`, "---", ""];
    await writeFile(path.join(dir, "src/articles", `a${i}.md`), fm.join("\n") + toMarkdown(a));
  }
}

/**
 * V8 flags of the build's process, as package.json's `build` and `start` give them (a test checks they agree): a young
 * generation of 64 MB a half instead of 16 (Node 20's default on this machine), for a build that makes many short-lived
 * strings. At 4,000 articles the main thread's collector pauses went from 3.1–3.5 s to 2.3–2.4 s (three runs of each,
 * alternated), for 70–180 MB more at the peak.
 */
export const BUILD_NODE_FLAGS = ["--max-semi-space-size=64"];

/** Runs `make` `runs` times and keeps the median wall time and peak memory. */
async function repeat(tool: string, runs: number, make: () => Promise<Measured>): Promise<ToolFigures> {
  const all: Measured[] = [];
  for (let i = 0; i < runs; i++) all.push(await make());
  return figures(tool, all);
}

function figures(tool: string, all: Measured[]): ToolFigures {
  return {
    tool,
    ms: median(all.map((m) => m.ms)),
    peakRss: median(all.map((m) => m.peakRss)),
    cpuMs: median(all.map((m) => m.cpuMs)),
    runs: all.map((m) => Math.round(m.ms)),
  };
}

/** Runs the bench and returns its figures. */
export async function runBench(opts: BenchOptions): Promise<BenchReport> {
  const seedsDir = path.join(opts.work, `seeds-${opts.articles}-${opts.seed}`);
  opts.log(`generating ${opts.articles} articles into ${seedsDir}/`);
  const seedBytes = await writeSyntheticSeeds(opts.corpus, seedsDir, opts.articles, opts.seed);
  const out = path.join(opts.work, "site");
  const childs: (ChildReport & { wallMs: number; treePeakRss: number; cpuMs: number; files: number; bytes: number })[] = [];
  for (let i = 0; i < opts.runs; i++) {
    opts.log(`build ${i + 1}/${opts.runs}`);
    // Every tool starts from an empty output folder: removing the last run's files is not part of any build's time.
    await rm(out, { recursive: true, force: true });
    const m = checked(await runMeasured(process.execPath, [...BUILD_NODE_FLAGS, "--import", "tsx", path.join(ROOT, "src/bench/child.ts"), seedsDir, out], { cwd: ROOT }), "the build");
    const child = JSON.parse(m.stdout.trim().split("\n").pop()!) as ChildReport;
    // Generated seeds publish without errors: a skipped file means the figures are not this size's.
    if (child.articles === 0 || child.errors > 0) {
      throw new Error(`the build published ${child.articles} of ${opts.articles} articles (${child.errors} errors): ${m.stderr.trim().split("\n").slice(-3).join(" | ")}`);
    }
    // Counted after the build's process has exited: not part of its time.
    const { files, bytes } = await measureOutput(out);
    childs.push({ ...child, wallMs: m.ms, treePeakRss: m.peakRss, cpuMs: m.cpuMs, files, bytes });
  }
  // The median run by wall time, with its own phases.
  const sorted = [...childs].sort((a, b) => a.wallMs - b.wallMs);
  const build = {
    ...sorted[Math.floor((sorted.length - 1) / 2)],
    wallMs: median(childs.map((c) => c.wallMs)),
    treePeakRss: median(childs.map((c) => c.treePeakRss)),
    cpuMs: median(childs.map((c) => c.cpuMs)),
    cpu: {
      nodeMs: median(childs.map((c) => c.cpu.nodeMs)),
      childrenMs: median(childs.map((c) => c.cpu.childrenMs)),
      gcPauseMs: median(childs.map((c) => c.cpu.gcPauseMs)),
    },
  };
  const report: BenchReport = { articles: opts.articles, seed: opts.seed, runs: opts.runs, seedBytes, build };
  if (opts.alone) {
    const runs: { phases: Record<BuildPhase, number>; wallMs: number; renderEndMs: number; searchStartMs: number }[] = [];
    for (let i = 0; i < opts.runs; i++) {
      opts.log(`build with one phase at a time ${i + 1}/${opts.runs}`);
      await rm(out, { recursive: true, force: true });
      const m = checked(await runMeasured(process.execPath, [...BUILD_NODE_FLAGS, "--import", "tsx", path.join(ROOT, "src/bench/child.ts"), seedsDir, out, "", "alone"], { cwd: ROOT }), "the build one phase at a time");
      const child = JSON.parse(m.stdout.trim().split("\n").pop()!) as ChildReport;
      const render = child.phases.find((p) => p.phase === "render")!;
      runs.push({
        phases: Object.fromEntries(child.phases.map((p) => [p.phase, p.ms])) as Record<BuildPhase, number>,
        wallMs: m.ms,
        renderEndMs: render.startMs + render.ms,
        searchStartMs: child.phases.find((p) => p.phase === "search")!.startMs,
      });
    }
    const mid = [...runs].sort((a, b) => a.wallMs - b.wallMs)[Math.floor((runs.length - 1) / 2)];
    const phases = Object.fromEntries((["ingest", "model", "render", "search"] as const).map((p) => [p, median(runs.map((r) => r.phases[p]))])) as Record<BuildPhase, number>;
    report.alone = {
      phases,
      wallMs: median(runs.map((r) => r.wallMs)),
      bestOverlapMs: phases.ingest + phases.model + Math.max(phases.render, (phases.render + phases.search) / 2),
      renderEndMs: mid.renderEndMs,
      searchStartMs: mid.searchStartMs,
    };
  }
  if (opts.edit) {
    opts.log("dev server: first build, then one seed edited");
    const editSeeds = path.join(opts.work, "seeds-edit");
    await rm(editSeeds, { recursive: true, force: true });
    await cp(seedsDir, editSeeds, { recursive: true });
    const m = checked(await runMeasured(process.execPath, [...BUILD_NODE_FLAGS, "--import", "tsx", path.join(ROOT, "src/bench/child.ts"), editSeeds, path.join(opts.work, "dev-site"), "", "edit"], { cwd: ROOT }), "the dev server bench");
    const edit = JSON.parse(m.stdout.trim().split("\n").pop()!) as EditReport;
    report.edit = { ...edit, ratio: edit.quickMs / build.wallMs };
  }
  if (!opts.compare) return report;

  if (!existsSync("/usr/bin/hugo")) throw new Error("hugo is not installed: run `apt-get install -y hugo` (Debian's package)");
  const { articles } = await ingestFolder(seedsDir);
  const hugoDir = path.join(opts.work, "hugo");
  await writeHugoSite(hugoDir, articles);
  const hugoOut = path.join(hugoDir, "public");
  const hugoRuns: Measured[] = [];
  const pagefindRuns: Measured[] = [];
  for (let i = 0; i < opts.runs; i++) {
    opts.log(`hugo + pagefind ${i + 1}/${opts.runs}`);
    await rm(hugoOut, { recursive: true, force: true });
    hugoRuns.push(checked(await runMeasured("/usr/bin/hugo", ["--quiet", "--source", hugoDir, "--destination", hugoOut]), "hugo"));
    pagefindRuns.push(checked(await runMeasured(path.join(BIN, "pagefind"), ["--site", hugoOut]), "pagefind"));
  }
  const sum = hugoRuns.map((h, i) => h.ms + pagefindRuns[i].ms);
  const hugo = figures("hugo", hugoRuns);
  const pagefind = figures("pagefind", pagefindRuns);
  const hugoPlusPagefind = { ms: median(sum), peakRss: Math.max(hugo.peakRss, pagefind.peakRss), cpuMs: median(hugoRuns.map((h, i) => h.cpuMs + pagefindRuns[i].cpuMs)) };

  const elevDir = path.join(opts.work, "eleventy-md");
  await writeEleventySite(elevDir, articles);
  const eleventyMarkdown = await repeat("eleventy-markdown", opts.runs, async () => {
    opts.log("plain eleventy markdown");
    await rm(path.join(elevDir, "_site"), { recursive: true, force: true });
    return checked(await runMeasured(path.join(BIN, "eleventy"), ["--quiet", "--input=src", "--output=_site"], { cwd: elevDir }), "eleventy");
  });
  report.compare = {
    hugo,
    pagefind,
    hugoPlusPagefind,
    eleventyMarkdown,
    timeRatio: build.wallMs / hugoPlusPagefind.ms,
    memoryRatio: build.treePeakRss / hugoPlusPagefind.peakRss,
    cpuRatio: build.cpuMs / hugoPlusPagefind.cpuMs,
    eleventyRatio: build.wallMs / eleventyMarkdown.ms,
  };
  return report;
}

const MB = 1024 * 1024;

/** How a build's cost grows from one size to the next: linear growth gives time ratios equal to the size ratio. */
export interface ScalingStep {
  from: number;
  to: number;
  /** to / from. */
  sizeRatio: number;
  /** Wall time at `to` divided by wall time at `from`. */
  timeRatio: number;
  cpuRatio: number;
  /** Peak memory at `to`, bytes. */
  peakRss: number;
}

/** Compares each report with the previous one (reports in increasing size). */
export function scaling(reports: BenchReport[]): ScalingStep[] {
  const steps: ScalingStep[] = [];
  for (let i = 1; i < reports.length; i++) {
    const a = reports[i - 1];
    const b = reports[i];
    steps.push({
      from: a.articles,
      to: b.articles,
      sizeRatio: b.articles / a.articles,
      timeRatio: b.build.wallMs / a.build.wallMs,
      cpuRatio: b.build.cpuMs / a.build.cpuMs,
      peakRss: b.build.treePeakRss,
    });
  }
  return steps;
}

/** The scaling steps as lines for a terminal. */
export function formatScaling(steps: ScalingStep[]): string {
  return steps
    .map(
      (s) =>
        `scaling ${s.from} → ${s.to} articles (× ${s.sizeRatio.toFixed(1)}): wall time × ${s.timeRatio.toFixed(2)}, CPU time × ${s.cpuRatio.toFixed(2)} ` +
        `(linear ≤ ${s.sizeRatio.toFixed(1)}), peak ${(s.peakRss / MB).toFixed(0)} MB (goal < 4096 MB)`,
    )
    .join("\n");
}

/** The report as lines for a terminal. */
export function formatBench(r: BenchReport): string {
  const b = r.build;
  const lines = [
    `${r.articles} articles (generator seed ${r.seed}, ${(r.seedBytes / MB).toFixed(1)} MB of seeds), median of ${r.runs} run(s)`,
    `build: ${(b.wallMs / 1000).toFixed(2)} s wall, ${(b.cpuMs / 1000).toFixed(2)} s CPU, peak ${(b.treePeakRss / MB).toFixed(0)} MB (build + Pagefind; Node alone ${((b.peakNodeRss ?? 0) / MB).toFixed(0)} MB), ${b.articles} articles published, ${b.pages} pages, ${b.files} files, ${(b.bytes / MB).toFixed(1)} MB written`,
    `  CPU: ${(b.cpu.nodeMs / 1000).toFixed(2)} s in Node (every thread: rendering, ingest and index workers, collector), ` +
      `${(b.cpu.childrenMs / 1000).toFixed(2)} s in Pagefind's processes; the main thread paused ${(b.cpu.gcPauseMs / 1000).toFixed(2)} s for V8's collector`,
    ...b.phases.map(
      (p) =>
        `  ${p.phase.padEnd(7)} ${(p.ms / 1000).toFixed(2).padStart(7)} s  peak ${(p.peakRss / MB).toFixed(0).padStart(5)} MB` +
        ` (Node alone ${((p.peakNodeRss ?? 0) / MB).toFixed(0)} MB)`,
    ),
  ];
  if (r.edit) {
    const e = r.edit;
    lines.push(
      `dev server: one seed edited → ${e.quickPages} article pages updated in ${(e.quickMs / 1000).toFixed(2)} s ` +
        `(${(e.ratio * 100).toFixed(0)} % of the full build above; goal ≤ 30 %), whole site rebuilt in ${(e.fullRebuildMs / 1000).toFixed(2)} s`,
    );
  }
  const c = r.compare;
  if (r.alone) {
    const a = r.alone;
    const s = (ms: number) => `${(ms / 1000).toFixed(2)} s`;
    lines.push(
      `one phase at a time: ${s(a.wallMs)} wall; ingest ${s(a.phases.ingest)}, model ${s(a.phases.model)}, render ${s(a.phases.render)}, search ${s(a.phases.search)}`,
      `  overlapped at best on two cores (ingest + model + the longer of render and (render + search) / 2): ${s(a.bestOverlapMs)}` +
        (c ? `, ${(a.bestOverlapMs / c.hugoPlusPagefind.ms).toFixed(2)} × hugo + pagefind` : ""),
    );
  }
  if (c) {
    const row = (name: string, f: { ms: number; cpuMs: number; peakRss: number }) =>
      `  ${name.padEnd(18)} ${(f.ms / 1000).toFixed(2).padStart(7)} s wall ${(f.cpuMs / 1000).toFixed(2).padStart(7)} s CPU  peak ${(f.peakRss / MB).toFixed(0).padStart(5)} MB`;
    lines.push(
      "compare:",
      row("ours", { ms: b.wallMs, cpuMs: b.cpuMs, peakRss: b.treePeakRss }),
      row("hugo", c.hugo),
      row("pagefind cli", c.pagefind),
      row("hugo + pagefind", c.hugoPlusPagefind),
      row("eleventy markdown", c.eleventyMarkdown),
      `  time ratio (ours / hugo + pagefind): ${c.timeRatio.toFixed(2)} (goal ≤ 0.80)`,
      `  memory ratio (ours / hugo + pagefind): ${c.memoryRatio.toFixed(2)} (goal ≤ 1.00)`,
      `  CPU time ratio (ours / hugo + pagefind): ${c.cpuRatio.toFixed(2)}`,
      `  time ratio (ours / plain eleventy markdown): ${c.eleventyRatio.toFixed(2)}`,
    );
  }
  return lines.join("\n");
}

// The one command-line entry (build, ingest, report, score, serve, bench, screenshots): the only module that prints or exits.
import path from "node:path";
import { access, constants, readFile, stat } from "node:fs/promises";
import { parseArgs } from "node:util";
import { ingestFolder } from "./ingest/index.ts";
import { formatReport } from "./report.ts";
import { buildSite, type BuildPhase, type BuildProgress } from "./build.ts";
import { IngestCache } from "./build-cache.ts";
import { runBench, formatBench, scaling, formatScaling } from "./bench/run.ts";
import { serveSite } from "./serve.ts";
import type { IngestResult, Problem } from "./ingest/types.ts";

/** `seeds/x.txt:12: error: message`, the format compilers use. */
export function formatProblem(p: Problem): string {
  return `${p.source}:${p.line}: ${p.severity}: ${p.message}`;
}

const PHASE_UNITS: Record<BuildPhase, string> = { ingest: "articles ingested", model: "", render: "pages written", search: "pages indexed" };

/**
 * Build progress on stdout: on a terminal one line redrawn in place, then a line per finished phase;
 * when stdout is not a terminal, or under CI, only the plain line per finished phase.
 */
function progressPrinter(): { update(p: BuildProgress): void; phase(phase: BuildPhase, end: boolean): void } {
  const live = Boolean(process.stdout.isTTY) && !process.env.CI;
  const state = new Map<BuildPhase, { done: number; total: number | null; t0: number }>();
  let drawn = 0;
  const describe = (phase: BuildPhase) => {
    const s = state.get(phase)!;
    if (s.done === 0 && s.total === null) return phase;
    return `${phase}: ${s.done}${s.total !== null ? `/${s.total}` : ""} ${PHASE_UNITS[phase]}`;
  };
  const draw = () => {
    if (!live) return;
    const now = performance.now();
    if (now - drawn < 100) return;
    drawn = now;
    process.stdout.write(`\r\x1b[K${[...state.keys()].map(describe).join(" · ")}`);
  };
  return {
    update(p) {
      const s = state.get(p.phase);
      if (!s) return;
      s.done = p.done;
      s.total = p.total;
      draw();
    },
    phase(phase, end) {
      if (!end) {
        state.set(phase, { done: 0, total: null, t0: performance.now() });
        return;
      }
      const s = state.get(phase)!;
      const line = `${describe(phase)} in ${((performance.now() - s.t0) / 1000).toFixed(1)} s`;
      state.delete(phase);
      process.stdout.write((live ? "\r\x1b[K" : "") + line + "\n");
      drawn = 0;
      draw();
    },
  };
}

function printProblems(problems: Problem[]): void {
  for (const p of problems) process.stderr.write(formatProblem(p) + "\n");
}

/**
 * Why `out` cannot be written (an errno code), or null. Checks the nearest existing folder instead of calling
 * mkdir({recursive}), which never returns for some paths (/proc/x on Linux, Node 20).
 */
async function outFolderProblem(out: string): Promise<string | null> {
  for (let dir = path.resolve(out); ; dir = path.dirname(dir)) {
    try {
      if (!(await stat(dir)).isDirectory()) return "ENOTDIR";
      await access(dir, constants.W_OK);
      return null;
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code ?? "unknown error";
      if (code !== "ENOENT" || path.dirname(dir) === dir) return code;
    }
  }
}

async function main(argv: string[]): Promise<number> {
  const [command, ...rest] = argv;
  const { values } = parseArgs({
    args: rest,
    options: {
      seeds: { type: "string", default: "seeds" },
      out: { type: "string", default: "_site" },
      strict: { type: "boolean", default: false },
      json: { type: "boolean", default: false },
      debug: { type: "boolean", default: false },
      port: { type: "string", default: "8080" },
      articles: { type: "string", default: "1000" },
      runs: { type: "string", default: "1" },
      seed: { type: "string", default: "1" },
      compare: { type: "boolean", default: false },
      edit: { type: "boolean", default: false },
      alone: { type: "boolean", default: false },
      search: { type: "boolean", default: false },
      queries: { type: "string", default: "neutralité,Astana,désarmement" },
      work: { type: "string", default: "/tmp/archive-bench" },
      "no-cache": { type: "boolean", default: false },
      truth: { type: "string" },
      from: { type: "string" },
    },
    allowPositionals: false,
  });
  // --debug lets an unexpected error in one seed stop the build with its stack instead of skipping the file.
  if (values.debug) process.env.ARCHIVE_DEBUG = "1";
  const seeds = values.seeds!;
  const out = values.out!;
  switch (command) {
    case "ingest": {
      const result = await ingestFolder(seeds);
      if (values.json) process.stdout.write(JSON.stringify(result, null, 2) + "\n");
      else {
        for (const a of result.articles) process.stdout.write(`${a.date ?? "sans date"}  ${a.url}  ${a.title}\n`);
      }
      printProblems(result.problems);
      return 0;
    }
    case "report": {
      process.stdout.write(formatReport(await ingestFolder(seeds)));
      return 0;
    }
    case "score": {
      // Against an editor's truth file: the folder's ingest, or an ingest's JSON saved before (another commit's).
      if (!values.truth) {
        process.stderr.write("usage: cli.ts score --truth FILE [--seeds DIR | --from INGEST.json] [--json]\n");
        return 2;
      }
      const { readTruth, scoreIngest, formatTruthScore } = await import("./bench/truth.ts");
      const articles = values.from ? (JSON.parse(await readFile(values.from, "utf8")) as IngestResult).articles : (await ingestFolder(seeds)).articles;
      const score = scoreIngest(articles, readTruth(values.truth));
      process.stdout.write((values.json ? JSON.stringify(score, null, 2) : formatTruthScore(score)) + "\n");
      return 0;
    }
    case "build": {
      const unwritable = await outFolderProblem(out);
      if (unwritable) {
        printProblems([{ source: out, line: 0, severity: "error", message: `cannot write the output folder (${unwritable}): check the path given to --out` }]);
        return 1;
      }
      const progress = progressPrinter();
      const cache = values["no-cache"] ? undefined : new IngestCache(".cache/ingest");
      const r = await buildSite({ seeds, out, cache, onProgress: progress.update, onPhase: progress.phase });
      printProblems(r.problems);
      const errors = r.problems.filter((p) => p.severity === "error").length;
      process.stderr.write(`built ${r.articles} articles, ${r.pages} pages into ${out}/ (${errors} errors)\n`);
      return values.strict && errors > 0 ? 1 : 0;
    }
    case "serve": {
      await serveSite({ seeds, out, port: Number(values.port), log: (m) => process.stderr.write(m + "\n") });
      return -1;
    }
    case "screenshots": {
      // Loaded here so that other commands never start Playwright.
      const { takeScreenshots } = await import("./site/screenshots.ts");
      for (const f of await takeScreenshots({ seeds, docs: "docs" })) process.stderr.write(`wrote ${f}\n`);
      return 0;
    }
    case "bench": {
      if (values.search) {
        const { probeSearch, formatSearchProbe } = await import("./bench/search-probe.ts");
        const probe = await probeSearch({
          articles: Number(values.articles),
          seed: Number(values.seed),
          work: values.work!,
          corpus: seeds,
          queries: values.queries!.split(","),
          log: (m) => process.stderr.write(m + "\n"),
        });
        process.stdout.write((values.json ? JSON.stringify(probe, null, 2) : formatSearchProbe(probe)) + "\n");
        return 0;
      }
      // `--articles 10000,100000` runs each size in turn and says how time grows from one to the next.
      const sizes = values.articles!.split(",").map(Number).sort((a, b) => a - b);
      if (sizes.some((n) => !Number.isInteger(n) || n < 1)) {
        process.stderr.write(`cli.ts: --articles takes whole numbers separated by commas, not "${values.articles}"\n`);
        return 2;
      }
      const reports = [];
      for (const articles of sizes) {
        const report = await runBench({
          articles,
          seed: Number(values.seed),
          runs: Number(values.runs),
          compare: values.compare!,
          edit: values.edit!,
          alone: values.alone!,
          work: values.work!,
          corpus: seeds,
          log: (m) => process.stderr.write(m + "\n"),
        });
        reports.push(report);
        if (!values.json) process.stdout.write(formatBench(report) + "\n");
      }
      const steps = scaling(reports);
      if (values.json) process.stdout.write(JSON.stringify(reports.length === 1 ? reports[0] : { reports, scaling: steps }, null, 2) + "\n");
      else if (steps.length) process.stdout.write(formatScaling(steps) + "\n");
      return 0;
    }
    default:
      process.stderr.write("usage: cli.ts build|ingest|report|score|serve|bench|screenshots [--seeds DIR] [--out DIR] [--strict] [--json]\n");
      return 2;
  }
}

/** Prints a failure as one line (its stack only with --debug) and sets exit code 1. */
function fail(err: unknown): void {
  const debug = process.argv.includes("--debug");
  // The first line of the message only: library errors (Eleventy's) carry their stack or a code frame in the message.
  const message = (err instanceof Error ? err.message : String(err)).split("\n")[0];
  process.stderr.write(`error: ${message}${debug ? "" : " (run with --debug for details)"}\n`);
  if (debug && err instanceof Error && err.stack) process.stderr.write(err.stack + "\n");
  process.exitCode = 1;
}

// Eleventy can reject a promise it does not return (a passthrough copy into an unwritable folder): without these
// handlers Node prints the stack and the code frame.
process.on("unhandledRejection", (err) => {
  fail(err);
  process.exit(1);
});
process.on("uncaughtException", (err) => {
  fail(err);
  process.exit(1);
});

main(process.argv.slice(2)).then((code) => {
  if (code >= 0) process.exitCode = code;
}, fail);

// The one command-line entry (build, ingest, report, serve, bench): the only module that prints or exits.
import path from "node:path";
import { parseArgs } from "node:util";
import { ingestFolder } from "./ingest/index.ts";
import { buildSite } from "./build.ts";
import { serveSite } from "./serve.ts";
import type { Problem } from "./ingest/types.ts";

/** `seeds/x.txt:12: error: message`, the format compilers use. */
export function formatProblem(p: Problem): string {
  return `${p.source}:${p.line}: ${p.severity}: ${p.message}`;
}

function printProblems(problems: Problem[]): void {
  for (const p of problems) process.stderr.write(formatProblem(p) + "\n");
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
    case "build": {
      const r = await buildSite({ seeds, out });
      printProblems(r.problems);
      const errors = r.problems.filter((p) => p.severity === "error").length;
      process.stderr.write(`built ${r.articles} articles, ${r.pages} pages into ${out}/ (${errors} errors)\n`);
      return values.strict && errors > 0 ? 1 : 0;
    }
    case "serve": {
      await serveSite({ seeds, out, port: Number(values.port), log: (m) => process.stderr.write(m + "\n") });
      return -1;
    }
    default:
      process.stderr.write("usage: cli.ts build|ingest|report|serve|bench [--seeds DIR] [--out DIR] [--strict] [--json]\n");
      return 2;
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    if (code >= 0) process.exitCode = code;
  },
  (err: unknown) => {
    const debug = process.argv.includes("--debug");
    process.stderr.write(`error: ${err instanceof Error ? err.message : String(err)}\n`);
    if (debug && err instanceof Error && err.stack) process.stderr.write(err.stack + "\n");
    process.exitCode = 1;
  },
);

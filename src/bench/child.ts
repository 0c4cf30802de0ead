// Runs one real build in its own process for the bench and prints per-phase wall time and peak memory as JSON.
import { appendFile, readdir } from "node:fs/promises";
import path from "node:path";
import { PerformanceObserver } from "node:perf_hooks";
import { buildSite, type BuildPhase } from "../build.ts";
import { IngestCache } from "../build-cache.ts";
import { childrenCpuMs, rssOf, treeRss } from "./measure.ts";
import { DevBuilder } from "../serve.ts";

/** One phase as the bench reports it. */
export interface PhaseReport {
  phase: BuildPhase;
  /** When the phase started, in ms from the build's start. */
  startMs: number;
  ms: number;
  /** Highest summed RSS of this process and Pagefind's while the phase ran, in bytes. */
  peakRss: number;
  /** Highest RSS of this Node process alone (its threads included, Pagefind's processes not), in bytes. */
  peakNodeRss: number;
}

/**
 * What the child prints on stdout. The files and bytes written are counted by the parent once the child has exited:
 * walking the output is the bench's work, not the build's, and Hugo's time does not include it either.
 */
export interface ChildReport {
  articles: number;
  /** Problems of severity error: a file skipped (a bench whose seeds give errors measures less than it claims). */
  errors: number;
  pages: number;
  ms: number;
  peakRss: number;
  /** Highest RSS of the Node process alone, in bytes. */
  peakNodeRss: number;
  cacheHits: number;
  phases: PhaseReport[];
  /**
   * CPU time, user + system, in ms: this Node process (all its threads), and its child processes (Pagefind's); and the
   * time the main thread was paused by V8's garbage collector (its helper threads' share is in nodeMs, not here).
   */
  cpu: { nodeMs: number; childrenMs: number; gcPauseMs: number };
}

/** What the child prints in `edit` mode: the dev server's first build, then its update after one seed changed. */
export interface EditReport {
  firstBuildMs: number;
  quickMs: number;
  quickPages: number;
  fullRebuildMs: number;
}

/** Builds like the dev server, appends a sentence to one seed (of a copy), and times the update. */
async function measureEdit(seeds: string, out: string): Promise<void> {
  const builder = new DevBuilder(seeds, out);
  const t0 = performance.now();
  await builder.full();
  const firstBuildMs = performance.now() - t0;
  const names = (await readdir(seeds)).filter((n) => n.endsWith(".txt")).sort();
  await appendFile(path.join(seeds, names[Math.floor(names.length / 2)]), "\n\nUne phrase ajoutée par le banc d’essai, pour mesurer la mise à jour du serveur de développement.\n");
  const u = await builder.update();
  const report: EditReport = { firstBuildMs, quickMs: u.quickMs, quickPages: u.quickPages, fullRebuildMs: u.fullMs };
  process.stdout.write(JSON.stringify(report) + "\n");
}

async function main(): Promise<void> {
  const [seeds, out, cacheDir, mode] = process.argv.slice(2);
  if (mode === "edit") return measureEdit(seeds, out);
  const active = new Set<BuildPhase>();
  const peaks = new Map<BuildPhase, number>();
  const nodePeaks = new Map<BuildPhase, number>();
  let peakRss = 0;
  let peakNodeRss = 0;
  const sample = () => {
    const node = rssOf(process.pid);
    // The two are read one after the other: the tree, which holds this process, is at least what this process was.
    const rss = Math.max(treeRss(process.pid), node);
    peakRss = Math.max(peakRss, rss);
    peakNodeRss = Math.max(peakNodeRss, node);
    for (const p of active) {
      peaks.set(p, Math.max(peaks.get(p) ?? 0, rss));
      nodePeaks.set(p, Math.max(nodePeaks.get(p) ?? 0, node));
    }
  };
  const timer = setInterval(sample, 200);
  let gcPauseMs = 0;
  const gc = new PerformanceObserver((list) => {
    for (const e of list.getEntries()) gcPauseMs += e.duration;
  });
  gc.observe({ entryTypes: ["gc"] });
  const t0 = performance.now();
  const r = await buildSite({
    seeds,
    out,
    cache: new IngestCache(cacheDir || undefined),
    oneAtATime: mode === "alone",
    onPhase(phase, end) {
      sample();
      if (end) active.delete(phase);
      else active.add(phase);
    },
  });
  const ms = performance.now() - t0;
  clearInterval(timer);
  gc.disconnect();
  const used = process.cpuUsage();
  const report: ChildReport = {
    articles: r.articles,
    errors: r.problems.filter((p) => p.severity === "error").length,
    pages: r.pages,
    ms,
    peakRss,
    peakNodeRss,
    cacheHits: r.cacheHits,
    phases: r.phases.map((p) => ({ ...p, peakRss: peaks.get(p.phase) ?? 0, peakNodeRss: nodePeaks.get(p.phase) ?? 0 })),
    cpu: { nodeMs: (used.user + used.system) / 1000, childrenMs: childrenCpuMs(), gcPauseMs },
  };
  process.stdout.write(JSON.stringify(report) + "\n");
}

await main();

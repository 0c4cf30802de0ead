// Runs a command and measures its wall time and peak memory: the summed RSS of its whole process tree, polled from /proc.
import { spawn } from "node:child_process";
import { existsSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { readdir, stat } from "node:fs/promises";
import path from "node:path";

/** What one measured run took. */
export interface Measured {
  ms: number;
  /** Highest sum of the resident memory of the process and all its descendants, in bytes (0 without /proc). */
  peakRss: number;
  /** User + system CPU time of the process and its waited-for descendants, ms (from /usr/bin/time; 0 without it). */
  cpuMs: number;
  code: number;
  stdout: string;
  stderr: string;
}

const TIME = "/usr/bin/time";
/** Clock ticks per second of /proc's CPU times (USER_HZ: 100 on every Linux build Node runs on). */
const CLOCK_TICKS = 100;
let runs = 0;

/**
 * The fields of /proc/PID/stat after the command name, which may hold spaces or parentheses: [0] is the state (field 3
 * of proc(5)), [1] the parent pid, [13] and [14] cutime and cstime. Throws when the process is gone.
 */
function statFields(pid: number | "self"): string[] {
  const stat = readFileSync(`/proc/${pid}/stat`, "utf8");
  return stat.slice(stat.lastIndexOf(")") + 2).split(" ");
}

/** Each process's parent, read from /proc/PID/stat. */
function parentMap(): Map<number, number[]> {
  const children = new Map<number, number[]>();
  let names: string[];
  try {
    names = readdirSync("/proc");
  } catch {
    return children;
  }
  for (const name of names) {
    if (!/^\d+$/.test(name)) continue;
    try {
      const ppid = Number(statFields(Number(name))[1]);
      const list = children.get(ppid) ?? [];
      list.push(Number(name));
      children.set(ppid, list);
    } catch {
      // The process ended while the list was read.
    }
  }
  return children;
}

/** Resident memory of `pid`, in bytes (VmRSS). */
export function rssOf(pid: number): number {
  try {
    const m = /VmRSS:\s+(\d+) kB/.exec(readFileSync(`/proc/${pid}/status`, "utf8"));
    return m ? Number(m[1]) * 1024 : 0;
  } catch {
    return 0;
  }
}

/**
 * CPU time, user + system, in ms, of this process's child processes that have ended and been waited for (cutime and
 * cstime of /proc/self/stat: Pagefind's processes, each closed after its part); 0 without /proc.
 */
export function childrenCpuMs(): number {
  try {
    const f = statFields("self");
    return ((Number(f[13]) + Number(f[14])) * 1000) / CLOCK_TICKS;
  } catch {
    return 0;
  }
}

/** Summed resident memory of `root` and its descendants. */
export function treeRss(root: number): number {
  const children = parentMap();
  let total = 0;
  const stack = [root];
  while (stack.length) {
    const pid = stack.pop()!;
    total += rssOf(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

/** Runs `cmd args` in `cwd`, polling the memory of its process tree every `pollMs`. */
export function runMeasured(cmd: string, args: string[], opts: { cwd?: string; env?: NodeJS.ProcessEnv; pollMs?: number } = {}): Promise<Measured> {
  return new Promise((resolve, reject) => {
    // GNU time reports the CPU time of the whole tree: under a loaded machine it varies less than wall time.
    const timeFile = existsSync(TIME) ? path.join(tmpdir(), `bench-time-${process.pid}-${++runs}.txt`) : null;
    const [bin, argv] = timeFile ? [TIME, ["-f", "%U %S", "-o", timeFile, cmd, ...args]] : [cmd, args];
    const t0 = performance.now();
    const child = spawn(bin, argv, { cwd: opts.cwd, env: opts.env ?? process.env, stdio: ["ignore", "pipe", "pipe"] });
    let stdout = "";
    let stderr = "";
    child.stdout.setEncoding("utf8").on("data", (d: string) => (stdout += d));
    child.stderr.setEncoding("utf8").on("data", (d: string) => (stderr += d));
    let peakRss = 0;
    const poll = setInterval(() => {
      if (child.pid) peakRss = Math.max(peakRss, treeRss(child.pid));
    }, opts.pollMs ?? 100);
    child.on("error", (e) => {
      clearInterval(poll);
      reject(new Error(`cannot run ${cmd}: ${e.message}`));
    });
    child.on("close", (code) => {
      clearInterval(poll);
      let cpuMs = 0;
      if (timeFile) {
        try {
          const [user, sys] = readFileSync(timeFile, "utf8").trim().split("\n").pop()!.split(" ").map(Number);
          cpuMs = (user + sys) * 1000;
          rmSync(timeFile, { force: true });
        } catch {
          // GNU time could not write its report (the command was killed): no CPU figure.
        }
      }
      resolve({ ms: performance.now() - t0, peakRss, cpuMs, code: code ?? 1, stdout, stderr });
    });
  });
}

/** Counts the files and bytes under `dir`. */
export async function measureOutput(dir: string): Promise<{ files: number; bytes: number }> {
  let files = 0;
  let bytes = 0;
  for (const entry of await readdir(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile()) continue;
    files++;
    bytes += (await stat(path.join(entry.parentPath ?? entry.path, entry.name))).size;
  }
  return { files, bytes };
}

import { spawn, type ChildProcess } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, readdirSync, rmSync } from "node:fs";
import { readFile } from "node:fs/promises";
import { constants, tmpdir } from "node:os";
import { join } from "node:path";

/** One command to time: what to run, where, and with which environment. */
export interface Invocation {
  cmd: string;
  args: string[];
  cwd?: string;
  env?: NodeJS.ProcessEnv;
}

/** One timed run of a whole process. */
export interface Sample {
  /** Wall time from spawn to exit, in milliseconds. */
  ms: number;
  /** Peak resident memory of the process in KiB, or null when it could not be measured. */
  peakKb: number | null;
  /** CPU time (user + system, all threads) in milliseconds, or null when unknown; less sensitive than wall time to other load. */
  cpuMs: number | null;
  /** Exit code (null when killed). */
  code: number | null;
  /** The signal that ended the process, when one did. */
  signal?: NodeJS.Signals | null;
  /** The last part of stdout and stderr, for reporting a failed build. */
  output: string;
}

const GNU_TIME = "/usr/bin/time";
const TIMEOUT_MS = 20 * 60 * 1000;
const KEEP_OUTPUT = 4000;

/** Runs in progress; each is the leader of its own process group (the engine plus anything it starts). */
const active = new Set<ChildProcess>();
/** Temporary folders of runs in progress (GNU time's report files). */
const scratch = new Set<string>();

function killGroup(child: ChildProcess): void {
  try {
    if (child.pid !== undefined) process.kill(-child.pid, "SIGKILL");
  } catch {
    // already gone
  }
}

/** Kills every run still in progress with all its descendants (for Ctrl-C or a termination signal). */
export function killActive(): void {
  for (const child of active) killGroup(child);
  for (const dir of scratch) rmSync(dir, { recursive: true, force: true });
}

/** Runs a command to completion, measuring wall time and peak memory (via `/usr/bin/time -f %M`, else /proc polling). */
export async function measure(inv: Invocation): Promise<Sample> {
  if (existsSync(GNU_TIME)) return measureWithTime(inv);
  return measureWithProc(inv);
}

/** `measure` through GNU time (`/usr/bin/time`, Debian package `time`): exact peak RSS and CPU time. */
export async function measureWithTime(inv: Invocation): Promise<Sample> {
  const dir = mkdtempSync(join(tmpdir(), "lectern-bench-time-"));
  const file = join(dir, "maxrss");
  scratch.add(dir);
  try {
    const run = await spawnTimed(GNU_TIME, ["-f", "%M %U %S", "-o", file, inv.cmd, ...inv.args], inv, () => {});
    const text = existsSync(file) ? readFileSync(file, "utf8") : "";
    // GNU time notes an engine ended by a signal as "Command terminated by signal N".
    const killed = /terminated by signal (\d+)/.exec(text);
    if (killed && !run.signal) run.signal = signalName(Number(killed[1]));
    // GNU time writes "Command exited with non-zero status N" before the figures when the command fails.
    const m = /^(\d+) (\d+(?:\.\d+)?) (\d+(?:\.\d+)?)$/.exec(text.trim().split("\n").pop() ?? "");
    if (!m) return { ...run, peakKb: null, cpuMs: null };
    return { ...run, peakKb: Number(m[1]), cpuMs: (Number(m[2]) + Number(m[3])) * 1000 };
  } finally {
    scratch.delete(dir);
    rmSync(dir, { recursive: true, force: true });
  }
}

function signalName(n: number): NodeJS.Signals | null {
  const entry = Object.entries(constants.signals).find(([, v]) => v === n);
  return entry ? (entry[0] as NodeJS.Signals) : null;
}

/** `measure` without GNU time: peak memory by polling VmHWM in /proc/PID/status; no CPU time. */
export async function measureWithProc(inv: Invocation): Promise<Sample> {
  let peakKb: number | null = null;
  let timer: NodeJS.Timeout | undefined;
  const run = await spawnTimed(inv.cmd, inv.args, inv, (pid) => {
    const status = `/proc/${pid}/status`;
    if (!existsSync(status)) return;
    const poll = async (): Promise<void> => {
      try {
        const m = /VmHWM:\s+(\d+) kB/.exec(await readFile(status, "utf8"));
        if (m) peakKb = Math.max(peakKb ?? 0, Number(m[1]));
      } catch {
        // the process has exited between polls
      }
    };
    timer = setInterval(() => void poll(), 10);
    void poll();
  });
  if (timer) clearInterval(timer);
  return { ...run, peakKb, cpuMs: null };
}

function spawnTimed(
  cmd: string,
  args: string[],
  inv: Invocation,
  started: (pid: number) => void,
): Promise<Omit<Sample, "peakKb" | "cpuMs">> {
  return new Promise((resolve) => {
    let output = "";
    const keep = (chunk: Buffer): void => {
      output = (output + chunk.toString("utf8")).slice(-KEEP_OUTPUT);
    };
    const t0 = process.hrtime.bigint();
    // A process group of its own, so a timeout or Ctrl-C also stops the engine under /usr/bin/time.
    const child = spawn(cmd, args, {
      cwd: inv.cwd,
      env: inv.env ?? process.env,
      stdio: ["ignore", "pipe", "pipe"],
      detached: true,
    });
    active.add(child);
    const killer = setTimeout(() => killGroup(child), TIMEOUT_MS);
    child.stdout.on("data", keep);
    child.stderr.on("data", keep);
    if (child.pid !== undefined) started(child.pid);
    const finish = (code: number | null, extra = "", signal: NodeJS.Signals | null = null): void => {
      clearTimeout(killer);
      active.delete(child);
      const ms = Number(process.hrtime.bigint() - t0) / 1e6;
      resolve({ ms, code, signal, output: output + extra });
    };
    child.on("error", (err) => finish(null, String(err)));
    child.on("close", (code, signal) => finish(code, "", signal));
  });
}

/** The median of a non-empty list of numbers. */
export function median(values: number[]): number {
  const s = [...values].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid]! : (s[mid - 1]! + s[mid]!) / 2;
}

/** Counts the `.html` files under `dir` (the built pages); 0 when it does not exist. */
export function countHtml(dir: string): number {
  if (!existsSync(dir)) return 0;
  let n = 0;
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (entry.isFile() && entry.name.endsWith(".html")) n++;
  }
  return n;
}

/** True when `name` is an executable found on PATH. */
export function onPath(name: string): boolean {
  for (const dir of (process.env.PATH ?? "").split(":")) {
    if (dir && existsSync(join(dir, name))) return true;
  }
  return false;
}

/** Why a run failed, for the tables: "exit 1" or "killed by SIGTERM". */
export function failureText(sample: Sample | null | undefined): string {
  if (!sample) return "failed";
  if (sample.signal) return `killed by ${sample.signal}`;
  return `exit ${sample.code ?? "?"}`;
}

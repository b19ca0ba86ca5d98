import { execFileSync } from "node:child_process";
import { existsSync, readFileSync } from "node:fs";
import { cpus, loadavg, totalmem } from "node:os";
import { join } from "node:path";
import type { Engine, EngineName } from "./engines.js";
import { REPO_ROOT } from "./engines.js";

function firstLine(cmd: string, args: string[]): string {
  try {
    return (
      execFileSync(cmd, args, { encoding: "utf8", stdio: ["ignore", "pipe", "ignore"], timeout: 30000 })
        .trim()
        .split("\n")[0] ?? ""
    );
  } catch {
    return "unknown";
  }
}

function packageVersion(dir: string): string {
  const file = join(dir, "package.json");
  return existsSync(file) ? (JSON.parse(readFileSync(file, "utf8")) as { version: string }).version : "unknown";
}

/** One line describing the machine: CPU model, core count, memory, OS, Node. */
export function machineLine(): string {
  let model = cpus()[0]?.model ?? "unknown CPU";
  if (existsSync("/proc/cpuinfo")) {
    const m = /^model name\s*:\s*(.+)$/m.exec(readFileSync("/proc/cpuinfo", "utf8"));
    if (m) model = m[1]!.trim();
  }
  const cores = firstLine("nproc", []) || String(cpus().length);
  return `${model}, ${cores} cores (nproc), ${Math.round(totalmem() / 2 ** 30)} GiB RAM, ${process.platform} ${firstLine("uname", ["-r"])}, Node ${process.version}`;
}

/** The version of each runnable engine, e.g. "hugo v0.111.3". */
export function engineVersions(all: Record<EngineName, Engine>): string[] {
  const out: string[] = [];
  for (const e of Object.values(all)) {
    if (e.missing) continue;
    if (e.name === "lectern") out.push(`lectern ${packageVersion(REPO_ROOT)}`);
    if (e.name === "jekyll") out.push(firstLine("jekyll", ["--version"]));
    if (e.name === "hugo") out.push(firstLine("hugo", ["version"]).split(" ").slice(0, 2).join(" "));
    if (e.name === "eleventy")
      out.push(`eleventy ${packageVersion(join(REPO_ROOT, "node_modules", "@11ty", "eleventy"))}`);
  }
  return out;
}

/** The 1-minute load average, to show whether other work shared the machine during the run. */
export function loadLine(): string {
  return loadavg()[0]!.toFixed(2);
}

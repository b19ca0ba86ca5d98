/**
 * `npm run bench`: builds the same synthetic academic site with Lectern, Hugo, Jekyll and Eleventy,
 * times the real dev-corpus sites (Lectern vs Jekyll) and the example site, and prints Markdown
 * tables ready for the README. Progress goes to stderr, results to stdout.
 */
import { existsSync, mkdirSync, mkdtempSync, rmSync } from "node:fs";
import { cpus, tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { parseBenchArgs, USAGE, type BenchOptions } from "./args.js";
import { engines } from "./engines.js";
import { runExtras } from "./extras.js";
import { failureText, killActive } from "./measure.js";
import { engineVersions, loadLine, machineLine } from "./machine.js";
import { realSitesTable, runExample, runRealSites, type RealSiteResult, type SiteTiming } from "./realsites.js";
import { runSynthetic, syntheticTable, type SyntheticResult } from "./synthetic.js";
import { formatMs } from "./table.js";
import { targetLines } from "./targets.js";

const EXAMPLE_RUNS = 10;

function log(line: string): void {
  process.stderr.write(`[bench] ${line}\n`);
}

function print(text: string): void {
  process.stdout.write(`${text}\n\n`);
}

/** Runs the benchmark parts the options ask for and prints their tables; resolves to the exit code. */
export async function runBench(opts: BenchOptions): Promise<number> {
  const all = engines(opts.profile ? resolve(opts.profile) : null);
  if (!existsSync("/usr/bin/time"))
    log("/usr/bin/time not found (Debian package `time`): peak memory is polled from /proc, CPU time not shown");
  const work = opts.workdir ? resolve(opts.workdir) : mkdtempSync(join(tmpdir(), "lectern-bench-"));
  mkdirSync(work, { recursive: true });
  const stop = (signal: NodeJS.Signals): void => {
    killActive();
    if (!opts.workdir) rmSync(work, { recursive: true, force: true });
    log(`stopped by ${signal}`);
    process.exit(130);
  };
  process.once("SIGINT", stop);
  process.once("SIGTERM", stop);
  const command = ["npm run bench", ...(process.argv.length > 2 ? ["--", ...process.argv.slice(2)] : [])].join(" ");
  print(
    `## Benchmark\n\nCommand: \`${command}\`  \nMachine: ${machineLine()}  \nEngines: ${engineVersions(all).join(", ") || "none installed"}  \nDate: ${new Date().toISOString().slice(0, 10)}, load average at start ${loadLine()}`,
  );
  let synthetic: SyntheticResult[] = [];
  let real: RealSiteResult[] = [];
  let example: SiteTiming | null = null;
  try {
    if (opts.synthetic) {
      const report = await runSynthetic(opts, all, work, log);
      synthetic = report.results;
      const parity = report.parity.length ? `\n\n${report.parity.join("  \n")}` : "";
      print(
        `### Synthetic academic site (N publications + 1 index page)\n\nWhole process, cold (fresh process, no caches), median of the runs. CPU time is user + system over all threads (median); peak memory is the largest resident set of a run; time vs Lectern divides wall times.\n\n${syntheticTable(synthetic)}${parity}`,
      );
    }
    if (opts.real) {
      real = await runRealSites(all, opts.runs, opts.jekyll, opts.sites, work, log);
      if (real.length) print(`### Real academicpages sites (dev corpus)\n\n${realSitesTable(real, opts.runs)}`);
      else log("no dev-corpus site present locally (set CORPUS and DEV_LIST); skipping real sites");
      example = await runExample(all.lectern, EXAMPLE_RUNS, work, log);
      if (example) {
        const warm =
          example.warmMs == null
            ? ""
            : `; warm (median of the other ${EXAMPLE_RUNS - 1} runs, reusing the build cache the first left): ${formatMs(example.warmMs)}`;
        const figure =
          example.medianMs === null
            ? `failed (${failureText(example.failure)})`
            : `cold (first run, \`.lectern-cache\` deleted before it): ${formatMs(example.medianMs)}${warm} (${example.pages} pages)`;
        print(`### Example site\n\nLectern, ${EXAMPLE_RUNS} runs, process start included: ${figure}`);
      }
    }
    if (opts.extras)
      for (const section of await runExtras({ quick: opts.quick, jekyll: opts.jekyll }, log)) print(section);
    const targets = targetLines(synthetic, real, example);
    if (targets.length) print(`### Targets\n\n${targets.join("\n")}`);
    print(
      `Load average at the end: ${loadLine()} (${cpus().length} cores); figures taken on a busy machine are slower.`,
    );
  } finally {
    if (!opts.workdir) rmSync(work, { recursive: true, force: true });
  }
  return 0;
}

async function main(): Promise<void> {
  let opts: BenchOptions | "help";
  try {
    opts = parseBenchArgs(process.argv.slice(2));
  } catch (err) {
    console.error(`bench: ${err instanceof Error ? err.message : String(err)}\n\n${USAGE}`);
    process.exitCode = 2;
    return;
  }
  if (opts === "help") {
    console.log(USAGE);
    return;
  }
  process.exitCode = await runBench(opts);
}

await main();

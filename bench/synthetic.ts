import { rmSync } from "node:fs";
import { join } from "node:path";
import type { BenchOptions } from "./args.js";
import type { Engine, EngineName } from "./engines.js";
import { generateSite, type Flavour } from "./generate.js";
import { compareWithJekyll, PARITY_MAX_N } from "./parity.js";
import { countHtml, failureText, measure, median, type Sample } from "./measure.js";
import { formatInt, formatKb, formatMs, formatRatio, markdownTable } from "./table.js";

/** Jekyll takes about two minutes per run at this size, so by default it runs once. */
export const JEKYLL_ONCE_FROM = 10000;

/** The measurements of one engine at one size. */
export interface SyntheticResult {
  engine: EngineName;
  n: number;
  /** Successful runs, in order. */
  samples: Sample[];
  failures: Sample[];
  /** Pages (HTML files) the last successful run wrote; N + 1 when the build is complete. */
  pages: number;
  medianMs: number | null;
  /** Median CPU time (user + system) of the successful runs, when measured. */
  cpuMs: number | null;
  peakKb: number | null;
}

type Log = (line: string) => void;

/** Everything the synthetic part measured: one row per engine and size, plus output checks against Jekyll. */
export interface SyntheticReport {
  results: SyntheticResult[];
  parity: string[];
}

/** Builds the synthetic site of every size with every engine, cold, round-robin over the runs. */
export async function runSynthetic(
  opts: BenchOptions,
  all: Record<EngineName, Engine>,
  work: string,
  log: Log,
): Promise<SyntheticReport> {
  const chosen = opts.engines
    .map((n) => all[n])
    .filter((e) => {
      if (e.missing) log(`skipping ${e.name}: ${e.missing}`);
      return !e.missing;
    });
  const results: SyntheticResult[] = [];
  const parity: string[] = [];
  for (const n of opts.sizes) {
    const sites = new Map<Flavour, string>();
    for (const flavour of new Set(chosen.map((e) => e.flavour))) {
      const dir = join(work, `site-${n}`, flavour);
      generateSite(dir, flavour, n);
      sites.set(flavour, dir);
    }
    const rows = chosen.map(
      (e): SyntheticResult => ({
        engine: e.name,
        n,
        samples: [],
        failures: [],
        pages: 0,
        medianMs: null,
        cpuMs: null,
        peakKb: null,
      }),
    );
    for (let run = 0; run < opts.runs; run++) {
      for (const [i, engine] of chosen.entries()) {
        if (engine.name === "jekyll" && n >= JEKYLL_ONCE_FROM && run > 0 && !opts.fullJekyll) continue;
        const row = rows[i]!;
        const site = sites.get(engine.flavour)!;
        const out = join(work, `out-${n}`, engine.name);
        rmSync(out, { recursive: true, force: true });
        engine.clean(site);
        const sample = await measure(engine.command(site, out));
        if (sample.code === 0) {
          row.samples.push(sample);
          row.pages = countHtml(out);
          const check = row.pages === n + 1 ? "" : `  PAGE COUNT ${row.pages}, expected ${n + 1}`;
          log(
            `${engine.name} N=${n} run ${run + 1}: ${formatMs(sample.ms)} (CPU ${sample.cpuMs === null ? "n/a" : formatMs(sample.cpuMs)}), ${formatKb(sample.peakKb)}${check}`,
          );
        } else {
          row.failures.push(sample);
          log(`${engine.name} N=${n} run ${run + 1}: FAILED (${failureText(sample)})\n${sample.output.trim()}`);
        }
      }
    }
    for (const row of rows) {
      if (row.samples.length) {
        row.medianMs = median(row.samples.map((s) => s.ms));
        const cpu = row.samples.map((s) => s.cpuMs).filter((c): c is number => c !== null);
        row.cpuMs = cpu.length === row.samples.length ? median(cpu) : null;
        const peaks = row.samples.map((s) => s.peakKb).filter((p): p is number => p !== null);
        row.peakKb = peaks.length ? Math.max(...peaks) : null;
      }
      results.push(row);
    }
    const built = (name: EngineName): boolean => rows.some((r) => r.engine === name && r.samples.length > 0);
    if (n <= PARITY_MAX_N && built("lectern") && built("jekyll")) {
      parity.push(await compareWithJekyll(join(work, `out-${n}`, "jekyll"), join(work, `out-${n}`, "lectern"), n));
    }
    rmSync(join(work, `site-${n}`), { recursive: true, force: true });
    rmSync(join(work, `out-${n}`), { recursive: true, force: true });
  }
  return { results, parity };
}

/** The synthetic results as one Markdown table, ratios relative to Lectern at the same size. */
export function syntheticTable(results: SyntheticResult[]): string {
  const rows = results.map((r) => {
    const lectern = results.find((x) => x.engine === "lectern" && x.n === r.n && x.medianMs !== null);
    const ok = r.pages === r.n + 1;
    const pages = r.samples.length
      ? ok
        ? `${formatInt(r.pages)} ✓`
        : `${formatInt(r.pages)} ✗ (expected ${formatInt(r.n + 1)})`
      : "—";
    const runs = `${r.samples.length}${r.failures.length ? ` (+${r.failures.length} failed)` : ""}${r.engine === "jekyll" && r.n >= JEKYLL_ONCE_FROM && r.samples.length === 1 ? "*" : ""}`;
    if (r.medianMs === null) {
      return [r.engine, formatInt(r.n), runs, `failed (${failureText(r.failures[0])})`, "—", "—", "—", "—", pages];
    }
    return [
      r.engine,
      formatInt(r.n),
      runs,
      formatMs(r.medianMs),
      r.cpuMs === null ? "n/a" : formatMs(r.cpuMs),
      formatKb(r.peakKb),
      formatInt(Math.round(((r.n + 1) * 1000) / r.medianMs)),
      lectern?.medianMs ? formatRatio(r.medianMs / lectern.medianMs) : "—",
      pages,
    ];
  });
  const table = markdownTable(
    [
      "Engine",
      "N",
      "Runs",
      "Wall time (median)",
      "CPU time",
      "Peak memory",
      "Pages/s",
      "Time vs Lectern",
      "Pages written",
    ],
    rows,
    [false, true, true, true, true, true, true, true, false],
  );
  const once = results.some((r) => r.engine === "jekyll" && r.n >= JEKYLL_ONCE_FROM && r.samples.length === 1);
  return once
    ? `${table}\n\n\\* Jekyll ran once at N ≥ ${formatInt(JEKYLL_ONCE_FROM)} (about 2 minutes per run); pass \`--full-jekyll\` for every run.`
    : table;
}

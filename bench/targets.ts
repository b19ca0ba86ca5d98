import type { RealSiteResult, SiteTiming } from "./realsites.js";
import { speedups } from "./realsites.js";
import type { SyntheticResult } from "./synthetic.js";
import { median } from "./measure.js";
import { formatInt, formatKb, formatMs, formatRatio } from "./table.js";

const GB_KB = 1024 * 1024;

function mark(ok: boolean): string {
  return ok ? "met" : "NOT met";
}

/** The targets of issues 6 and 9, checked against what this run measured (only those it could check). */
export function targetLines(
  synthetic: SyntheticResult[],
  real: RealSiteResult[],
  example: SiteTiming | null,
): string[] {
  const lines: string[] = [];
  const lectern = synthetic.filter((r) => r.engine === "lectern" && r.medianMs !== null);
  const largest = lectern.reduce<SyntheticResult | null>((a, r) => (a === null || r.n > a.n ? r : a), null);
  if (largest) {
    const hugo = synthetic.find((r) => r.engine === "hugo" && r.n === largest.n && r.medianMs !== null);
    if (hugo) {
      lines.push(
        `- N = ${formatInt(largest.n)}: Lectern ${formatMs(largest.medianMs!)} vs Hugo ${formatMs(hugo.medianMs!)}: no slower than Hugo, ${mark(largest.medianMs! <= hugo.medianMs!)}`,
      );
    }
    if (largest.peakKb !== null)
      lines.push(
        `- N = ${formatInt(largest.n)}: peak memory ${formatKb(largest.peakKb)} (under 1 GB): ${mark(largest.peakKb < GB_KB)}`,
      );
    const complete = lectern.every((r) => r.pages === r.n + 1);
    lines.push(`- Lectern wrote N + 1 pages at every size: ${mark(complete)}`);
  }
  const small = lectern.find((r) => r.n === 1000);
  const big = lectern.find((r) => r.n === 10000);
  if (small && big) {
    const ratio = big.medianMs! / small.medianMs!;
    lines.push(`- Scaling: t(10,000) / t(1,000) = ${ratio.toFixed(1)} (at most 12): ${mark(ratio <= 12)}`);
  }
  const ups = speedups(real);
  if (ups.length) {
    const m = median(ups);
    lines.push(
      `- Real sites: Lectern (cold) ${formatRatio(m)} faster than Jekyll (median of ${ups.length} sites; at least 30×): ${mark(m >= 30)}`,
    );
    const slowest = Math.min(...ups);
    const cpu = speedups(real, "cpuMs");
    if (cpu.length) lines.push(`- Real sites, by CPU time instead of wall time: median ${formatRatio(median(cpu))}`);
    const warm = speedups(real, "warmMs");
    if (warm.length)
      lines.push(
        `- Real sites, Lectern warm (its build cache from the run before) against Jekyll cold: median ${formatRatio(median(warm))}`,
      );
    lines.push(
      `- Real sites: every site at least 20× faster than Jekyll, Lectern cold (slowest: ${formatRatio(slowest)}): ${mark(slowest >= 20)}`,
    );
  }
  if (example?.medianMs != null)
    lines.push(
      `- Example site, cold: ${formatMs(example.medianMs)} including process start (under 150 ms): ${mark(example.medianMs < 150)}`,
    );
  if (example?.warmMs != null)
    lines.push(
      `- Example site, warm (build cache from the run before): ${formatMs(example.warmMs)} (under 150 ms): ${mark(example.warmMs < 150)}`,
    );
  return lines;
}

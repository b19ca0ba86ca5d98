import { existsSync, readFileSync, rmSync } from "node:fs";
import { join, resolve } from "node:path";
import type { Engine, EngineName } from "./engines.js";
import { REPO_ROOT } from "./engines.js";
import { countHtml, failureText, measure, median, type Sample } from "./measure.js";
import { formatInt, formatMs, formatRatio, markdownTable } from "./table.js";

/** Where the real academicpages sites are unpacked (`src/NAME`) and their override configs kept (`ref/NAME.override.yml`). */
export function corpusRoot(): string {
  return process.env.CORPUS ?? resolve(REPO_ROOT, "..", "corpus");
}

/** The list of development sites (tab-separated: name, repository, commit; `#` comments). */
export function devListPath(): string {
  return process.env.DEV_LIST ?? resolve(REPO_ROOT, "..", "shared", "corpus", "dev.txt");
}

/** Names of the sites in the dev list that are present locally (only those matching `filter`, when given). */
export function localDevSites(filter: string[] = []): string[] {
  const list = devListPath();
  if (!existsSync(list)) return [];
  const names = readFileSync(list, "utf8").split("\n").map((l) => l.split("\t")[0]!.trim()).filter((n) => n && !n.startsWith("#"));
  const wanted = (n: string): boolean => filter.length === 0 || filter.some((f) => n.includes(f));
  return names.filter((n) => wanted(n) && existsSync(join(corpusRoot(), "src", n)));
}

/** One engine's timings on one real site. */
export interface SiteTiming {
  /** Median wall time; null when any run failed. */
  medianMs: number | null;
  /** Median CPU time (user + system), when measured. */
  cpuMs: number | null;
  pages: number;
  failure: Sample | null;
}

/** One real site: Lectern and (optionally) Jekyll side by side. */
export interface RealSiteResult {
  name: string;
  lectern: SiteTiming | null;
  jekyll: SiteTiming | null;
}

type Log = (line: string) => void;

async function time(engine: Engine, site: string, out: string, configs: string[], runs: number, log: Log, label: string): Promise<SiteTiming> {
  const ms: number[] = [];
  const cpu: number[] = [];
  let pages = 0;
  let failure: Sample | null = null;
  for (let run = 0; run < runs; run++) {
    rmSync(out, { recursive: true, force: true });
    engine.clean(site);
    const sample = await measure(engine.command(site, out, configs));
    if (sample.code !== 0) {
      failure = sample;
      log(`${engine.name} ${label}: FAILED (${failureText(sample)})\n${sample.output.trim().split("\n").slice(-15).join("\n")}`);
      break;
    }
    ms.push(sample.ms);
    if (sample.cpuMs !== null) cpu.push(sample.cpuMs);
    pages = countHtml(out);
    log(`${engine.name} ${label} run ${run + 1}: ${formatMs(sample.ms)}, ${pages} pages`);
  }
  rmSync(out, { recursive: true, force: true });
  if (failure || !ms.length) return { medianMs: null, cpuMs: null, pages, failure };
  return { medianMs: median(ms), cpuMs: cpu.length === ms.length ? median(cpu) : null, pages, failure };
}

function configsFor(name: string, site: string): string[] {
  const override = join(corpusRoot(), "ref", `${name}.override.yml`);
  if (!existsSync(override)) return [];
  const base = ["_config.yml", "_config.yaml"].map((f) => join(site, f)).find((f) => existsSync(f));
  return base ? [base, override] : [override];
}

/** Times every local dev-corpus site with Lectern and, when `withJekyll`, with Jekyll (same override config, same environment). */
export async function runRealSites(all: Record<EngineName, Engine>, runs: number, withJekyll: boolean, filter: string[], work: string, log: Log): Promise<RealSiteResult[]> {
  const results: RealSiteResult[] = [];
  for (const name of localDevSites(filter)) {
    const site = join(corpusRoot(), "src", name);
    const configs = configsFor(name, site);
    const out = join(work, "real-out");
    const result: RealSiteResult = { name, lectern: null, jekyll: null };
    if (!all.lectern.missing) result.lectern = await time(all.lectern, site, out, configs, runs, log, name);
    if (withJekyll && !all.jekyll.missing) result.jekyll = await time(all.jekyll, site, out, configs, runs, log, name);
    results.push(result);
  }
  return results;
}

/** Jekyll's median time (wall, or CPU) divided by Lectern's for each site where both built. */
export function speedups(results: RealSiteResult[], which: "medianMs" | "cpuMs" = "medianMs"): number[] {
  return results.flatMap((r) => {
    const l = r.lectern?.[which];
    const j = r.jekyll?.[which];
    return l && j ? [j / l] : [];
  });
}

/** Page count Jekyll produced: from this run, else from the stored reference build. */
function jekyllPages(r: RealSiteResult): number | null {
  if (r.jekyll && r.jekyll.medianMs !== null) return r.jekyll.pages;
  const ref = join(corpusRoot(), "ref", r.name);
  return existsSync(ref) ? countHtml(ref) : null;
}

/** The real-site results as a Markdown table. */
export function realSitesTable(results: RealSiteResult[], runs: number): string {
  const wall = (t: SiteTiming | null): string => (t === null ? "—" : t.medianMs === null ? `failed (${failureText(t.failure)})` : formatMs(t.medianMs));
  const cpu = (t: SiteTiming | null): string => (t?.cpuMs == null ? "—" : formatMs(t.cpuMs));
  const ratio = (l: number | null | undefined, j: number | null | undefined): string => (l && j ? formatRatio(j / l) : "—");
  const rows = results.map((r) => {
    const jp = jekyllPages(r);
    const lp = r.lectern?.medianMs != null ? r.lectern.pages : null;
    const pages = `${lp === null ? "—" : formatInt(lp)} / ${jp === null ? "—" : formatInt(jp)}${lp !== null && jp !== null && lp !== jp ? " ✗" : ""}`;
    return [r.name, pages, wall(r.lectern), cpu(r.lectern), wall(r.jekyll), cpu(r.jekyll), ratio(r.lectern?.medianMs, r.jekyll?.medianMs), ratio(r.lectern?.cpuMs, r.jekyll?.cpuMs)];
  });
  const up = speedups(results);
  const upCpu = speedups(results, "cpuMs");
  if (up.length) rows.push(["**median**", "", "", "", "", "", `**${formatRatio(median(up))}**`, upCpu.length ? `**${formatRatio(median(upCpu))}**` : ""]);
  return `Median of ${runs} run(s) per site, whole process, cold (no caches); Jekyll pages from this run, else from the stored reference build.\n\n` +
    markdownTable(
      ["Site", "Pages (Lectern / Jekyll)", "Lectern", "Lectern CPU", "Jekyll", "Jekyll CPU", "Jekyll ÷ Lectern", "(CPU)"],
      rows,
      [false, true, true, true, true, true, true, true],
    );
}

/** Times Lectern on the repository's example site (target: under 150 ms, process start included). */
export async function runExample(lectern: Engine, runs: number, work: string, log: Log): Promise<SiteTiming | null> {
  const site = join(REPO_ROOT, "example");
  if (lectern.missing || !existsSync(join(site, "_config.yml"))) return null;
  return time(lectern, site, join(work, "example-out"), [], runs, log, "example");
}

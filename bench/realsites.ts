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
  const names = readFileSync(list, "utf8")
    .split("\n")
    .map((l) => l.split("\t")[0]!.trim())
    .filter((n) => n && !n.startsWith("#"));
  const wanted = (n: string): boolean => filter.length === 0 || filter.some((f) => n.includes(f));
  return names.filter((n) => wanted(n) && existsSync(join(corpusRoot(), "src", n)));
}

/** One engine's timings on one real site. */
export interface SiteTiming {
  /** Median wall time of cold runs; for Lectern the first run only (its build cache is cleared before it); null when any run failed. */
  medianMs: number | null;
  /** CPU time (user + system) of the same run(s), when measured. */
  cpuMs: number | null;
  /** Lectern: median wall time of the runs after the first, which find the build cache the first one left (null: no such run). */
  warmMs?: number | null;
  /** CPU time of the warm runs. */
  warmCpuMs?: number | null;
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

/**
 * Times `runs` builds of a site. Every run is cold (the engine's caches cleared first), except with `warm`:
 * then only the first is, and the others reuse the cache it left (Lectern's `.lectern-cache`).
 */
async function time(
  engine: Engine,
  site: string,
  out: string,
  configs: string[],
  runs: number,
  log: Log,
  label: string,
  warm = false,
): Promise<SiteTiming> {
  const ms: number[] = [];
  const cpu: number[] = [];
  let pages = 0;
  let failure: Sample | null = null;
  for (let run = 0; run < runs; run++) {
    rmSync(out, { recursive: true, force: true });
    if (!warm || run === 0) engine.clean(site);
    const sample = await measure(engine.command(site, out, configs));
    if (sample.code !== 0) {
      failure = sample;
      log(
        `${engine.name} ${label}: FAILED (${failureText(sample)})\n${sample.output.trim().split("\n").slice(-15).join("\n")}`,
      );
      break;
    }
    ms.push(sample.ms);
    if (sample.cpuMs !== null) cpu.push(sample.cpuMs);
    pages = countHtml(out);
    log(
      `${engine.name} ${label} run ${run + 1}${warm ? (run === 0 ? " (cold)" : " (warm)") : ""}: ${formatMs(sample.ms)}, ${pages} pages`,
    );
  }
  rmSync(out, { recursive: true, force: true });
  if (warm) engine.clean(site);
  if (failure || !ms.length) return { medianMs: null, cpuMs: null, pages, failure };
  const cpuOf = (values: number[], count: number): number | null =>
    values.length === count && count > 0 ? median(values) : null;
  if (!warm) return { medianMs: median(ms), cpuMs: cpuOf(cpu, ms.length), pages, failure };
  const [coldMs, ...warmMs] = ms;
  const [coldCpu, ...warmCpu] = cpu.length === ms.length ? cpu : [];
  return {
    medianMs: coldMs!,
    cpuMs: coldCpu ?? null,
    warmMs: warmMs.length ? median(warmMs) : null,
    warmCpuMs: cpuOf(warmCpu, warmMs.length),
    pages,
    failure,
  };
}

function configsFor(name: string, site: string): string[] {
  const override = join(corpusRoot(), "ref", `${name}.override.yml`);
  if (!existsSync(override)) return [];
  const base = ["_config.yml", "_config.yaml"].map((f) => join(site, f)).find((f) => existsSync(f));
  return base ? [base, override] : [override];
}

/** Times every local dev-corpus site with Lectern and, when `withJekyll`, with Jekyll (same override config, same environment). */
export async function runRealSites(
  all: Record<EngineName, Engine>,
  runs: number,
  withJekyll: boolean,
  filter: string[],
  work: string,
  log: Log,
): Promise<RealSiteResult[]> {
  const results: RealSiteResult[] = [];
  for (const name of localDevSites(filter)) {
    const site = join(corpusRoot(), "src", name);
    const configs = configsFor(name, site);
    const out = join(work, "real-out");
    const result: RealSiteResult = { name, lectern: null, jekyll: null };
    if (!all.lectern.missing) result.lectern = await time(all.lectern, site, out, configs, runs, log, name, true);
    if (withJekyll && !all.jekyll.missing) result.jekyll = await time(all.jekyll, site, out, configs, runs, log, name);
    results.push(result);
  }
  return results;
}

/** Jekyll's median time (wall, or CPU) divided by Lectern's (cold, or with `warmMs` warm) for each site where both built. */
export function speedups(results: RealSiteResult[], which: "medianMs" | "cpuMs" | "warmMs" = "medianMs"): number[] {
  return results.flatMap((r) => {
    const l = r.lectern?.[which];
    const j = r.jekyll?.[which === "warmMs" ? "medianMs" : which];
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
  const wall = (t: SiteTiming | null | undefined, ms: number | null | undefined = t?.medianMs): string =>
    !t ? "—" : t.medianMs === null ? `failed (${failureText(t.failure)})` : ms == null ? "—" : formatMs(ms);
  const cpu = (ms: number | null | undefined): string => (ms == null ? "—" : formatMs(ms));
  const ratio = (l: number | null | undefined, j: number | null | undefined): string =>
    l && j ? formatRatio(j / l) : "—";
  const rows = results.map((r) => {
    const jp = jekyllPages(r);
    const lp = r.lectern?.medianMs != null ? r.lectern.pages : null;
    const pages = `${lp === null ? "—" : formatInt(lp)} / ${jp === null ? "—" : formatInt(jp)}${lp !== null && jp !== null && lp !== jp ? " ✗" : ""}`;
    const l = r.lectern,
      j = r.jekyll;
    return [
      r.name,
      pages,
      wall(l),
      cpu(l?.cpuMs),
      wall(l, l?.warmMs),
      cpu(l?.warmCpuMs),
      wall(j),
      cpu(j?.cpuMs),
      ratio(l?.medianMs, j?.medianMs),
      ratio(l?.cpuMs, j?.cpuMs),
      ratio(l?.warmMs, j?.medianMs),
    ];
  });
  const up = speedups(results);
  const upCpu = speedups(results, "cpuMs");
  const upWarm = speedups(results, "warmMs");
  const bold = (xs: number[]): string => (xs.length ? `**${formatRatio(median(xs))}**` : "");
  if (up.length) rows.push(["**median**", "", "", "", "", "", "", "", bold(up), bold(upCpu), bold(upWarm)]);
  return (
    `Whole process, ${runs} run(s) per site. Lectern cold: its first run, after deleting the site's build cache (\`.lectern-cache\`); Lectern warm: median of the other runs, which reuse the cache the first left (Sass, BibTeX and Markdown results). Jekyll: median of all runs, each cold (\`--disable-disk-cache\`). Jekyll pages from this run, else from the stored reference build.\n\n` +
    markdownTable(
      [
        "Site",
        "Pages (Lectern / Jekyll)",
        "Lectern cold",
        "(CPU)",
        "Lectern warm",
        "(CPU)",
        "Jekyll",
        "Jekyll CPU",
        "Jekyll ÷ Lectern cold",
        "(CPU)",
        "Jekyll ÷ Lectern warm",
      ],
      rows,
      [false, true, true, true, true, true, true, true, true, true, true],
    )
  );
}

/** Times Lectern on the repository's example site: the first run cold, the others warm (target: under 150 ms, process start included). */
export async function runExample(lectern: Engine, runs: number, work: string, log: Log): Promise<SiteTiming | null> {
  const site = join(REPO_ROOT, "example");
  if (lectern.missing || !existsSync(join(site, "_config.yml"))) return null;
  return time(lectern, site, join(work, "example-out"), [], runs, log, "example", true);
}

import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, relative } from "node:path";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The compiled sources (dist/src) and the repository root, from this compiled file (dist/test/cache/helpers.js). */
export const DIST_SRC = fileURLToPath(new URL("../../src/", import.meta.url));
export const ROOT = fileURLToPath(new URL("../../../", import.meta.url));
/** The cache tests' fixture site: a stylesheet importing a partial, and a .bib file. */
export const FIXTURE = join(ROOT, "test", "cache", "site");
/** The clock the reference builds use (2027-01-01 UTC). */
export const TIME = new Date(1798761600 * 1000);

/** A fresh copy of the fixture site (without any cache a manual build left in the repository) in a temporary folder. */
export function fixtureCopy(): { root: string; source: string } {
  const root = mkdtempSync(join(tmpdir(), "lectern-cache-test-"));
  const source = join(root, "site");
  cpSync(FIXTURE, source, { recursive: true, filter: (src) => !src.includes(".lectern-cache") });
  return { root, source };
}

/** What a build in its own process reported: Sass workers started and .bib files handed to the parser. */
export interface ChildBuild {
  sassWorkers: number;
  bibParses: number;
}

/**
 * Builds a site in a new Node process (nothing remembered in memory from earlier builds), through the public API;
 * `prewarm`: first the Sass head start `lectern build` and `serve` make.
 */
export function buildInChild(
  source: string,
  destination: string,
  options: Record<string, unknown> = {},
  prewarm = false,
): ChildBuild {
  const url = (p: string) => JSON.stringify(new URL(p, "file://" + DIST_SRC).href);
  const head = prewarm
    ? `import { prewarmSass } from ${url("render/sass/prewarm.js")};\n    prewarmSass(${JSON.stringify(source)}, false);`
    : "";
  const code = `
    ${head}
    const { build } = await import(${url("index.js")});
    import { sassWorkersStarted } from ${url("render/sass/compile.js")};
    import { bibtexFilesParsed } from ${url("plugins/bibtex/load.js")};
    const quiet = { info() {}, debug() {}, warn() {}, error() {} };
    await build({ source: ${JSON.stringify(source)}, destination: ${JSON.stringify(destination)}, time: new Date(${TIME.getTime()}), logger: quiet, ...${JSON.stringify(options)} });
    console.log(JSON.stringify({ sassWorkers: sassWorkersStarted(), bibParses: bibtexFilesParsed() }));
  `;
  // A script file, not --input-type: the Sass worker thread inherits the process's flags.
  const script = join(mkdtempSync(join(tmpdir(), "lectern-cache-child-")), "build.mjs");
  writeFileSync(script, code);
  const r = spawnSync(process.execPath, [script], { encoding: "utf8" });
  rmSync(dirname(script), { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`child build failed (${r.status}): ${r.stderr}`);
  return JSON.parse(r.stdout.trim().split("\n").pop()!) as ChildBuild;
}

/** Every file below `dir` (relative path → bytes). */
export function filesOf(dir: string): Map<string, Buffer> {
  const out = new Map<string, Buffer>();
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.set(relative(dir, abs).split("\\").join("/"), readFileSync(abs));
    }
  };
  walk(dir);
  return out;
}

/** Names of the files that differ between two trees (added, removed or changed). */
export function differences(a: Map<string, Buffer>, b: Map<string, Buffer>): string[] {
  const names = new Set([...a.keys(), ...b.keys()]);
  return [...names].filter((n) => !a.get(n) || !b.get(n) || !a.get(n)!.equals(b.get(n)!)).sort();
}

/** The entry files of one bucket of a cache folder (empty when there is none). */
export function entriesOf(cacheDir: string, bucket: string): string[] {
  try {
    return readdirSync(join(cacheDir, bucket))
      .filter((n) => n.endsWith(".json"))
      .sort();
  } catch {
    return [];
  }
}

import { existsSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import type { Flavour } from "./generate.js";
import { onPath, type Invocation } from "./measure.js";

/** The engines the benchmark knows. */
export type EngineName = "lectern" | "hugo" | "jekyll" | "eleventy";
export const ENGINE_NAMES: readonly EngineName[] = ["lectern", "hugo", "jekyll", "eleventy"];

/** The repository root (this file runs from dist/bench/). */
export const REPO_ROOT = fileURLToPath(new URL("../../", import.meta.url));

/** How to build a site with one engine. */
export interface Engine {
  name: EngineName;
  /** Which flavour of the synthetic site the engine reads. */
  flavour: Flavour;
  /** Null when the engine can run here, else why not. */
  missing: string | null;
  /** The whole-process command that builds `site` into `out` (extra config files for Jekyll-style sites). */
  command(site: string, out: string, configs?: string[]): Invocation;
  /** Removes caches the engine leaves in the source, so every run is cold. */
  clean(site: string): void;
}

/** The environment every engine runs with: UTC, production, the build time frozen as in the parity runs. */
export function benchEnv(): NodeJS.ProcessEnv {
  return {
    ...process.env,
    TZ: "UTC",
    LC_ALL: "C.UTF-8",
    LANG: "C.UTF-8",
    JEKYLL_ENV: "production",
    JEKYLL_NO_BUNDLER_REQUIRE: "true",
    SOURCE_DATE_EPOCH: "1798761600",
  };
}

function eleventyBin(): string | null {
  // The package's "exports" hide package.json from require.resolve, so read it from node_modules.
  const dir = join(REPO_ROOT, "node_modules", "@11ty", "eleventy");
  const pkgPath = join(dir, "package.json");
  if (!existsSync(pkgPath)) return null;
  const pkg = JSON.parse(readFileSync(pkgPath, "utf8")) as { bin?: string | Record<string, string> };
  const bin = typeof pkg.bin === "string" ? pkg.bin : pkg.bin?.["eleventy"];
  return bin && existsSync(join(dir, bin)) ? join(dir, bin) : null;
}

function lectern(profileDir: string | null): Engine {
  const bin = join(REPO_ROOT, "bin", "lectern.js");
  const built = existsSync(join(REPO_ROOT, "dist", "src", "cli", "main.js"));
  return {
    name: "lectern",
    flavour: "jekyll",
    missing: built ? null : "dist/src/cli/main.js not built (run `npx tsc -p .`)",
    command: (site, out, configs) => ({
      cmd: process.execPath,
      args: [
        ...(profileDir ? ["--cpu-prof", "--cpu-prof-dir", profileDir] : []),
        bin,
        "build",
        "-s",
        site,
        "-d",
        out,
        "-q",
        ...(configs?.length ? ["--config", configs.join(",")] : []),
      ],
      cwd: site,
      env: benchEnv(),
    }),
    clean: (site) => rmSync(join(site, ".lectern-cache"), { recursive: true, force: true }),
  };
}

function jekyll(): Engine {
  return {
    name: "jekyll",
    flavour: "jekyll",
    missing: onPath("jekyll") ? null : "`jekyll` not on PATH (Debian: apt-get install jekyll)",
    command: (site, out, configs) => ({
      cmd: "jekyll",
      args: [
        "build",
        "-s",
        site,
        "-d",
        out,
        "-q",
        "--disable-disk-cache",
        ...(configs?.length ? ["--config", configs.join(",")] : []),
      ],
      cwd: site,
      env: benchEnv(),
    }),
    clean: (site) => rmSync(join(site, ".jekyll-cache"), { recursive: true, force: true }),
  };
}

function hugo(): Engine {
  return {
    name: "hugo",
    flavour: "hugo",
    missing: onPath("hugo") ? null : "`hugo` not on PATH (Debian: apt-get install hugo)",
    command: (site, out) => ({ cmd: "hugo", args: ["-s", site, "-d", out, "--quiet"], cwd: site, env: benchEnv() }),
    clean: (site) => {
      rmSync(join(site, "resources"), { recursive: true, force: true });
      rmSync(join(site, ".hugo_build.lock"), { force: true });
    },
  };
}

function eleventy(): Engine {
  const bin = eleventyBin();
  return {
    name: "eleventy",
    flavour: "eleventy",
    missing: bin ? null : "@11ty/eleventy not installed (npm install --save-dev @11ty/eleventy@3)",
    command: (site, out) => ({
      cmd: process.execPath,
      args: [bin ?? "", `--output=${out}`, "--quiet"],
      cwd: site,
      env: benchEnv(),
    }),
    clean: (site) => rmSync(join(site, ".cache"), { recursive: true, force: true }),
  };
}

/** All engines, each saying whether it can run on this machine; `profileDir` makes Lectern write a V8 CPU profile per run there. */
export function engines(profileDir: string | null = null): Record<EngineName, Engine> {
  return { lectern: lectern(profileDir), hugo: hugo(), jekyll: jekyll(), eleventy: eleventy() };
}

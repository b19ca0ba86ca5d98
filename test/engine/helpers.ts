import { mkdtempSync, readFileSync, rmSync, existsSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { build } from "../../src/index.js";
import type { BuildOptions } from "../../src/config/options.js";
import { ROOT, REFERENCE_TIME } from "../sites/golden.js";

/** The engine fixtures: a site each, with what Jekyll 4.3 made of it (scripts/regen-engine-golden.sh). */
export const ENGINE = join(ROOT, "test", "fixtures", "engine");

/** What Jekyll did with fixture `name`: its exit status, log and output folder. */
export function jekyllRun(name: string): { status: number; log: string; out: string } {
  const dir = join(ENGINE, name);
  return {
    status: Number(readFileSync(join(dir, "jekyll-status.txt"), "utf8").trim()),
    log: readFileSync(join(dir, "jekyll.log"), "utf8"),
    out: join(dir, "expected"),
  };
}

/** One build's log lines, as `level topic message`. */
export interface BuildLog {
  lines: string[];
  warnings: string[];
  errors: string[];
}

/** Builds fixture `name` (or a site folder) with Lectern as the reference was built; throws as `build` does. */
export async function buildEngineFixture(
  name: string,
  options: BuildOptions = {},
): Promise<{ out: string; log: BuildLog; cleanup: () => void; error?: unknown }> {
  const tmp = mkdtempSync(join(tmpdir(), `lectern-engine-${name.replace(/\W+/g, "-")}-`));
  const log: BuildLog = { lines: [], warnings: [], errors: [] };
  const logger = {
    info() {},
    debug() {},
    warn: (t: string, m: string) => void (log.warnings.push(`${t} ${m}`), log.lines.push(`warn ${t} ${m}`)),
    error: (t: string, m: string) => void (log.errors.push(`${t} ${m}`), log.lines.push(`error ${t} ${m}`)),
  };
  const source = existsSync(join(ENGINE, name, "site")) ? join(ENGINE, name, "site") : name;
  const previous = process.env["JEKYLL_ENV"];
  process.env["JEKYLL_ENV"] = "production";
  let error: unknown;
  try {
    await build({ source, destination: join(tmp, "_site"), time: REFERENCE_TIME, logger, ...options });
  } catch (e) {
    error = e;
  } finally {
    if (previous === undefined) delete process.env["JEKYLL_ENV"];
    else process.env["JEKYLL_ENV"] = previous;
  }
  return { out: join(tmp, "_site"), log, error, cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

/** The `lectern` CLI of this checkout. */
export const BIN = join(ROOT, "bin", "lectern.js");

/** Runs `lectern build` on fixture `name` into a temp folder; returns status, output and the folder. */
export function cliBuild(
  name: string,
  ...args: string[]
): { status: number; stdout: string; stderr: string; out: string; cleanup: () => void } {
  const tmp = mkdtempSync(join(tmpdir(), `lectern-cli-${name.replace(/\W+/g, "-")}-`));
  const source = existsSync(join(ENGINE, name, "site")) ? join(ENGINE, name, "site") : name;
  const r = spawnSync(process.execPath, [BIN, "build", "-s", source, "-d", join(tmp, "_site"), ...args], {
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1", JEKYLL_ENV: "production", SOURCE_DATE_EPOCH: "1798761600" },
  });
  return {
    status: r.status ?? -1,
    stdout: r.stdout,
    stderr: r.stderr,
    out: join(tmp, "_site"),
    cleanup: () => rmSync(tmp, { recursive: true, force: true }),
  };
}

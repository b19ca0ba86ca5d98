/** What many tests share: temporary sites and the `lectern` command of this checkout. */
import { spawnSync, type SpawnSyncReturns } from "node:child_process";
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

/** This checkout's `bin/lectern.js` (tests run from dist/test). */
export const LECTERN_BIN = fileURLToPath(new URL("../../../bin/lectern.js", import.meta.url));

/** Writes files (relative path → text) under `dir`, making folders as needed. */
export function writeFiles(dir: string, files: Record<string, string>): void {
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), text);
  }
}

/** A fresh temporary folder holding `files`; `prefix` names it (`lectern-serve-...`). */
export function tempSite(files: Record<string, string>, prefix = "lectern-site-"): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  writeFiles(dir, files);
  return dir;
}

/** Removes a temporary folder. */
export function removeDir(dir: string): void {
  rmSync(dir, { recursive: true, force: true });
}

/** Runs `lectern ARGS` as a user would (a separate process); output as text. */
export function runLectern(
  args: string[],
  options: { cwd?: string; input?: string; env?: NodeJS.ProcessEnv } = {},
): SpawnSyncReturns<string> {
  return spawnSync(process.execPath, [LECTERN_BIN, ...args], {
    encoding: "utf8",
    cwd: options.cwd,
    input: options.input,
    env: options.env ?? process.env,
  });
}

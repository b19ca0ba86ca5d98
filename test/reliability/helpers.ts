import { mkdirSync, readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import { LECTERN_BIN, removeDir, runLectern, tempSite, writeFiles } from "../support/index.js";

/** The `lectern` executable of this checkout. */
export const BIN = LECTERN_BIN;

/** Writes a site from a map of relative paths to contents into `site/` of a new temp folder. */
export function makeSite(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const dir = tempSite({}, "lectern-broken-");
  mkdirSync(join(dir, "site"), { recursive: true });
  writeFiles(join(dir, "site"), files);
  return { dir, cleanup: () => removeDir(dir) };
}

/** Runs `lectern ARGS` in `cwd`; returns exit status and output. */
export function lectern(cwd: string, ...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = runLectern(args, { cwd, env: { ...process.env, NO_COLOR: "1" } });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Reads a file, or undefined when it does not exist. */
export function maybeRead(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

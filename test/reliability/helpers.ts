import { mkdtempSync, mkdirSync, writeFileSync, rmSync, readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

/** The `lectern` executable of this checkout. */
export const BIN = join(fileURLToPath(new URL(".", import.meta.url)), "..", "..", "..", "bin", "lectern.js");

/** Writes a site from a map of relative paths to contents into a new temp folder. */
export function makeSite(files: Record<string, string>): { dir: string; cleanup: () => void } {
  const dir = mkdtempSync(join(tmpdir(), "lectern-broken-"));
  for (const [rel, text] of Object.entries(files)) {
    mkdirSync(dirname(join(dir, "site", rel)), { recursive: true });
    writeFileSync(join(dir, "site", rel), text);
  }
  mkdirSync(join(dir, "site"), { recursive: true });
  return { dir, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

/** Runs `lectern ARGS` in `cwd`; returns exit status and output. */
export function lectern(cwd: string, ...args: string[]): { status: number; stdout: string; stderr: string } {
  const r = spawnSync(process.execPath, [BIN, ...args], {
    cwd,
    encoding: "utf8",
    env: { ...process.env, NO_COLOR: "1" },
  });
  return { status: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

/** Reads a file, or undefined when it does not exist. */
export function maybeRead(path: string): string | undefined {
  return existsSync(path) ? readFileSync(path, "utf8") : undefined;
}

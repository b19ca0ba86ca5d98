import { cp, mkdir, readdir, rename, stat, writeFile } from "node:fs/promises";
import { join, relative } from "node:path";
import { starterRoot } from "./index.js";
import { packageVersion } from "../package-files.js";

/**
 * The new site's package.json: Lectern pinned (exact version) as a dev dependency, so `npm install` makes a
 * package-lock.json and the Pages workflow's `npm ci` installs that same Lectern.
 */
export function sitePackageJson(version = packageVersion()): string {
  const manifest = {
    private: true,
    scripts: { build: "lectern build", serve: "lectern serve", check: "lectern check" },
    devDependencies: { lectern: version },
  };
  return `${JSON.stringify(manifest, null, 2)}\n`;
}

/** Files stored under another name in the package, because npm drops or renames them when publishing. */
const RENAMED: Record<string, string> = { gitignore: ".gitignore" };

/** Why a folder cannot receive a new site, or undefined when it can (missing or empty). */
export async function unusableTarget(dir: string): Promise<string | undefined> {
  const info = await stat(dir).catch(() => undefined);
  if (!info) return undefined;
  if (!info.isDirectory()) return `${dir} exists and is not a folder`;
  const entries = await readdir(dir);
  if (entries.length > 0)
    return `${dir} is not empty (${entries.length} ${entries.length === 1 ? "entry" : "entries"}); choose a new or empty folder`;
  return undefined;
}

/** Copies the starter site into `dir` (which must be missing or empty); returns the files written, relative to `dir`. */
export async function scaffold(dir: string): Promise<string[]> {
  const problem = await unusableTarget(dir);
  if (problem) throw new Error(problem);
  await mkdir(dir, { recursive: true });
  // `dir` is empty (checked above), so nothing is overwritten; Node 24's cp reports the existing top folder itself
  // as EEXIST under errorOnExist, so that option stays off.
  await cp(starterRoot(), dir, { recursive: true, force: false });
  for (const [stored, real] of Object.entries(RENAMED)) {
    const from = join(dir, stored);
    if (await stat(from).catch(() => undefined)) await rename(from, join(dir, real));
  }
  await writeFile(join(dir, "package.json"), sitePackageJson(), { flag: "wx" });
  return (await listFiles(dir)).map((f) => relative(dir, f)).sort();
}

async function listFiles(dir: string): Promise<string[]> {
  const out: string[] = [];
  for (const entry of await readdir(dir, { withFileTypes: true })) {
    const path = join(dir, entry.name);
    if (entry.isDirectory()) out.push(...(await listFiles(path)));
    else out.push(path);
  }
  return out;
}

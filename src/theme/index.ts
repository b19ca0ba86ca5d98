import { fileURLToPath } from "node:url";
import { dirname, join, resolve } from "node:path";
import { existsSync } from "node:fs";

/** The four theme folders Jekyll reads from a gem theme, in the order a site's own folders shadow them. */
export const THEME_FOLDERS = ["_layouts", "_includes", "_sass", "assets"] as const;

/** Absolute path of the package root (where package.json lives), from this compiled file or its source. */
export function packageRoot(): string {
  // Compiled: <root>/dist/src/theme/index.js; from source (ts runners): <root>/src/theme/index.ts.
  let dir = dirname(fileURLToPath(import.meta.url));
  for (let i = 0; i < 4; i++) {
    if (existsSync(join(dir, "package.json")) && existsSync(join(dir, "theme"))) return dir;
    dir = dirname(dir);
  }
  return resolve(dirname(fileURLToPath(import.meta.url)), "..", "..", "..");
}

/** Absolute path of Lectern's built-in theme (`<package root>/theme`). */
export function themeRoot(): string {
  return join(packageRoot(), "theme");
}

/** Absolute path of the example site shipped with the package. */
export function exampleRoot(): string {
  return join(packageRoot(), "example");
}

/** Absolute path of the starter site `lectern new` copies. */
export function starterRoot(): string {
  return join(packageRoot(), "templates", "new");
}

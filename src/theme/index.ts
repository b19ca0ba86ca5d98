import { join } from "node:path";
import { packageRoot } from "../package-files.js";

export { packageRoot };

/** The four theme folders Jekyll reads from a gem theme, in the order a site's own folders shadow them. */
export const THEME_FOLDERS = ["_layouts", "_includes", "_sass", "assets"] as const;

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

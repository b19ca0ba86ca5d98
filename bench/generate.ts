import { mkdirSync, rmSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { publications } from "./content.js";
import { eleventyFiles } from "./flavours/eleventy.js";
import { hugoFiles } from "./flavours/hugo.js";
import { jekyllFiles } from "./flavours/jekyll.js";

/** The three ways the same synthetic site is written: Jekyll's (also Lectern's), Hugo's and Eleventy's. */
export type Flavour = "jekyll" | "hugo" | "eleventy";
export const FLAVOURS: readonly Flavour[] = ["jekyll", "hugo", "eleventy"];

/** Where each flavour keeps the publication sources, relative to the site root. */
export const PUBLICATION_DIR: Record<Flavour, string> = {
  jekyll: "_publications",
  hugo: "content/publications",
  eleventy: "publications",
};

/** The files (relative path → content) of the synthetic site with `n` publications in one flavour. */
export function siteFiles(flavour: Flavour, n: number, seed = 1): Map<string, string> {
  const pubs = publications(n, seed);
  if (flavour === "hugo") return hugoFiles(pubs);
  if (flavour === "eleventy") return eleventyFiles(pubs);
  return jekyllFiles(pubs);
}

/** Writes the synthetic site into `dir` (emptied first); returns the number of files written. */
export function generateSite(dir: string, flavour: Flavour, n: number, seed = 1): number {
  rmSync(dir, { recursive: true, force: true });
  const made = new Set<string>();
  const files = siteFiles(flavour, n, seed);
  for (const [rel, content] of files) {
    const path = join(dir, rel);
    const parent = dirname(path);
    if (!made.has(parent)) {
      mkdirSync(parent, { recursive: true });
      made.add(parent);
    }
    writeFileSync(path, content);
  }
  return files.size;
}

/** Writes all three flavours under `root/<flavour>/`; returns each site's folder. */
export function generateAll(root: string, n: number, seed = 1): Record<Flavour, string> {
  const dirs = {} as Record<Flavour, string>;
  for (const flavour of FLAVOURS) {
    dirs[flavour] = join(root, flavour);
    generateSite(dirs[flavour], flavour, n, seed);
  }
  return dirs;
}

import { readdirSync, readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { join } from "node:path";

/** Folder of the conformance cases in the source tree (tests run from dist/). */
export const CASES_DIR = fileURLToPath(new URL("../../../../test/render/markdown/cases/", import.meta.url));

/** One conformance case: Markdown input and the HTML Jekyll's kramdown produced for it. */
export interface Case {
  name: string;
  markdown: string;
  expected: string;
}

/** Reads every `NNN-name.md` with its `NNN-name.html`. */
export function loadCases(): Case[] {
  return readdirSync(CASES_DIR)
    .filter((f) => f.endsWith(".md"))
    .sort()
    .map((f) => ({
      name: f.slice(0, -3),
      markdown: readFileSync(join(CASES_DIR, f), "utf8"),
      expected: readFileSync(join(CASES_DIR, f.slice(0, -3) + ".html"), "utf8"),
    }));
}

/** Cases known to differ from kramdown, each with its reason. */
export function knownDifferences(): Record<string, string> {
  const file = fileURLToPath(new URL("../../../../test/render/markdown/known-differences.json", import.meta.url));
  return JSON.parse(readFileSync(file, "utf8")) as Record<string, string>;
}

/**
 * Hints: likely mistakes of academicpages sites that Jekyll passes over in silence (a publication that
 * vanishes from the list, a missing avatar, url/baseurl slips, LaTeX shown literally, links to nowhere).
 * Each is a warning naming file and line; none fails the build, not even with --strict.
 */
import type { HintSite } from "./types.js";
import type { Hint } from "./types.js";
import { urlHints, avatarHints } from "./config-hints.js";
import { publicationCategoryHints } from "./publications.js";
import { latexHints } from "./latex.js";
import { brokenLinkHints } from "./links.js";

export type { Hint } from "./types.js";
export { findLatex } from "./latex.js";
export { maskCodeAndMath } from "./mask.js";

/** Finds every hint of a rendered site (call after `render()`, before `write()`). */
export function collectHints(site: HintSite): Hint[] {
  const entries = site.outputEntries();
  const outputs = new Set(entries.map((e) => e.destRel.replace(/^\/+/, "")));
  return [
    ...urlHints(site),
    ...avatarHints(site, outputs),
    ...publicationCategoryHints(site),
    ...latexHints(site),
    ...brokenLinkHints(site, entries),
  ];
}

/** One console line per hint: "Hint: file:line: message". */
export function formatHint(h: Hint): string {
  return `${h.file}${h.line ? `:${h.line}` : ""}: ${h.message}`;
}

/** Logs every hint as a warning (not a problem `--strict` counts); returns them. */
export function runHints(site: HintSite): Hint[] {
  const hints = collectHints(site);
  for (const h of hints) site.log.warn("Hint:", formatHint(h));
  return hints;
}

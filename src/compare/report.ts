import type { CompareReport, FileComparison, Tally } from "./compare-sites.js";

/** Percentage of `part` in `whole`, one decimal; 100% of nothing. */
export function percent(part: number, whole: number): string {
  return whole === 0 ? "100.0%" : `${((100 * part) / whole).toFixed(1)}%`;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

function listSection(title: string, paths: string[], limit: number): string[] {
  if (paths.length === 0) return [];
  const shown = paths.slice(0, limit);
  const more = paths.length > shown.length ? [`  … and ${paths.length - shown.length} more`] : [];
  return ["", `${title} (${paths.length}):`, ...shown.map((p) => `  ${p}`), ...more];
}

function differingEntry(file: FileComparison): string[] {
  const note =
    file.kind === "html"
      ? file.visibleTextEqual
        ? "markup differs, visible text equal"
        : "visible text differs"
      : `${file.kind} differs`;
  const text = file.textDifference
    ? [
        `      text ref:  ${JSON.stringify(file.textDifference.ref)}`,
        `      text ours: ${JSON.stringify(file.textDifference.ours)}`,
      ]
    : [];
  return [`  ${file.path}  (${note})`, ...file.excerpt.map((l) => `      ${l}`), ...text];
}

/** The changed lines of a file's first difference, without indentation: files sharing it share a cause. */
function signature(file: FileComparison): string {
  return file.excerpt
    .filter((l) => /^[-+] /.test(l))
    .map((l) => `${l[0]} ${l.slice(2).trim()}`)
    .join("\n");
}

/** Groups of files whose first difference is the same, most common first (groups of one left out). */
export function commonDifferences(files: FileComparison[]): Array<{ signature: string; paths: string[] }> {
  const groups = new Map<string, string[]>();
  for (const file of files) {
    const key = signature(file);
    if (key !== "") groups.set(key, [...(groups.get(key) ?? []), file.path]);
  }
  return [...groups]
    .filter(([, paths]) => paths.length > 1)
    .map(([sig, paths]) => ({ signature: sig, paths }))
    .sort((a, b) => b.paths.length - a.paths.length);
}

function commonSection(report: CompareReport, limit: number): string[] {
  const groups = commonDifferences(report.differing).slice(0, Math.min(limit, 5));
  if (groups.length === 0) return [];
  const lines = ["", "Most common first differences:"];
  for (const g of groups)
    lines.push(`  ${g.paths.length} files, e.g. ${g.paths[0]}`, ...g.signature.split("\n").map((l) => `      ${l}`));
  return lines;
}

function tallyLines(label: string, t: Tally, withText: boolean): string[] {
  const lines = [
    `${label} in both: ${t.common} of ${t.ref} in the reference`,
    `  equal after normalisation: ${t.normalizedEqual} (${percent(t.normalizedEqual, t.ref)} of the reference)`,
  ];
  if (withText)
    lines.push(
      `  equal visible text:        ${t.visibleTextEqual} (${percent(t.visibleTextEqual, t.ref)} of the reference)`,
    );
  return lines;
}

/** The human-readable summary `lectern compare` prints; `limit` caps each list. */
export function formatReport(report: CompareReport, limit = 20): string {
  const { pages, files } = report;
  const others: Tally = {
    ref: files.ref - pages.ref,
    ours: files.ours - pages.ours,
    common: files.common - pages.common,
    normalizedEqual: files.normalizedEqual - pages.normalizedEqual,
    visibleTextEqual: files.visibleTextEqual - pages.visibleTextEqual,
  };
  const lines = [
    `Reference: ${report.refDir}  (${plural(pages.ref, "page")}, ${plural(files.ref, "file")})`,
    `Ours:      ${report.outDir}  (${plural(pages.ours, "page")}, ${plural(files.ours, "file")})`,
    `Missing (only in reference): ${report.onlyInRef.length}    Extra (only in ours): ${report.onlyInOurs.length}`,
    ...(report.buildTimes
      ? [
          `Build times differ: reference ${report.buildTimes.ref}, ours ${report.buildTimes.ours}; timestamps of each side's build time match (in ${plural(report.buildTimes.files, "file")}; --exact-times counts them as differences)`,
        ]
      : []),
    ...tallyLines("HTML pages", pages, true),
  ];
  if (others.ref > 0 || others.ours > 0) lines.push(...tallyLines("Other files", others, false));
  lines.push(...listSection("Missing", report.onlyInRef, limit), ...listSection("Extra", report.onlyInOurs, limit));
  lines.push(...commonSection(report, limit));
  if (report.differing.length > 0) {
    const shown = report.differing.slice(0, limit);
    lines.push(
      "",
      `Differing (${report.differing.length}${shown.length < report.differing.length ? `, first ${shown.length} shown` : ""}):`,
    );
    for (const file of shown) lines.push(...differingEntry(file));
  }
  lines.push("", report.equal ? "The sites are equal after normalisation." : "The sites differ.");
  return lines.join("\n");
}

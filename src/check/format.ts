import type { CheckReport, Problem } from "./types.js";

/** A problem on at least this many pages is listed once, as site-wide (it usually comes from a layout or include). */
const SITE_WIDE_PAGES = 3;

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? "" : "s"}`;
}

/** Rows `line:col  kind  detail`, columns aligned. */
function rows(problems: Problem[], where: (p: Problem) => string): string[] {
  const width = Math.max(...problems.map((p) => where(p).length));
  const kindWidth = Math.max(...problems.map((p) => p.kind.length));
  return problems.map((p) => `  ${where(p).padEnd(width)}  ${p.kind.padEnd(kindWidth)}  ${p.detail}`);
}

/** Splits off problems repeated on many pages, keyed by kind and detail. */
function siteWide(problems: Problem[]): { repeated: Map<string, Problem[]>; rest: Problem[] } {
  const byKey = new Map<string, Problem[]>();
  for (const p of problems) {
    const key = `${p.kind}\u0000${p.detail}`;
    byKey.set(key, [...(byKey.get(key) ?? []), p]);
  }
  const repeated = new Map([...byKey].filter(([, list]) => new Set(list.map((p) => p.page)).size >= SITE_WIDE_PAGES));
  return { repeated, rest: problems.filter((p) => !repeated.has(`${p.kind}\u0000${p.detail}`)) };
}

/**
 * The report as text: problems repeated on many pages first (once each, with a count), then the rest
 * grouped by page (the page path, then indented `line:col  kind  detail` rows), then a summary line.
 * `limit` caps the number of rows.
 */
export function formatCheckReport(report: CheckReport, limit = Infinity): string {
  const lines: string[] = [];
  const { repeated, rest } = siteWide(report.problems);
  let budget = limit;
  if (repeated.size > 0 && budget > 0) {
    const firsts = [...repeated.values()].slice(0, budget);
    const pages = new Map(firsts.map((list) => [list[0]!, new Set(list.map((p) => p.page)).size]));
    lines.push("On many pages (shown at the first):");
    lines.push(
      ...rows(
        firsts.map((l) => l[0]!),
        (p) => `${p.page} ${p.line}:${p.column}`,
      ).map((r, i) => `${r}  [${pages.get(firsts[i]![0]!)} pages]`),
    );
    budget -= firsts.length;
  }
  const byPage = new Map<string, Problem[]>();
  for (const p of rest) byPage.set(p.page, [...(byPage.get(p.page) ?? []), p]);
  for (const [page, problems] of byPage) {
    if (budget <= 0) break;
    const shown = problems.slice(0, budget);
    const source = problems[0]!.source;
    lines.push(source ? `${page}  (from ${source})` : page, ...rows(shown, (p) => `${p.line}:${p.column}`));
    budget -= shown.length;
  }
  const listed = repeated.size + rest.length;
  if (listed > limit) lines.push(`… and ${listed - limit} more`);
  const counts = new Map<string, number>();
  for (const p of report.problems) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  const tally = [...counts].map(([k, n]) => `${k} ${n}`).join(", ");
  const pagesWith = new Set(report.problems.map((p) => p.page)).size;
  lines.push(
    report.problems.length === 0
      ? `No problems found in ${plural(report.pages, "page")}.`
      : `${plural(report.problems.length, "problem")} in ${pagesWith} of ${plural(report.pages, "page")} (${tally}).`,
  );
  return lines.join("\n");
}

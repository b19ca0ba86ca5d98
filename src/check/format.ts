import type { CheckReport, Problem } from "./types.js";

/** Problems grouped by page: the page path, then indented `line:col  kind  detail` rows; then a summary line. */
export function formatCheckReport(report: CheckReport, limit = Infinity): string {
  const byPage = new Map<string, Problem[]>();
  for (const p of report.problems) byPage.set(p.page, [...(byPage.get(p.page) ?? []), p]);
  const lines: string[] = [];
  let shown = 0;
  for (const [page, problems] of byPage) {
    if (shown >= limit) break;
    lines.push(page);
    const width = Math.max(...problems.map((p) => `${p.line}:${p.column}`.length));
    const kindWidth = Math.max(...problems.map((p) => p.kind.length));
    for (const p of problems.slice(0, limit - shown)) {
      lines.push(`  ${`${p.line}:${p.column}`.padEnd(width)}  ${p.kind.padEnd(kindWidth)}  ${p.detail}`);
      shown++;
    }
  }
  if (report.problems.length > shown) lines.push(`… and ${report.problems.length - shown} more`);
  const counts = new Map<string, number>();
  for (const p of report.problems) counts.set(p.kind, (counts.get(p.kind) ?? 0) + 1);
  const tally = [...counts].map(([k, n]) => `${k} ${n}`).join(", ");
  const pages = `${report.pages} page${report.pages === 1 ? "" : "s"}`;
  lines.push(report.problems.length === 0
    ? `No problems found in ${pages}.`
    : `${report.problems.length} problem${report.problems.length === 1 ? "" : "s"} in ${byPage.size} of ${pages} (${tally}).`);
  return lines.join("\n");
}

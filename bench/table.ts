/** Formats rows as a GitHub Markdown table (columns padded so it also reads well in a terminal). */
export function markdownTable(headers: string[], rows: string[][], rightAligned: boolean[] = []): string {
  const widths = headers.map((h, i) => Math.max(h.length, 3, ...rows.map((r) => (r[i] ?? "").length)));
  const line = (cells: string[]): string =>
    "| " + cells.map((c, i) => (rightAligned[i] ? c.padStart(widths[i]!) : c.padEnd(widths[i]!))).join(" | ") + " |";
  const rule =
    "|" + widths.map((w, i) => (rightAligned[i] ? "-".repeat(w + 1) + ":" : "-".repeat(w + 2))).join("|") + "|";
  return [line(headers), rule, ...rows.map((r) => line(headers.map((_, i) => r[i] ?? "")))].join("\n");
}

/** Milliseconds as "85 ms" or "3.42 s". */
export function formatMs(ms: number): string {
  return ms < 1000 ? `${Math.round(ms)} ms` : `${(ms / 1000).toFixed(ms < 10000 ? 2 : 1)} s`;
}

/** KiB as "412 MB" (MiB, as `ps` and `/usr/bin/time` count), or "n/a". */
export function formatKb(kb: number | null): string {
  return kb === null ? "n/a" : `${Math.round(kb / 1024)} MB`;
}

/** A ratio as "3.4×" (two significant digits below 10). */
export function formatRatio(r: number): string {
  return `${r < 10 ? r.toFixed(1) : Math.round(r).toString()}×`;
}

/** An integer with thousands separators: 10,000. */
export function formatInt(n: number): string {
  return n.toLocaleString("en-US");
}

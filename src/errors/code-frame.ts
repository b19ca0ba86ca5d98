/** A few lines of `source` around `line` (1-based) with line numbers and a caret under `column`. */
export function codeFrame(source: string, line: number, column = 0, context = 2): string {
  const lines = source.split(/\r?\n/);
  if (line < 1 || line > lines.length) return "";
  const first = Math.max(1, line - context);
  const last = Math.min(lines.length, line + context);
  const width = String(last).length;
  const out: string[] = [];
  for (let n = first; n <= last; n++) {
    const text = (lines[n - 1] ?? "").replace(/\t/g, "  ");
    const mark = n === line ? ">" : " ";
    out.push(`${mark} ${String(n).padStart(width)} | ${text.length > 160 ? text.slice(0, 157) + "..." : text}`);
    if (n === line && column > 0) out.push(`  ${" ".repeat(width)} | ${" ".repeat(Math.min(column - 1, 160))}^`);
  }
  return out.join("\n");
}

/** A short, unified-diff-like view of where two line lists first differ. */

export interface ExcerptOptions {
  /** Unchanged lines shown before and after the change (default 2). */
  context?: number;
  /** Most changed lines shown per side (default 6). */
  maxChanged?: number;
  /** How far ahead to look for the lists to line up again (default 200). */
  window?: number;
}

/** Cuts very long lines (minified scripts, one-line pages) so an excerpt stays readable. */
function clip(line: string | undefined, from = 0, width = 160): string {
  const text = line ?? "";
  if (text.length <= width) return text;
  const start = Math.max(0, Math.min(from, text.length - width));
  return `${start > 0 ? "…" : ""}${text.slice(start, start + width)}${start + width < text.length ? "…" : ""}`;
}

/** Where two lines first differ, less some lead-in, so a clipped long line still shows the change. */
function changeColumn(a: string | undefined, b: string | undefined): number {
  if (a === undefined || b === undefined) return 0;
  let k = 0;
  while (k < a.length && a[k] === b[k]) k++;
  return Math.max(0, k - 60);
}

/** Finds where `a` (from `i`) and `b` (from `j`) line up again: the smallest skip on both sides. */
function resync(a: string[], b: string[], i: number, j: number, window: number): [number, number] {
  for (let total = 1; total <= 2 * window; total++) {
    for (let da = Math.max(0, total - window); da <= Math.min(total, window); da++) {
      const db = total - da;
      const ai = i + da;
      const bj = j + db;
      if (ai > a.length || bj > b.length) continue;
      if (ai === a.length && bj === b.length) return [ai, bj];
      if (ai < a.length && bj < b.length && a[ai] === b[bj] && a[ai + 1] === b[bj + 1]) return [ai, bj];
    }
  }
  return [Math.min(a.length, i + window), Math.min(b.length, j + window)];
}

/** Lines showing the first difference between `ref` and `ours` (`-` ref only, `+` ours only), or [] when equal. */
export function firstDifference(ref: string[], ours: string[], options: ExcerptOptions = {}): string[] {
  const context = options.context ?? 2;
  const maxChanged = options.maxChanged ?? 6;
  let i = 0;
  while (i < ref.length && i < ours.length && ref[i] === ours[i]) i++;
  if (i === ref.length && i === ours.length) return [];
  const [ri, oj] = resync(ref, ours, i, i, options.window ?? 200);
  const out = [`@@ line ${i + 1} @@`];
  for (let k = Math.max(0, i - context); k < i; k++) out.push(`  ${clip(ref[k])}`);
  const column = changeColumn(ref[i], ours[i]);
  const side = (lines: string[], from: number, to: number, mark: string): void => {
    for (let k = from; k < Math.min(to, from + maxChanged); k++) out.push(`${mark} ${clip(lines[k], column)}`);
    if (to - from > maxChanged) out.push(`${mark} … ${to - from - maxChanged} more line(s)`);
  };
  side(ref, i, ri, "-");
  side(ours, i, oj, "+");
  for (let k = ri; k < Math.min(ref.length, ri + context); k++) out.push(`  ${clip(ref[k])}`);
  return out;
}

/** Where two texts first differ: a short window of each around that point (undefined when equal). */
export function textDifference(ref: string, ours: string, radius = 40): { ref: string; ours: string } | undefined {
  if (ref === ours) return undefined;
  let i = 0;
  while (i < ref.length && i < ours.length && ref[i] === ours[i]) i++;
  const from = Math.max(0, i - radius);
  const cut = (text: string): string =>
    `${from > 0 ? "…" : ""}${text.slice(from, i + radius)}${i + radius < text.length ? "…" : ""}`;
  return { ref: cut(ref), ours: cut(ours) };
}

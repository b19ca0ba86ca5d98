/** A region [from, to) to blank out. */
type Range = [number, number];

/** `text` with the ranges replaced by spaces, newlines kept (so offsets and line numbers stay right). */
function blankRanges(text: string, ranges: Range[]): string {
  if (!ranges.length) return text;
  ranges.sort((a, b) => a[0] - b[0]);
  let out = "",
    at = 0;
  for (const [from, to] of ranges) {
    if (to <= at) continue;
    const start = Math.max(from, at);
    out += text.slice(at, start) + text.slice(start, to).replace(/[^\n]/g, " ");
    at = to;
  }
  return out + text.slice(at);
}

/** Paired delimiters `open…close` scanning left to right; a delimiter without partner is left alone. */
function pairs(text: string, open: string, close: string, ranges: Range[]): void {
  let i = text.indexOf(open);
  while (i !== -1) {
    const end = text.indexOf(close, i + open.length);
    if (end === -1) return; // no later close can match either: stays linear
    ranges.push([i, end + close.length]);
    i = text.indexOf(open, end + close.length);
  }
}

/** Backtick code spans: a run of n backticks up to the next run of exactly n. */
function codeSpans(text: string, ranges: Range[]): void {
  const unmatched = new Set<number>();
  const run = /`+/g;
  let m: RegExpExecArray | null;
  while ((m = run.exec(text))) {
    const n = m[0].length;
    if (unmatched.has(n)) continue;
    const closer = new RegExp(`(?<!\`)\`{${n}}(?!\`)`, "g");
    closer.lastIndex = m.index + n;
    const c = closer.exec(text);
    if (!c) {
      unmatched.add(n);
      continue;
    }
    ranges.push([m.index, c.index + n]);
    run.lastIndex = c.index + n;
  }
}

/** MathJax environments `\begin{name}…\end{name}` (one never closed is left alone). */
function environments(text: string, ranges: Range[]): void {
  const unclosed = new Set<string>();
  const begin = /\\begin\{([A-Za-z]+\*?)\}/g;
  let m: RegExpExecArray | null;
  while ((m = begin.exec(text))) {
    const name = m[1]!;
    if (unclosed.has(name)) continue;
    const end = text.indexOf(`\\end{${name}}`, m.index + m[0].length);
    if (end === -1) {
      unclosed.add(name);
      continue;
    }
    ranges.push([m.index, end + name.length + 6]);
    begin.lastIndex = end + name.length + 6;
  }
}

/** Fenced code blocks (``` or ~~~), fence lines included; a fence never closed is no code block. */
function fences(text: string, ranges: Range[]): void {
  const fence = /^ {0,3}(`{3,}|~{3,})/gm;
  let open: { at: number; mark: string } | undefined;
  let m: RegExpExecArray | null;
  while ((m = fence.exec(text))) {
    if (!open) open = { at: m.index, mark: m[1]! };
    else if (m[1]!.startsWith(open.mark)) {
      const eol = text.indexOf("\n", m.index);
      ranges.push([open.at, eol === -1 ? text.length : eol]);
      open = undefined;
    }
  }
}

/** Markdown text with fenced code, code spans and math (`$$`, `\(…\)`, `\[…\]`, `$…$` on one line, `\begin{…}` environments) blanked out. */
export function maskCodeAndMath(text: string): string {
  const step = (find: (t: string, r: Range[]) => void) => (t: string) => {
    const r: Range[] = [];
    find(t, r);
    return blankRanges(t, r);
  };
  let t = step(fences)(text);
  t = step(codeSpans)(t);
  for (const [open, close] of [
    ["$$", "$$"],
    ["\\(", "\\)"],
    ["\\[", "\\]"],
  ] as const)
    t = step((s, r) => pairs(s, open, close, r))(t);
  t = step(environments)(t);
  return step((s, r) => {
    for (const m of s.matchAll(/\$[^$\n]+\$/g)) r.push([m.index, m.index + m[0].length]);
  })(t);
}

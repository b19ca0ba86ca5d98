/** Replaces a region with spaces, keeping newlines (so offsets and line numbers stay right). */
function blank(chars: string[], from: number, to: number): void {
  for (let i = from; i < to; i++) if (chars[i] !== "\n") chars[i] = " ";
}

/** Blanks paired delimiters `open…close` scanning left to right; a delimiter without partner is left alone. */
function blankPairs(text: string, chars: string[], open: string, close: string): void {
  let i = text.indexOf(open);
  while (i !== -1) {
    const end = text.indexOf(close, i + open.length);
    if (end === -1) return; // no later close can match either: stays linear
    blank(chars, i, end + close.length);
    i = text.indexOf(open, end + close.length);
  }
}

/** Blanks backtick code spans (a run of n backticks up to the next run of exactly n). */
function blankCodeSpans(text: string, chars: string[]): void {
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
    blank(chars, m.index, c.index + n);
    run.lastIndex = c.index + n;
  }
}

/** Markdown text with fenced code, code spans and math (`$$`, `\(…\)`, `\[…\]`, `$…$` on one line) blanked out. */
export function maskCodeAndMath(text: string): string {
  const chars = text.split("");
  let fence: string | undefined;
  let offset = 0;
  for (const line of text.split("\n")) {
    const f = /^ {0,3}(`{3,}|~{3,})/.exec(line);
    if (fence ? f && f[1]!.startsWith(fence) : f) {
      if (!fence) fence = f![1];
      else fence = undefined;
      blank(chars, offset, offset + line.length);
    } else if (fence) blank(chars, offset, offset + line.length);
    offset += line.length + 1;
  }
  const fenced = chars.join("");
  blankCodeSpans(fenced, chars);
  for (const [open, close] of [["$$", "$$"], ["\\(", "\\)"], ["\\[", "\\]"]] as const) blankPairs(chars.join(""), chars, open, close);
  const rest = chars.join("");
  for (const m of rest.matchAll(/\$[^$\n]+\$/g)) blank(chars, m.index, m.index + m[0].length);
  return chars.join("");
}

/**
 * libyaml (Ruby's Psych) accepts a quoted scalar whose continuation lines are not indented past their
 * key, as hand-written front matter often has:
 *
 *     excerpt: 'first line
 *     second line'
 *
 * It accepts a flow sequence or mapping continued the same way (`tags: [a, b,` then `c]` at column 0).
 * The `yaml` package follows the spec and rejects both. This indents such continuation lines by one
 * space past the key, which changes no value (folding trims leading spaces) and keeps line numbers.
 */
export function indentQuotedContinuations(text: string): string {
  const lines = text.split("\n");
  let quote: "'" | '"' | undefined;
  let flowDepth = 0;
  let keyIndent = 0;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    let from = 0;
    if (quote || flowDepth > 0) {
      const indent = /^ */.exec(line)![0].length;
      if (line.trim() !== "" && indent <= keyIndent) {
        line = " ".repeat(keyIndent + 1 - indent) + line;
        lines[i] = line;
        changed = true;
      }
      if (!quote) {
        flowDepth += flowDepthChange(line, 0);
        continue;
      }
    } else {
      const f = /^( *)(?:- +)?(?:[^\s#'"[\]{}][^#'"[\]{}]*?:[ \t]+)?[[{]/.exec(line);
      if (f && (/:[ \t]+[[{]$/.test(f[0]) || /^ *- +[[{]$/.test(f[0]))) {
        const depth = flowDepthChange(line, f[0].length - 1);
        if (depth > 0) [flowDepth, keyIndent] = [depth, f[1]!.length];
        continue;
      }
      const m = /^( *)(?:- +)?(?:[^\s#'"][^#'"]*?:[ \t]+)?(['"])/.exec(line);
      if (!m || (!/:[ \t]+['"]$/.test(m[0]) && !/^ *- +['"]$/.test(m[0]))) continue;
      quote = m[2] as "'" | '"';
      keyIndent = m[1]!.length;
      from = m[0].length;
    }
    const closed = closingQuote(line, from, quote!);
    if (closed) quote = undefined;
  }
  return changed ? lines.join("\n") : text;
}

/** True when `quote` closes on this line at or after `from` (`''` and `\"` are escapes). */
function closingQuote(line: string, from: number, quote: "'" | '"'): boolean {
  for (let j = from; j < line.length; j++) {
    const c = line[j];
    if (quote === '"' && c === "\\") {
      j++;
      continue;
    }
    if (c === quote) {
      if (quote === "'" && line[j + 1] === "'") {
        j++;
        continue;
      }
      return true;
    }
  }
  return false;
}

/** How many flow brackets (`[`, `{`) open on this line from `from` on, minus those that close; quoted text and comments are skipped. */
function flowDepthChange(line: string, from: number): number {
  let depth = 0;
  for (let j = from; j < line.length; j++) {
    const c = line[j];
    if (c === "#" && (j === 0 || /\s/.test(line[j - 1]!))) break;
    if (c === '"' || c === "'") {
      for (j++; j < line.length && line[j] !== c; j++) if (c === '"' && line[j] === "\\") j++;
    } else if (c === "[" || c === "{") depth++;
    else if (c === "]" || c === "}") depth--;
  }
  return depth;
}

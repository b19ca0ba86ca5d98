/**
 * libyaml (Ruby's Psych) accepts a quoted scalar whose continuation lines are not indented past their
 * key, as hand-written front matter often has:
 *
 *     excerpt: 'first line
 *     second line'
 *
 * The `yaml` package follows the spec and rejects it. This indents such continuation lines by one
 * space past the key, which changes no value (folding trims leading spaces) and keeps line numbers.
 */
export function indentQuotedContinuations(text: string): string {
  const lines = text.split("\n");
  let quote: "'" | '"' | undefined;
  let keyIndent = 0;
  let changed = false;
  for (let i = 0; i < lines.length; i++) {
    let line = lines[i]!;
    let from = 0;
    if (quote) {
      const indent = /^ */.exec(line)![0].length;
      if (line.trim() !== "" && indent <= keyIndent) {
        line = " ".repeat(keyIndent + 1 - indent) + line;
        lines[i] = line;
        changed = true;
      }
    } else {
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

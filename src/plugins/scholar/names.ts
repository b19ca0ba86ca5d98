/** BibTeX names as bibtex-ruby splits them: `first`, `last`, `prefix` (von) and `suffix` (jr). */
export interface NameParts {
  first: string;
  last: string;
  prefix: string;
  suffix: string;
}

/** Splits at `sep` (a regexp source) outside braces. */
function splitTopLevel(text: string, sep: RegExp): string[] {
  const out: string[] = [];
  let depth = 0,
    start = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text[i];
    if (c === "{") depth++;
    else if (c === "}") depth--;
    else if (depth === 0) {
      sep.lastIndex = i;
      const m = sep.exec(text);
      if (m && m.index === i) {
        out.push(text.slice(start, i));
        i += m[0].length - 1;
        start = i + 1;
      }
    }
  }
  out.push(text.slice(start));
  return out;
}

/** Whether a word starts lower case (a "von" part), looking past braces and LaTeX commands as BibTeX does. */
function isVon(word: string): boolean {
  if (word.startsWith("{") && !word.startsWith("{\\")) return false;
  const s = word.replace(/^\{?\\(?:[`'^~=".]|[A-Za-z]+\s*)\{?/, "");
  const c = /[A-Za-z\u00C0-\u024F]/.exec(s)?.[0] ?? "";
  return c !== "" && c === c.toLowerCase() && c !== c.toUpperCase();
}

/** The names of an `author`/`editor` value ("A and B and others"). */
export function parseNames(text: string): NameParts[] {
  return splitTopLevel(text.trim(), /\s+and\s+/iy)
    .map((n) => n.trim())
    .filter(Boolean)
    .map(parseName);
}

function parseName(name: string): NameParts {
  const parts = splitTopLevel(name, /,/y).map((p) => p.trim());
  const words = (s: string) => splitTopLevel(s, /\s+/y).filter(Boolean);
  if (parts.length >= 2) {
    const vonLast = words(parts[0]!);
    let split = -1;
    for (let i = 0; i < vonLast.length - 1; i++) if (isVon(vonLast[i]!)) split = i;
    return {
      prefix: vonLast.slice(0, split + 1).join(" "),
      last: vonLast.slice(split + 1).join(" "),
      suffix: parts.length >= 3 ? parts[1]! : "",
      first: parts[parts.length >= 3 ? 2 : 1]!,
    };
  }
  const w = words(name);
  if (w.length === 1) return { first: "", last: w[0]!, prefix: "", suffix: "" };
  const vonStart = w.findIndex((x, i) => i < w.length - 1 && isVon(x));
  if (vonStart < 0) return { first: w.slice(0, -1).join(" "), last: w[w.length - 1]!, prefix: "", suffix: "" };
  let vonEnd = vonStart;
  for (let i = vonStart; i < w.length - 1; i++) if (isVon(w[i]!)) vonEnd = i;
  return {
    first: w.slice(0, vonStart).join(" "),
    prefix: w.slice(vonStart, vonEnd + 1).join(" "),
    last: w.slice(vonEnd + 1).join(" "),
    suffix: "",
  };
}

/** A name in bibtex-ruby's sort order ("von Last, Jr, First"), as Names#to_s prints each. */
export function nameText(n: NameParts): string {
  const last = [n.prefix, n.last].filter(Boolean).join(" ");
  return [last, n.suffix, n.first].filter(Boolean).join(", ");
}

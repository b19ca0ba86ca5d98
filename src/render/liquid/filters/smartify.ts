/**
 * Jekyll's `smartify`: kramdown's SmartyPants parser (smart quotes, typographic symbols, entities)
 * with kramdown's default `entity_output: as_char`. Written after kramdown 2.4's rules; the Markdown
 * module may later share its own implementation.
 */
const SQ_PUNCT = `[!"#$%'()*+,\\-./:;<=>?@[\\\\\\]^_\`{|}~]`;
const SQ_CLOSE = `[^ \\\\\\t\\r\\n[{(-]`;
type Subst = number | "lquote1" | "rquote1" | "lquote2" | "rquote2" | "ldquo" | "lsquo" | "rsquo";
const RULES: [RegExp, Subst[]][] = [
  [/^("|')(?=[_*]{1,2}[^ \t\n\v\f\r])/, ["lquote1"]],
  [new RegExp(`^("|')(?=${SQ_PUNCT}(?!\\.\\.)\\B)`), ["rquote1"]],
  [/^([ \t\n\v\f\r]?)"'(?=\w)/, [1, "ldquo", "lsquo"]],
  [/^([ \t\n\v\f\r]?)'"(?=\w)/, [1, "lsquo", "ldquo"]],
  [/^([ \t\n\v\f\r]?)'(?=\d\ds)/, [1, "rsquo"]],
  [/^([ \t\n\v\f\r])('|")(?=\w)/, [1, "lquote2"]],
  [new RegExp(`^(${SQ_CLOSE})('|")`), [1, "rquote2"]],
  [/^("|')(?=[ \t\n\v\f\r]|s\b|$)/m, ["rquote1"]],
  [/^([\s\S]?)'/, [1, "lsquo"]],
  [/^([\s\S]?)"/, [1, "ldquo"]],
];
const QUOTES: Record<string, string> = { ldquo: "\u201c", rdquo: "\u201d", lsquo: "\u2018", rsquo: "\u2019" };
const SYMS: Record<string, string> = {
  "---": "\u2014",
  "--": "\u2013",
  "...": "\u2026",
  "\\<<": "&lt;&lt;",
  "\\>>": "&gt;&gt;",
  "<< ": "\u00ab\u00a0",
  " >>": "\u00a0\u00bb",
  "<<": "\u00ab",
  ">>": "\u00bb",
};
const NAMED: Record<string, string> = {
  amp: "&amp;",
  lt: "&lt;",
  gt: "&gt;",
  quot: "&quot;",
  nbsp: "\u00a0",
  copy: "\u00a9",
  reg: "\u00ae",
  trade: "\u2122",
  hellip: "\u2026",
  mdash: "\u2014",
  ndash: "\u2013",
  lsquo: "\u2018",
  rsquo: "\u2019",
  ldquo: "\u201c",
  rdquo: "\u201d",
  laquo: "\u00ab",
  raquo: "\u00bb",
  eacute: "\u00e9",
  egrave: "\u00e8",
  aacute: "\u00e1",
  uuml: "\u00fc",
  ouml: "\u00f6",
  auml: "\u00e4",
  ccedil: "\u00e7",
  szlig: "\u00df",
};
const START =
  /[^\\]?["']|&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);|--|\.\.\.|(?:\\| )?(?:<<|>>)|<\/?[a-zA-Z][^<>]*>/g;
const QUOTE_AT = /^[^\\]?["']/;
const ENTITY_AT = /^&(?:[a-zA-Z][a-zA-Z0-9]*|#\d+|#x[0-9a-fA-F]+);/;
const SYM_AT = /^(?:---|--|\.\.\.|\\<<|\\>>|<< | >>|<<|>>)/;
const TAG_AT = /^<\/?[a-zA-Z][^<>]*>/;

function text(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;");
}

function entity(e: string): string {
  const name = e.slice(1, -1);
  if (name.startsWith("#")) {
    const code = name[1] === "x" ? parseInt(name.slice(2), 16) : parseInt(name.slice(1), 10);
    if (code === 38) return "&amp;";
    if (code === 60) return "&lt;";
    if (code === 62) return "&gt;";
    return String.fromCodePoint(code);
  }
  return NAMED[name] ?? e;
}

function smartQuote(src: string, pos: number): [string, number] | undefined {
  const rest = src.slice(pos);
  for (const [re, substs] of RULES) {
    const m = re.exec(rest);
    if (!m) continue;
    let out = "";
    for (const s of substs) {
      if (typeof s === "number") out += text(m[s] ?? "");
      else {
        const q = m[Number(s.slice(-1))] ?? "";
        const kind = s.startsWith("r")
          ? q === '"'
            ? "rdquo"
            : "rsquo"
          : s.endsWith("1") || s.endsWith("2")
            ? q === '"'
              ? "ldquo"
              : "lsquo"
            : s;
        out += QUOTES[kind]!;
      }
    }
    return [out, pos + m[0].length];
  }
  return undefined;
}

/** Applies SmartyPants typography to `input` as Jekyll's smartify filter does. */
export function smartify(input: string): string {
  let out = "";
  let pos = 0;
  while (pos < input.length) {
    START.lastIndex = pos;
    const m = START.exec(input);
    if (!m) {
      out += text(input.slice(pos));
      break;
    }
    out += text(input.slice(pos, m.index));
    pos = m.index;
    const rest = input.slice(pos);
    let t: RegExpExecArray | null;
    if (QUOTE_AT.test(rest)) {
      const r = smartQuote(input, pos);
      if (r) {
        out += r[0];
        pos = r[1];
        continue;
      }
    }
    if ((t = ENTITY_AT.exec(rest))) {
      out += entity(t[0]);
      pos += t[0].length;
    } else if ((t = SYM_AT.exec(rest))) {
      out += SYMS[t[0]];
      pos += t[0].length;
    } else if ((t = TAG_AT.exec(rest))) {
      out += t[0];
      pos += t[0].length;
    } else {
      out += text(input[pos]!);
      pos += 1;
    }
  }
  return out.replace(/\n$/, "");
}

import { Element } from "../element.js";
import type { Parser } from "../parser.js";
import { HTML_ENTITY } from "../patterns.js";
import { namedEntity, numericEntity } from "../entities.js";
import { strip } from "../strings.js";

const SQ_PUNCT = "[!\"#$%'()*+,\\-./:;<=>?@\\[\\\\\\]^_`{|}~]";
const SQ_CLOSE = "[^ \\\\\\t\\r\\n\\[{(\\-]";
const WS = "[ \\t\\n\\r\\f\\v]";
type Subst = number | "lquote1" | "rquote1" | "lquote2" | "rquote2" | "lsquo" | "rsquo" | "ldquo" | "rdquo";
const SQ_RULES: [RegExp, Subst[]][] = [
  [/("|')(?=[_*]{1,2}[^ \t\n\r\f\v])/y, ["lquote1"]],
  [new RegExp(`("|')(?=${SQ_PUNCT}(?!\\.\\.)\\B)`, "y"), ["rquote1"]],
  [new RegExp(`(${WS}?)"'(?=\\w)`, "y"), [1, "ldquo", "lsquo"]],
  [new RegExp(`(${WS}?)'"(?=\\w)`, "y"), [1, "lsquo", "ldquo"]],
  [new RegExp(`(${WS}?)'(?=\\d\\ds)`, "y"), [1, "rsquo"]],
  [new RegExp(`(${WS})('|")(?=\\w)`, "y"), [1, "lquote2"]],
  [new RegExp(`(${SQ_CLOSE})('|")`, "yu"), [1, "rquote2"]],
  [new RegExp(`("|')(?=${WS}|s\\b|\\n|(?![\\s\\S]))`, "y"), ["rquote1"]],
  [/([\s\S]?)'/uy, [1, "lsquo"]],
  [/([\s\S]?)"/uy, [1, "ldquo"]],
];
export const SMART_QUOTES_START = /[^\\]?["']/uy;

/** Straight quotes become curly ones according to the surrounding characters. */
export function parseSmartQuotes(p: Parser): void {
  const src = p.src;
  for (const [re, substs] of SQ_RULES) {
    const m = src.check(re);
    if (!m) continue;
    src.pos += m[0].length;
    for (const s of substs) {
      if (typeof s === "number") {
        p.addText(m[s]!);
        continue;
      }
      let val: string = s;
      if (s.endsWith("quote1") || s.endsWith("quote2")) {
        const q = m[Number(s[s.length - 1])];
        val = s.startsWith("r") ? (q === '"' ? "rdquo" : "rsquo") : q === '"' ? "ldquo" : "lsquo";
      }
      p.tree.children.push(new Element("smart_quote", val));
    }
    return;
  }
  p.addText(src.getch());
}

const TYPO: Record<string, string> = {
  "---": "mdash",
  "--": "ndash",
  "...": "hellip",
  "<< ": "laquo_space",
  " >>": "raquo_space",
  "<<": "laquo",
  ">>": "raquo",
};
export const TYPOGRAPHIC_START = /---|--|\.\.\.|\\<<|\\>>|<< | >>|<<|>>/y;

/** `--`, `---`, `...`, `<<`, `>>` become typographic symbols. */
export function parseTypographicSyms(p: Parser): void {
  const src = p.src;
  const sym = src.scan(TYPOGRAPHIC_START)!;
  const val = TYPO[sym];
  if (val) {
    p.tree.children.push(new Element("typographic_sym", val));
    return;
  }
  const ch = sym === "\\<<" ? "<" : ">";
  for (let i = 0; i < 2; i++) {
    const e = new Element("entity", ch);
    e.options.codePoint = ch.codePointAt(0)!;
    p.tree.children.push(e);
  }
}

export const HTML_ENTITY_RE = new RegExp(HTML_ENTITY, "y");

/** `&name;`, `&#123;`, `&#x1F;` references. */
export function parseHtmlEntity(p: Parser): void {
  const src = p.src;
  const m = src.check(HTML_ENTITY_RE)!;
  src.pos += m[0].length;
  if (m[1] !== undefined) {
    const e = namedEntity(m[1]);
    if (!e) {
      const amp = new Element("entity", "&");
      amp.options.codePoint = 38;
      p.tree.children.push(amp);
      p.addText(m[0].slice(1));
      return;
    }
    pushEntity(p, e.codePoint, e.char, m[0]);
    return;
  }
  const n = m[2] !== undefined ? Number.parseInt(m[2], 10) : Number.parseInt(m[3]!, 16);
  const e = numericEntity(n);
  pushEntity(p, e.codePoint, e.char, m[0]);
}

function pushEntity(p: Parser, codePoint: number, char: string | null, original: string): void {
  const el = new Element("entity", char);
  el.options.entityOriginal = original;
  el.options.codePoint = codePoint;
  p.tree.children.push(el);
}

export const ESCAPED_CHARS_GFM = /\\([\\.*_+`<>()[\]{}#!:|"'$=\-~])/y;
export const ESCAPED_CHARS_KD = /\\([\\.*_+`<>()[\]{}#!:|"'$=-])/y;
/** A backslash before a markup character makes it literal. */
export function parseEscapedChars(p: Parser): void {
  const src = p.src;
  const re = p.options.input === "GFM" ? ESCAPED_CHARS_GFM : ESCAPED_CHARS_KD;
  const mm = src.check(re)!;
  src.pos += mm[0].length;
  p.addText(mm[1]!);
}

export const LINE_BREAK = /( {2}|\\\\)(?=\n)/y;
/** Two spaces or two backslashes before a newline force a line break. */
export function parseLineBreak(p: Parser): void {
  p.src.scan(LINE_BREAK);
  p.tree.children.push(new Element("br"));
}

export const INLINE_MATH_START = /\$\$([\s\S]*?)\$\$/y;
/** `$$...$$` inside a paragraph is inline math. */
export function parseInlineMath(p: Parser): void {
  const m = p.src.check(INLINE_MATH_START)!;
  p.src.pos += m[0].length;
  const el = new Element("math", strip(m[1]!));
  el.options.category = "span";
  p.tree.children.push(el);
}

export const STRIKETHROUGH_MATCH = /~~(?![ \t\n\r\f\v]|~)[\s\S]*?[^ \t\n\r\f\v~]~~/y;
/** GFM `~~struck~~` text becomes `<del>`. */
export function parseStrikethrough(p: Parser): void {
  const src = p.src;
  const m = src.check(STRIKETHROUGH_MATCH)!;
  src.pos += m[0].length;
  const el = new Element("html_element", "del");
  el.options.category = "span";
  p.tree.children.push(el);
  const env = p.saveEnv();
  p.resetEnv(m[0].slice(2, -2), "text");
  p.parseSpans(el);
  p.restoreEnv(env);
}

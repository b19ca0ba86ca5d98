import type { Parser } from "../parser.js";
import { sticky, lineRegExps, CODEBLOCK_MATCH, INDENT, FENCED_START_GFM, FENCED_START_KD } from "../patterns.js";

export const CODEBLOCK_START = sticky(INDENT);
const CODEBLOCK_RE = sticky(CODEBLOCK_MATCH);
const LAZY_JOIN = /\n( {0,3}[^ \t\n\r\f\v])/g;
const INDENT_G = lineRegExps(INDENT, "g");

/** Lines indented by four spaces or a tab (with lazy continuation lines) are a code block. */
export function parseCodeblock(p: Parser): boolean {
  const data = p.src.scan(CODEBLOCK_RE) ?? "";
  const el = p.newBlock("codeblock", data.replace(LAZY_JOIN, " $1").replace(INDENT_G.pick(data), ""));
  p.tree.children.push(el);
  return true;
}

export const FENCED_GFM_START = sticky(FENCED_START_GFM);
export const FENCED_KD_START = sticky(FENCED_START_KD);
const WSL = "[ \\t\\n\\r\\f\\v]*?";
const FENCED_GFM = sticky(
  `^ {0,3}(([~\`]){3,})${WSL}(([^ \\t\\n\\r\\f\\v]+?)(?:\\?[^ \\t\\n\\r\\f\\v]*)?)?${WSL}\\n([\\s\\S]*?)(?<=\\n) {0,3}\\1\\2*${WSL}\\n`,
);
const FENCED_KD = sticky(
  `^((~){3,})${WSL}(([^ \\t\\n\\r\\f\\v]+?)(?:\\?[^ \\t\\n\\r\\f\\v]*)?)?${WSL}\\n([\\s\\S]*?)(?<=\\n)\\1\\2*${WSL}\\n`,
);

/** Fenced code (``` or ~~~ for GFM) with an optional language. */
export function parseFencedGfm(p: Parser): boolean {
  return fenced(p, FENCED_GFM);
}
/** kramdown's `~~~` fenced code. */
export function parseFencedKramdown(p: Parser): boolean {
  return fenced(p, FENCED_KD);
}

const OPENING = /[ ]{0,3}([~`]{3,})/y;

function fenced(p: Parser, re: RegExp): boolean {
  const src = p.src;
  // A fence without any possible closing line after it cannot match: decide that once per fence string.
  OPENING.lastIndex = src.pos;
  const open = OPENING.exec(src.str);
  if (open) {
    const fence = open[1]!;
    const indent = re === FENCED_GFM ? " {0,3}" : "";
    const key = `fence:${indent}${fence}`;
    const last = src.lastMatch(
      key,
      new RegExp(`\\n(?=${indent}${fence}${fence[fence.length - 1]}*[ \\t\\r\\f\\v]*\\n)`, "g"),
    );
    if (last < src.pos) return false;
  }
  const m = src.check(re);
  if (!m) return false;
  src.pos += m[0].length;
  const el = p.newBlock("codeblock", m[5]!);
  el.options.fenced = true;
  const lang = (m[3] ?? "").trim();
  if (lang !== "") {
    el.options.lang = lang;
    el.attr["class"] = `language-${m[4]}`;
  }
  p.tree.children.push(el);
  return true;
}

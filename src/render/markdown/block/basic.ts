import { Element } from "../element.js";
import type { Parser } from "../parser.js";
import {
  sticky,
  lineRegExps,
  BLANK_LINE,
  EOB_MARKER,
  OPT_SPACE,
  HR_START,
  LAZY_END,
  BLOCKQUOTE_START,
  IAL_BLOCK_START,
  END_Z,
  WS,
} from "../patterns.js";
import { lstrip, rstrip, strip } from "../strings.js";

/** Blank lines become one `blank` node holding them. */
export const BLANK_RE = sticky(BLANK_LINE);
export function parseBlankLine(p: Parser): boolean {
  const text = p.src.scan(BLANK_RE)!;
  const last = p.tree.children[p.tree.children.length - 1];
  if (last && last.type === "blank") last.value += text;
  else p.tree.children.push(p.newBlock("blank", text));
  return true;
}

/** `^` on a line of its own ends the current block. */
export const EOB_RE = sticky(EOB_MARKER);
export function parseEobMarker(p: Parser): boolean {
  p.src.scan(EOB_RE);
  p.tree.children.push(p.newBlock("eob"));
  return true;
}

/** Three or more `*`, `-` or `_` make a horizontal rule. */
export const HR_RE = sticky(HR_START);
export function parseHorizontalRule(p: Parser): boolean {
  p.src.scan(HR_RE);
  p.tree.children.push(p.newBlock("hr"));
  return true;
}

const PARAGRAPH_MATCH = sticky("^[^\\n]*\\n");
export const PARAGRAPH_START = sticky(`^${OPT_SPACE}[^ \\t][^\\n]*\\n`);

/** Any other line starts (or continues) a paragraph, which runs until the paragraph-end pattern. */
export function parseParagraph(p: Parser): boolean {
  const src = p.src;
  const pos = src.pos;
  let result = src.scan(PARAGRAPH_MATCH) ?? src.rest;
  if (result === src.rest && !result.endsWith("\n")) src.terminate();
  while (!src.eos && !src.test(p.paragraphEnd)) {
    const line = src.scan(PARAGRAPH_MATCH);
    if (line === null) {
      result += src.rest;
      src.terminate();
      break;
    }
    result += line;
  }
  result = rstrip(result);
  const last = p.tree.children[p.tree.children.length - 1];
  if (last && last.type === "p") {
    const lastItem = last.children[last.children.length - 1];
    if (lastItem && lastItem.type === p.textType) {
      const joiner = pos >= 3 && src.str.slice(pos - 3, pos) === "  \n" ? "  \n" : "\n";
      lastItem.value += joiner + result;
    } else p.addText(result, last);
  } else {
    const el = p.newBlock("p");
    p.tree.children.push(el);
    p.addText(lstrip(result), el);
  }
  return true;
}

const BQ_STRIP = lineRegExps(BLOCKQUOTE_START, "gu");
const LAZY_END_RE = sticky(LAZY_END);
export const BLOCKQUOTE_RE = sticky(BLOCKQUOTE_START);

/** `>` lines, with lazy continuation lines, form a blockquote parsed as blocks. */
export function parseBlockquote(p: Parser): boolean {
  const src = p.src;
  let result = src.scan(PARAGRAPH_MATCH) ?? "";
  while (!src.eos && !src.test(LAZY_END_RE)) {
    const line = src.scan(PARAGRAPH_MATCH);
    if (line === null) break;
    result += line;
  }
  result = result.replace(BQ_STRIP.pick(result), "");
  const el = p.newBlock("blockquote");
  p.tree.children.push(el);
  p.parseBlocks(el, result);
  return true;
}

/** Whether a block may start here: after a blank line, an end-of-block marker, or a block IAL. */
export function afterBlockBoundary(p: Parser): boolean {
  const last = p.tree.children[p.tree.children.length - 1];
  return !last || last.type === "blank" || (last.type === "eob" && last.value === null) || p.blockIal !== null;
}

const BLOCK_BOUNDARY = sticky(`${BLANK_LINE}|${EOB_MARKER}|${IAL_BLOCK_START}|${END_Z}`);
/** Whether a block boundary follows the cursor. */
export function beforeBlockBoundary(p: Parser): boolean {
  return p.src.test(BLOCK_BOUNDARY);
}

export const BLOCK_MATH_START = sticky(`^${OPT_SPACE}(\\\\)?\\$\\$([\\s\\S]*?)\\$\\$(${WS}*?\\n)?`);
const MATH_ESCAPE = sticky(`^${OPT_SPACE}\\\\`);
/** `$$ ... $$` standing alone between block boundaries is display math. */
export function parseBlockMath(p: Parser): boolean {
  const src = p.src;
  if (!afterBlockBoundary(p)) return false;
  src.check(BLOCK_MATH_START);
  if (src.g(1)) {
    if (src.g(3)) src.scan(MATH_ESCAPE);
    return false;
  }
  const saved = src.pos;
  const data = strip(src.g(2)!);
  src.pos += src.matched.length;
  if (beforeBlockBoundary(p)) {
    const el = p.newBlock("math", data);
    el.options.category = "block";
    p.tree.children.push(el);
    return true;
  }
  src.pos = saved;
  return false;
}

/** Creates a header node (used by ATX and Setext rules). */
export function addHeader(p: Parser, level: number, text: string, id: string | undefined, length: number): void {
  p.src.pos += length;
  const el = p.newBlock("header");
  el.options.level = level;
  el.options.rawText = text;
  p.addText(text, el);
  if (id) el.attr["id"] = id;
  p.tree.children.push(el);
}

export { Element };

import { Element } from "../element.js";
import { MAX_DEPTH, type Parser } from "../parser.js";
import {
  sticky,
  search,
  OPT_SPACE,
  UNAME,
  HTML_TAG,
  HTML_TAG_CLOSE,
  HTML_COMMENT,
  HTML_INSTRUCTION,
  HTML_ATTRIBUTE,
  HTML_SPAN_ELEMENTS,
  HTML_ELEMENTS_WITHOUT_BODY,
  contentModel,
  isKnownElement,
  WS,
} from "../patterns.js";

export const HTML_BLOCK_START = sticky(`^${OPT_SPACE}<(${UNAME}|!--|\\/)`);
export const HTML_COMMENT_RE = sticky(HTML_COMMENT);
const HTML_INSTRUCTION_RE = sticky(HTML_INSTRUCTION);
export const HTML_TAG_RE = sticky(HTML_TAG);
export const HTML_TAG_CLOSE_RE = sticky(HTML_TAG_CLOSE);
const BLOCK_TAG_RE = sticky(`^${OPT_SPACE}${HTML_TAG}`);
const BLOCK_CLOSE_RE = sticky(`^${OPT_SPACE}${HTML_TAG_CLOSE}`);
const TRAILING_WHITESPACE = sticky("[ \\t]*\\n");
const HTML_RAW_START = search(`<(?:${UNAME}|\\/|!--|\\?)`);
const ATTRIBUTE_RE = new RegExp(HTML_ATTRIBUTE, "gu");
const MARKDOWN_ATTR: Record<string, "raw" | "default" | "span" | "block"> = {
  "0": "raw",
  "1": "default",
  span: "span",
  block: "block",
};

/** Parses the attribute text of a tag (names lower-cased for known elements). */
export function parseHtmlAttributes(str: string, lower: boolean): Record<string, string> {
  const attrs = Object.create(null) as Record<string, string>;
  for (const m of str.matchAll(ATTRIBUTE_RE)) {
    const name = lower ? m[1]!.toLowerCase() : m[1]!;
    attrs[name] = m[2] ?? m[3] ?? m[4] ?? "";
  }
  return attrs;
}

const endTagCache = new Map<string, RegExp>();
/** Search pattern for `</name>` (case-insensitive). */
export function endTagSearch(name: string): RegExp {
  let re = endTagCache.get(name);
  if (!re) {
    re = new RegExp(`<\\/${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${WS}*>`, "giu");
    endTagCache.set(name, re);
  }
  return re;
}

/** Block-level HTML: comments, and start tags of non-span elements (with kramdown's `markdown` attribute). */
export function parseBlockHtml(p: Parser): boolean | "stop" {
  const src = p.src;
  const comment = src.hasAfter("-->") ? src.scan(HTML_COMMENT_RE) : null;
  if (comment !== null) {
    const el = new Element("xml_comment", comment);
    el.options.category = "block";
    p.tree.children.push(el);
    src.scan(TRAILING_WHITESPACE);
    return true;
  }
  let m = src.check(BLOCK_TAG_RE);
  if (m && !HTML_SPAN_ELEMENTS.has(m[1]!.toLowerCase())) {
    src.pos += m[0].length;
    handleHtmlStartTag(p, m);
    return true;
  }
  m = src.check(BLOCK_CLOSE_RE);
  if (m && !HTML_SPAN_ELEMENTS.has(m[1]!.toLowerCase())) {
    const name = m[1]!.toLowerCase();
    if (p.tree.type === "html_element" && p.tree.value === name) {
      src.pos += m[0].length;
      return "stop";
    }
  }
  return false;
}

/** Creates the element for a start tag just scanned and parses its body by its content model. */
function handleHtmlStartTag(p: Parser, m: RegExpExecArray): void {
  let name = m[1]!;
  if (isKnownElement(name.toLowerCase())) name = name.toLowerCase();
  let closed = m[4] !== undefined;
  const el = new Element("html_element", name, parseHtmlAttributes(m[2]!, isKnownElement(name)));
  el.options.category = "block";
  p.tree.children.push(el);
  if (!closed && HTML_ELEMENTS_WITHOUT_BODY.has(name)) closed = true;
  if (name === "script" || name === "style") {
    handleRawHtmlTag(p, name);
    handleKramdownHtmlTag(p, el, false, false);
  } else handleKramdownHtmlTag(p, el, closed, true);
}

function handleRawHtmlTag(p: Parser, name: string): void {
  const src = p.src;
  const el = p.tree.children[p.tree.children.length - 1]!;
  const at = src.indexOf(endTagSearch(name));
  const text = at >= 0 ? src.str.slice(src.pos, at) : src.rest;
  if (text !== "") el.children.push(new Element("raw", text));
  if (at >= 0) {
    src.pos = at;
    src.scan(HTML_TAG_CLOSE_RE);
  } else src.terminate();
}

function handleKramdownHtmlTag(p: Parser, el: Element, closed: boolean, handleBody: boolean): void {
  const src = p.src;
  if (p.blockIal) {
    el.options.ial = p.blockIal;
    p.blockIal = null;
  }
  let model: "block" | "span" | "raw" =
    p.tree.type !== "html_element" || p.tree.options.contentModel !== "raw"
      ? p.options.parse_block_html
        ? contentModel(el.value!)
        : "raw"
      : "raw";
  const md = el.attr["markdown"];
  if (md !== undefined) {
    delete el.attr["markdown"];
    const val = MARKDOWN_ATTR[md];
    if (val) model = val === "default" ? contentModel(el.value!) : val;
  }
  if (model === "block") src.scan(TRAILING_WHITESPACE);
  el.options.contentModel = model;
  el.options.isClosed = closed;
  if (!closed && handleBody) {
    if (model === "block") p.parseBlocks(el);
    else if (model === "span") {
      const at = src.indexOf(endTagSearch(el.value!));
      if (at >= 0) {
        p.addText(src.str.slice(src.pos, at), el);
        src.pos = at;
        src.scan(HTML_TAG_CLOSE_RE);
      } else {
        p.addText(src.rest, el);
        src.terminate();
      }
    } else parseRawHtml(p, el);
    if (!(p.tree.type === "html_element" && p.tree.options.contentModel === "raw")) src.scan(TRAILING_WHITESPACE);
  }
}

/** Reads raw HTML into `el` until its end tag, keeping nested tags as elements and text as text. */
export function parseRawHtml(p: Parser, el: Element): void {
  const src = p.src;
  if (p.depth > MAX_DEPTH) {
    p.addText(src.rest, el, "text");
    src.terminate();
    return;
  }
  p.depth++;
  const savedTree = p.tree;
  p.tree = el;
  let done = false;
  while (!src.eos && !done) {
    const at = src.indexOf(HTML_RAW_START);
    if (at < 0) {
      p.addText(src.rest, p.tree, "text");
      src.terminate();
      break;
    }
    p.addText(src.str.slice(src.pos, at), p.tree, "text");
    src.pos = at;
    let r: string | null;
    let m: RegExpExecArray | null;
    if (src.hasAfter("-->") && (r = src.scan(HTML_COMMENT_RE)) !== null) {
      const c = new Element("xml_comment", r);
      c.options.category = "block";
      p.tree.children.push(c);
    } else if ((r = src.scan(HTML_INSTRUCTION_RE)) !== null) {
      const c = new Element("xml_pi", r);
      c.options.category = "block";
      p.tree.children.push(c);
    } else if ((m = src.check(HTML_TAG_RE)) !== null) {
      src.pos += m[0].length;
      handleHtmlStartTag(p, m);
    } else if ((m = src.check(HTML_TAG_CLOSE_RE)) !== null) {
      src.pos += m[0].length;
      const tv = p.tree.value ?? "";
      if (tv === (isKnownElement(tv) ? m[1]!.toLowerCase() : m[1])) done = true;
      else p.addText(m[0], p.tree, "text");
    } else p.addText(src.getch(), p.tree, "text");
  }
  p.depth--;
  p.tree = savedTree;
}

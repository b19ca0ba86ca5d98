import { parse, parseFragment, type DefaultTreeAdapterTypes as T } from "parse5";
import {
  BLOCK_ELEMENTS,
  INVISIBLE_ELEMENTS,
  VERBATIM_ELEMENTS,
  VOID_ELEMENTS,
  collapseSpace,
  isDocument,
} from "./html-kinds.js";
import { flowText } from "./whitespace.js";
import { childrenOf, walkTree } from "./walk.js";

type Node = T.Node;
type Element = T.Element;

/** Parses a document or a fragment, whichever the text is. */
export function parseHtml(html: string): T.Document | T.DocumentFragment {
  return isDocument(html) ? parse(html) : parseFragment(html);
}

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

/** Escapes markup characters, and writes invisible or look-alike spaces as references so a diff shows them. */
function escapeText(text: string): string {
  return text
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/\u00a0/g, "&nbsp;")
    .replace(
      /[\u00ad\u1680\u2000-\u200f\u2028\u2029\u202f\u205f\u2060\u3000\ufeff]/g,
      (c) => `&#x${c.charCodeAt(0).toString(16)};`,
    );
}

function escapeAttr(text: string): string {
  return escapeText(text).replace(/"/g, "&quot;");
}

/** `<tag a="1" b>` with attributes sorted by name and class lists whitespace-collapsed. */
function openTag(el: Element): string {
  const attrs = el.attrs
    .map((a) => {
      const name = a.prefix ? `${a.prefix}:${a.name}` : a.name;
      const value = name === "class" ? collapseSpace(a.value).trim() : a.value;
      return { name, value };
    })
    .sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0))
    .map((a) => (a.value === "" ? ` ${a.name}` : ` ${a.name}="${escapeAttr(a.value)}"`));
  return `<${el.tagName}${attrs.join("")}>`;
}

/** Comment text with whitespace collapsed; the HTML inside IE conditional comments is normalised too. */
function normalComment(data: string): string {
  const conditional = /^\s*(\[if [^\]]*\]>)([\s\S]*)(<!\[endif\])\s*$/.exec(data);
  if (!conditional) return collapseSpace(data).trim();
  const inner = normalizeHtml(conditional[2]!)
    .split("\n")
    .map((l) => l.trim())
    .join("");
  return `${conditional[1]}${inner}${conditional[3]}`;
}

/** How to write: HTML, or XML (where whitespace between elements never matters), and the lines so far. */
interface Context {
  xml: boolean;
  lines: string[];
  /** Laid-out text of each text node (HTML only). */
  flow: Map<T.TextNode, string>;
}

/** A script's text: verbatim, except JSON data (e.g. JSON-LD), whose formatting is not content. */
function scriptText(el: Element, text: string): string {
  const type =
    el.attrs
      .find((a) => a.name === "type")
      ?.value.trim()
      .toLowerCase() ?? "";
  if (!/^application\/([\w.+-]+\+)?json$/.test(type)) return text;
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

/** Two spaces a level; past 100 levels the depth is written as a number, so pathological nesting stays linear. */
function indent(depth: number): string {
  return depth <= 100 ? "  ".repeat(depth) : `${"  ".repeat(100)}(${depth}) `;
}

/** A text node's canonical text ("" when it vanishes). */
function canonicalText(node: T.TextNode, verbatim: boolean, ctx: Context): string {
  if (verbatim) return node.value;
  if (ctx.xml) return collapseSpace(node.value).trim();
  return ctx.flow.get(node) ?? collapseSpace(node.value);
}

/** Where the writer is: indentation depth, inside verbatim text or not, and the parent's tag. */
interface Place {
  depth: number;
  verbatim: boolean;
  parent: string;
}

/** Writes one node's line(s); returns where its children go, or undefined when they are written already. */
function writeNode(node: Node, at: Place, ctx: Context): Place | undefined {
  const pad = indent(at.depth);
  if (node.nodeName === "#text") {
    const text = canonicalText(node as T.TextNode, at.verbatim, ctx);
    const raw = at.parent === "script" || at.parent === "style";
    if (text !== "") ctx.lines.push(pad + (raw ? text : escapeText(text)));
    return undefined;
  }
  if (node.nodeName === "#documentType") {
    ctx.lines.push(`${pad}<!doctype ${(node as T.DocumentType).name.toLowerCase()}>`);
    return undefined;
  }
  if (node.nodeName === "#comment") {
    ctx.lines.push(`${pad}<!-- ${normalComment((node as T.CommentNode).data)} -->`);
    return undefined;
  }
  if (!isElement(node)) return at;
  const verbatim = at.verbatim || VERBATIM_ELEMENTS.has(node.tagName);
  const tag = openTag(node);
  if (VOID_ELEMENTS.has(node.tagName)) {
    ctx.lines.push(pad + tag);
    return undefined;
  }
  const kids = childrenOf(node).filter(
    (k) => k.nodeName !== "#text" || canonicalText(k as T.TextNode, verbatim, ctx) !== "",
  );
  if (kids.length === 1 && kids[0]!.nodeName === "#text") {
    const only = canonicalText(kids[0] as T.TextNode, verbatim, ctx);
    const text =
      node.tagName === "script" ? scriptText(node, only) : node.tagName === "style" ? only : escapeText(only);
    ctx.lines.push(`${pad}${tag}${text}</${node.tagName}>`);
    return undefined;
  }
  ctx.lines.push(pad + tag);
  return { depth: at.depth + 1, verbatim, parent: node.tagName };
}

/** The canonical lines of a whole tree. */
function write(root: Node, ctx: Context): string {
  walkTree<Place>(root, { depth: 0, verbatim: false, parent: "" }, (node, at) => writeNode(node, at, ctx));
  return ctx.lines.join("\n");
}

/** Canonical form of an HTML document or fragment, so formatting noise does not count as a difference. */
export function normalizeHtml(html: string): string {
  const root = parseHtml(html);
  return write(root, { xml: false, lines: [], flow: flowText(root) });
}

/**
 * Canonical form of an XML file (feed, sitemap) in the same shape: parsed leniently as HTML markup,
 * with text trimmed and whitespace between elements ignored, as XML consumers read it.
 */
export function normalizeXml(xml: string): string {
  // An HTML parser does not know CDATA sections; in XML they are plain text, so escape them as such.
  const plain = xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) => escapeText(text));
  return write(parseFragment(plain), { xml: true, lines: [], flow: new Map() });
}

/** Text a visitor sees: body text without scripts, styles or templates, whitespace collapsed. */
export function visibleText(html: string): string {
  const parts: string[] = [];
  const isBlock = (node: Node): boolean => isElement(node) && BLOCK_ELEMENTS.has(node.tagName);
  walkTree(
    parseHtml(html),
    true,
    (node) => {
      if (node.nodeName === "#text") parts.push((node as T.TextNode).value);
      if (node.nodeName === "#text" || (isElement(node) && INVISIBLE_ELEMENTS.has(node.tagName))) return undefined;
      if (isBlock(node)) parts.push(" ");
      return true;
    },
    (node) => {
      if (isBlock(node)) parts.push(" ");
    },
  );
  return collapseSpace(parts.join("")).trim();
}

import { parse, parseFragment, type DefaultTreeAdapterTypes as T } from "parse5";
import { BLOCK_ELEMENTS, INVISIBLE_ELEMENTS, VERBATIM_ELEMENTS, VOID_ELEMENTS, collapseSpace, isDocument } from "./html-kinds.js";
import { flowText } from "./whitespace.js";

type Node = T.Node;
type ParentNode = T.ParentNode;
type Element = T.Element;

/** Parses a document or a fragment, whichever the text is. */
export function parseHtml(html: string): T.Document | T.DocumentFragment {
  return isDocument(html) ? parse(html) : parseFragment(html);
}

function isElement(node: Node): node is Element {
  return "tagName" in node;
}

/** Child nodes, looking into a `<template>`'s content. */
function childrenOf(node: Node): T.ChildNode[] {
  if (isElement(node) && node.tagName === "template" && "content" in node) return (node as T.Template).content.childNodes;
  return "childNodes" in node ? node.childNodes : [];
}

function escapeText(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/\u00a0/g, "&nbsp;");
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

/** Children of a node, text ones with their canonical text; text that normalises to nothing is dropped. */
function canonicalChildren(node: Node, verbatim: boolean, ctx: Context): Array<{ node: T.ChildNode; text?: string }> {
  const kids = childrenOf(node);
  const out: Array<{ node: T.ChildNode; text?: string }> = [];
  kids.forEach((child) => {
    if (child.nodeName === "#text") {
      const value = (child as T.TextNode).value;
      const text = verbatim ? value : ctx.xml ? collapseSpace(value).trim() : (ctx.flow.get(child as T.TextNode) ?? collapseSpace(value));
      if (text !== "") out.push({ node: child, text });
    } else {
      out.push({ node: child });
    }
  });
  return out;
}

/** Comment text with whitespace collapsed; the HTML inside IE conditional comments is normalised too. */
function normalComment(data: string): string {
  const conditional = /^\s*(\[if [^\]]*\]>)([\s\S]*)(<!\[endif\])\s*$/.exec(data);
  if (!conditional) return collapseSpace(data).trim();
  const inner = normalizeHtml(conditional[2]!).split("\n").map((l) => l.trim()).join("");
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
  const type = el.attrs.find((a) => a.name === "type")?.value.trim().toLowerCase() ?? "";
  if (!/^application\/([\w.+-]+\+)?json$/.test(type)) return text;
  try {
    return JSON.stringify(JSON.parse(text));
  } catch {
    return text;
  }
}

function writeNode(node: T.ChildNode | ParentNode, depth: number, verbatim: boolean, ctx: Context): void {
  const lines = ctx.lines;
  const pad = "  ".repeat(depth);
  if (node.nodeName === "#documentType") {
    lines.push(`${pad}<!doctype ${(node as T.DocumentType).name.toLowerCase()}>`);
  } else if (node.nodeName === "#comment") {
    lines.push(`${pad}<!-- ${normalComment((node as T.CommentNode).data)} -->`);
  } else if (isElement(node)) {
    const raw = verbatim || VERBATIM_ELEMENTS.has(node.tagName);
    const kids = canonicalChildren(node, raw, ctx);
    const tag = openTag(node);
    if (VOID_ELEMENTS.has(node.tagName)) {
      lines.push(pad + tag);
    } else if (kids.length === 1 && kids[0]!.text !== undefined) {
      const text = node.tagName === "script" ? scriptText(node, kids[0]!.text) : node.tagName === "style" ? kids[0]!.text : escapeText(kids[0]!.text);
      lines.push(`${pad}${tag}${text}</${node.tagName}>`);
    } else {
      lines.push(pad + tag);
      for (const kid of kids) writeChild(kid, depth + 1, raw, ctx, node.tagName);
    }
  } else {
    for (const kid of canonicalChildren(node, verbatim, ctx)) writeChild(kid, depth, verbatim, ctx, "");
  }
}

function writeChild(kid: { node: T.ChildNode; text?: string }, depth: number, verbatim: boolean, ctx: Context, parentTag: string): void {
  if (kid.text === undefined) return writeNode(kid.node, depth, verbatim, ctx);
  const raw = parentTag === "script" || parentTag === "style";
  ctx.lines.push("  ".repeat(depth) + (raw ? kid.text : escapeText(kid.text)));
}

/** Canonical form of an HTML document or fragment, so formatting noise does not count as a difference. */
export function normalizeHtml(html: string): string {
  const root = parseHtml(html);
  const ctx: Context = { xml: false, lines: [], flow: flowText(root) };
  writeNode(root, 0, false, ctx);
  return ctx.lines.join("\n");
}

/**
 * Canonical form of an XML file (feed, sitemap) in the same shape: parsed leniently as HTML markup,
 * with text trimmed and whitespace between elements ignored, as XML consumers read it.
 */
export function normalizeXml(xml: string): string {
  const ctx: Context = { xml: true, lines: [], flow: new Map() };
  // An HTML parser does not know CDATA sections; in XML they are plain text, so escape them as such.
  const plain = xml.replace(/<!\[CDATA\[([\s\S]*?)\]\]>/g, (_, text: string) => escapeText(text));
  writeNode(parseFragment(plain), 0, false, ctx);
  return ctx.lines.join("\n");
}

/** Text a visitor sees: body text without scripts, styles or templates, whitespace collapsed. */
export function visibleText(html: string): string {
  const parts: string[] = [];
  const walk = (node: Node): void => {
    if (node.nodeName === "#text") {
      parts.push((node as T.TextNode).value);
      return;
    }
    if (isElement(node)) {
      if (INVISIBLE_ELEMENTS.has(node.tagName)) return;
    }
    const block = isElement(node) && BLOCK_ELEMENTS.has(node.tagName);
    if (block) parts.push(" ");
    for (const child of "childNodes" in node ? node.childNodes : []) walk(child);
    if (block) parts.push(" ");
  };
  walk(parseHtml(html));
  return collapseSpace(parts.join("")).trim();
}

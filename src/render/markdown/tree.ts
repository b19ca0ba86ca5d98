import { Element } from "./element.js";
import type { Parser } from "./parser.js";
import type { GfmIds } from "./ids.js";

const SMART: Record<string, string> = { lsquo: "\u2018", rsquo: "\u2019", ldquo: "\u201c", rdquo: "\u201d" };
const TYPO: Record<string, string> = {
  mdash: "\u2014",
  ndash: "\u2013",
  hellip: "\u2026",
  laquo: "\u00ab",
  raquo: "\u00bb",
  laquo_space: "\u00ab\u00a0",
  raquo_space: "\u00a0\u00bb",
};

/** Span-parses every raw text node, drops end-of-block markers (applying their IALs), merges blank runs. */
export function updateTree(p: Parser, element: Element): void {
  let lastBlank: Element | null = null;
  const out: Element[] = [];
  for (const child of element.children) {
    if (child.type === "raw_text") {
      lastBlank = null;
      p.resetEnv(child.value!, "text");
      p.parseSpans(child);
      out.push(...child.children);
    } else if (child.type === "eob") {
      if (child.options.ial) p.updateAttrWithIal(child.attr, child.options.ial);
    } else if (child.type === "blank") {
      if (lastBlank) lastBlank.value += child.value!;
      else {
        lastBlank = child;
        out.push(child);
      }
    } else {
      lastBlank = null;
      updateTree(p, child);
      if (child.options.ial) p.updateAttrWithIal(child.attr, child.options.ial);
      if (
        child.type === "dt" ||
        (child.type === "header" && (p.options.auto_id_stripping || p.options.input === "GFM"))
      ) {
        child.options.rawText = p.options.input === "GFM" ? gfmRawText(child) : plainRawText(child);
      }
      out.push(child);
    }
  }
  element.children = out;
}

function plainRawText(el: Element): string {
  let s = "";
  for (const c of el.children) s += c.type === "text" ? c.value! : plainRawText(c);
  return s;
}

/** The GFM parser's header text for ids: text, code and math as written, entities and symbols as characters. */
function gfmRawText(el: Element): string {
  let s = "";
  for (const c of el.children) {
    switch (c.type) {
      case "text":
      case "codespan":
      case "math":
        s += c.value!;
        break;
      case "entity":
        s += c.value ?? "";
        break;
      case "smart_quote":
        s += SMART[c.value!] ?? "";
        break;
      case "typographic_sym":
        s += TYPO[c.value!] ?? "";
        break;
      default:
        s += gfmRawText(c);
    }
  }
  return s;
}

const BLOCK_TYPES = new Set([
  "blank",
  "p",
  "header",
  "blockquote",
  "codeblock",
  "ul",
  "ol",
  "li",
  "dl",
  "dt",
  "dd",
  "table",
  "td",
  "hr",
]);

/** GFM post-processing: header ids and backslash (or hard-wrap) line breaks. */
export function updateElementsGfm(p: Parser, element: Element, ids: GfmIds, hardBreak: string): void {
  const children = element.children;
  const n = children.length;
  let out: Element[] | null = null;
  for (let i = 0; i < n; i++) {
    const child = children[i]!;
    if (child.type === "text" && child.value!.includes(hardBreak)) {
      out ??= children.slice(0, i);
      const lines = child.value!.split(hardBreak);
      const category = BLOCK_TYPES.has(element.type) ? "block" : element.options.category;
      const omitTrailing = lines[lines.length - 1] === "" && category === "block" && i === n - 1;
      lines.forEach((line, index) => {
        out!.push(new Element("text", index > 0 ? `\n${line}` : line));
        if (index < lines.length - 2 || (index === lines.length - 2 && !omitTrailing)) out!.push(new Element("br"));
      });
      continue;
    }
    if (child.type === "header" && p.options.auto_ids && !("id" in child.attr))
      child.attr["id"] = ids.next(child.options.rawText ?? "");
    else if (child.type !== "html_element" && child.children.length > 0) updateElementsGfm(p, child, ids, hardBreak);
    out?.push(child);
  }
  if (out) element.children = out;
}

import { Element } from "../element.js";
import { escapeText } from "./escape.js";
import type { HtmlConverter } from "./html.js";

/** A footnote referenced in the document, in order of first reference. */
export interface FootnoteEntry {
  name: string;
  content: Element;
  number: number;
  repeat: number;
}

/** Deep copy of an element subtree. */
export function cloneElement(el: Element): Element {
  const c = new Element(el.type, el.value, { ...el.attr });
  c.options = { ...el.options };
  c.footnote = el.footnote;
  c.children = el.children.map(cloneElement);
  return c;
}

/** The `<div class="footnotes">` list kramdown appends, with back-links to each reference. */
export function footnoteContent(conv: HtmlConverter): string {
  const o = conv.options;
  const ol = new Element("ol");
  if (o.footnote_nr !== 1) ol.attr["start"] = String(o.footnote_nr);
  const backlink = escapeText(o.footnote_backlink);
  const nbsp = conv.entityToStr("\u00a0", 160);
  for (let i = 0; i < conv.footnotes.length; i++) {
    const { name, content, repeat } = conv.footnotes[i]!;
    const li = new Element("li");
    li.attr["id"] = `fn:${name}`;
    li.attr["role"] = "doc-endnote";
    li.children = content.children.map(cloneElement);
    let para: Element | undefined;
    let insertSpace = false;
    const lastChild = li.children[li.children.length - 1];
    if ((lastChild && lastChild.type === "p") || o.footnote_backlink_inline) {
      let parent = li;
      while (parent.children.length > 0 && !["p", "header"].includes(parent.children[parent.children.length - 1]!.type))
        parent = parent.children[parent.children.length - 1]!;
      para = parent.children[parent.children.length - 1];
      insertSpace = true;
    }
    if (!para) {
      para = new Element("p");
      li.children.push(para);
      insertSpace = false;
    }
    if (o.footnote_backlink !== "") {
      const link = (space: string, ref: string, text: string): Element =>
        new Element("raw", `${space}<a href="#fnref:${ref}" class="reversefootnote" role="doc-backlink">${text}</a>`);
      para.children.push(link(insertSpace ? nbsp : "", name, backlink));
      for (let k = 1; k <= repeat; k++)
        para.children.push(link(nbsp, `${name}:${k}`, `${backlink}<sup>${k + 1}</sup>`));
    }
    ol.children.push(new Element("raw", conv.convert(li, 4)));
  }
  if (ol.children.length === 0) return "";
  return `<div class="footnotes" role="doc-endnotes">\n${conv.convert(ol, 2)}</div>\n`;
}

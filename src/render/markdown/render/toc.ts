import { Element } from "../element.js";
import { cloneElement } from "./footnotes.js";
import type { HtmlConverter } from "./html.js";

/** A header that goes into the table of contents. */
export interface TocEntry {
  level: number;
  id: string;
  children: Element[];
}

function fixEntry(children: Element[]): Element[] {
  const out: Element[] = [];
  for (const c of children) {
    if (c.type === "footnote") continue;
    c.children = fixEntry(c.children);
    if (c.type === "a") out.push(...c.children);
    else out.push(c);
  }
  return out;
}

/** Renders the `{:toc}` list: nested lists of links to the headers. */
export function tocHtml(conv: HtmlConverter, toc: TocEntry[], list: Element): string {
  const type = list.type;
  const sections = new Element(type, null, { ...list.attr });
  sections.attr["id"] ??= "markdown-toc";
  const stack: Element[] = [];
  for (const { level, id, children } of toc) {
    const li = new Element("li");
    li.options.level = level;
    const p = new Element("p");
    p.options.transparent = true;
    const a = new Element("a");
    a.attr["href"] = `#${id}`;
    a.attr["id"] = `${sections.attr["id"]}-${id}`;
    a.children = fixEntry(children.map(cloneElement));
    p.children.push(a);
    li.children.push(p, new Element(type));
    for (;;) {
      if (stack.length === 0) {
        sections.children.push(li);
        stack.push(li);
        break;
      }
      const top = stack[stack.length - 1]!;
      if ((top.options.level ?? 0) < level) {
        top.children[top.children.length - 1]!.children.push(li);
        stack.push(li);
        break;
      }
      const item = stack.pop()!;
      if (item.children[item.children.length - 1]!.children.length === 0) item.children.pop();
    }
  }
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.children[item.children.length - 1]!.children.length === 0) item.children.pop();
  }
  return sections.children.length > 0 ? conv.convert(sections, 0) : "";
}

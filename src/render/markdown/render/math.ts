import type { Element } from "../element.js";
import type { MarkdownOptions } from "../options.js";
import { escapeAll, htmlAttributes } from "./escape.js";

/** Math as kramdown's MathJax engine writes it: `\[...\]` for display, `\(...\)` inline. */
export function mathHtml(options: MarkdownOptions, el: Element, sp: string): string {
  const block = el.options.category === "block";
  if (options.math_engine === "mathjax") {
    const value = escapeAll(el.value!);
    const result = block ? `\\[${value}\\]\n` : `\\(${value}\\)`;
    if (Object.keys(el.attr).length === 0) return result;
    if (block) return `${sp}<div${htmlAttributes(el.attr)}>${result}</div>\n`;
    return `<span${htmlAttributes(el.attr)}>$${el.value}$</span>`;
  }
  const attr = { ...el.attr };
  attr["class"] = `${attr["class"] ?? ""} kdmath`.replace(/^\s+/, "");
  if (block) return `${sp}<div${htmlAttributes(attr)}>$$\n${el.value}\n$$</div>\n`;
  return `<span${htmlAttributes(attr)}>$${el.value}$</span>`;
}

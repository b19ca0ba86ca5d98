import type { Element } from "../element.js";
import type { MarkdownOptions } from "../options.js";
import { defaultLang, highlightBlock, highlightSpan } from "../highlight/index.js";
import { escapeAll, htmlAttributes } from "./escape.js";

/** A code block: Rouge's `div.language-x.highlighter-rouge` wrapper, or a plain `pre > code`. */
export function codeblockHtml(options: MarkdownOptions, el: Element, indent: number): string {
  const sp = indent > 0 ? " ".repeat(indent) : "";
  const attr = { ...el.attr };
  const lang = extractLanguage(attr, true);
  const hl = highlightBlock(options, el.value!, el.options.lang ?? lang);
  if (hl !== null) {
    addHighlighterClass(attr, options, lang ?? defaultLang(options, "block"));
    return `${sp}<div${htmlAttributes(attr)}>${hl}${sp}</div>\n`;
  }
  let result = escapeAll(el.value!);
  if (result.endsWith("\n")) result = result.slice(0, -1);
  const codeAttr: Record<string, string> = {};
  if (lang) codeAttr["class"] = `language-${lang}`;
  return `${sp}<pre${htmlAttributes(attr)}><code${htmlAttributes(codeAttr)}>${result}\n</code></pre>\n`;
}

/** Inline code, highlighted (plain text by default) with the `highlighter-rouge` class. */
export function codespanHtml(options: MarkdownOptions, el: Element): string {
  const attr = { ...el.attr };
  const lang = extractLanguage(attr, false);
  const hl = highlightSpan(options, el.value!, lang);
  let body: string;
  if (hl !== null) {
    addHighlighterClass(attr, options, lang ?? defaultLang(options, "span"));
    body = hl;
  } else body = escapeAll(el.value!);
  return `<code${htmlAttributes(attr)}>${body}</code>`;
}

/** The language named by a `language-xxx` class (removed from the class when `remove`). */
function extractLanguage(attr: Record<string, string>, remove: boolean): string | undefined {
  const cls = attr["class"];
  if (cls === undefined) return undefined;
  const m = /\blanguage-(\S+)/.exec(cls);
  if (!m) return undefined;
  if (remove) {
    const rest = cls.replace(/\blanguage-\S+/, "").trim();
    if (rest === "") delete attr["class"];
    else attr["class"] = rest;
  }
  return m[1];
}

function addHighlighterClass(attr: Record<string, string>, options: MarkdownOptions, lang: string | undefined): void {
  let cls = `${attr["class"] ?? ""} highlighter-${options.syntax_highlighter}`.replace(/^\s+/, "");
  if (lang) cls = cls.replace(/\blanguage-\S+|^/, (m) => (m === "" ? `language-${lang} ` : `language-${lang}`));
  attr["class"] = cls;
}

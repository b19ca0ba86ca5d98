import { Element } from "../element.js";
import type { Parser, SpanRule } from "../parser.js";
import { HTML_BLOCK_ELEMENTS, HTML_ELEMENTS_WITHOUT_BODY, contentModel, isKnownElement, WS } from "../patterns.js";
import { HTML_COMMENT_RE, HTML_TAG_CLOSE_RE, HTML_TAG_RE, parseHtmlAttributes } from "../block/html.js";

const stopCache = new Map<string, RegExp>();
const ONLY_SELF = new WeakMap<SpanRule, SpanRule[]>();
function stopFor(name: string, known: boolean): RegExp {
  const k = (known ? "i" : "c") + name;
  let re = stopCache.get(k);
  if (!re) {
    re = new RegExp(`<\\/${name.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}${WS}*>`, known ? "yiu" : "yu");
    stopCache.set(k, re);
  }
  return re;
}

/** Span-level HTML: comments, tags (parsed as Markdown unless raw), stray end tags as text. */
export function parseSpanHtml(p: Parser, self: SpanRule): void {
  const src = p.src;
  let r: string | null;
  if (src.hasAfter("-->") && (r = src.scan(HTML_COMMENT_RE)) !== null) {
    const el = new Element("xml_comment", r);
    el.options.category = "span";
    p.tree.children.push(el);
    return;
  }
  if ((r = src.scan(HTML_TAG_CLOSE_RE)) !== null) {
    p.addText(r);
    return;
  }
  const m = src.check(HTML_TAG_RE);
  if (!m) {
    p.addText(src.getch());
    return;
  }
  src.pos += m[0].length;
  let name = m[1]!;
  if (isKnownElement(name.toLowerCase())) name = name.toLowerCase();
  if (HTML_BLOCK_ELEMENTS.has(name)) {
    p.addText(m[0]);
    return;
  }
  const attrs = parseHtmlAttributes(m[2]!, isKnownElement(name));
  for (const k of Object.keys(attrs)) if (attrs[k] !== "") attrs[k] = attrs[k]!.replace(/\n+/g, " ");
  let doParsing =
    contentModel(name) === "raw" || p.tree.options.contentModel === "raw" ? false : p.options.parse_span_html;
  const md = attrs["markdown"];
  if (md !== undefined) {
    delete attrs["markdown"];
    // markdown="block" cannot apply to span-level HTML: kramdown warns and keeps the default.
    if (md === "span") doParsing = true;
    else if (md === "1") doParsing = contentModel(name) !== "raw";
    else if (md === "0") doParsing = false;
  }
  const el = new Element("html_element", name, attrs);
  el.options.category = "span";
  el.options.contentModel = doParsing ? "span" : "raw";
  el.options.isClosed = m[4] !== undefined;
  p.tree.children.push(el);
  if (m[4] === undefined && !HTML_ELEMENTS_WITHOUT_BODY.has(name)) {
    const stop = stopFor(name, isKnownElement(name));
    if (p.parseSpans(el, stop, doParsing ? null : (ONLY_SELF.get(self) ?? ONLY_SELF.set(self, [self]).get(self)!)))
      src.scan(stop);
    else {
      p.addText(src.rest, el);
      src.terminate();
    }
  }
}

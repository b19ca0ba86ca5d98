import { Element, type Ial } from "../element.js";
import { normalizeLinkId, type Parser } from "../parser.js";
import { ALD_ID_NAME } from "../patterns.js";
import { strip } from "../strings.js";

export const LINK_START = /!?\[(?=[^^])/y;
const LINK_BRACKET_STOP = /(\])|!?\[/y;
const LINK_PAREN_STOP = /(\()|(\))|[ \t\n\r\f\v](?=['"])/g;
const LINK_INLINE_ID = /[ \t\n\r\f\v]*?\[([^\]]+)?\]/y;
const LINK_INLINE_TITLE = /[ \t\n\r\f\v]*?(["'])([\s\S]+?)\1[ \t\n\r\f\v]*?\)/y;
const ANGLE_URL = /\(<([^\n]*?)>/y;
const PAREN = /\(/y;
const CLOSE_PAREN = /\)/y;
const ESCAPED = /\\([\\.*_+`<>()[\]{}#!:|"'$=-])/g;

function addLink(p: Parser, el: Element, href: string, title: string | undefined, alt: string, ial?: Ial): void {
  if (ial) {
    el.options.ial = ial;
    p.updateAttrWithIal(el.attr, ial);
  }
  if (el.type === "a") el.attr["href"] = href;
  else {
    el.attr["src"] = href;
    el.attr["alt"] = alt;
    el.children = [];
  }
  if (title !== undefined) el.attr["title"] = title;
  p.tree.children.push(el);
}

/** Inline links and images `[text](url "title")`, and reference links `[text][id]` / `[id]`. */
export function parseLink(p: Parser): void {
  const src = p.src;
  const result = src.scan(LINK_START)!;
  const curPos = src.pos;
  const type = result.startsWith("!") ? "img" : "a";
  if (
    type === "a" &&
    (p.tree.type === "img" || p.tree.type === "a" || p.spanStack.some((t) => t.type === "img" || t.type === "a"))
  ) {
    p.addText(result);
    return;
  }
  if (p.budget < 0 || !src.hasAfter("]", curPos)) {
    p.addText(result);
    return;
  }
  const el = new Element(type);
  let count = 1;
  const found = p.parseSpans(el, LINK_BRACKET_STOP, null, p.textType, () => {
    count += src.g(1) !== undefined ? -1 : 1;
    return count - el.children.filter((c) => c.type === "img").length === 0;
  });
  if (!found) {
    src.pos = curPos;
    p.addText(result);
    return;
  }
  const alt = src.str.slice(curPos, src.pos).replace(ESCAPED, "$1");
  src.scan(LINK_BRACKET_STOP);
  const idm = src.check(LINK_INLINE_ID);
  if (idm || !src.test(PAREN)) {
    if (idm) src.pos += idm[0].length;
    const id = normalizeLinkId(idm?.[1] ?? alt);
    const def = p.linkDefs.get(id);
    if (def) addLink(p, el, def[0], def[1], alt, def[2]?.options.ial);
    else {
      src.pos = curPos;
      p.addText(result);
    }
    return;
  }
  let url: string;
  const am = src.check(ANGLE_URL);
  if (am) {
    src.pos += am[0].length;
    url = am[1]!;
    if (src.scan(CLOSE_PAREN) !== null) {
      addLink(p, el, url, undefined, alt);
      return;
    }
  } else {
    let acc = "";
    let depth = 0;
    for (;;) {
      p.budget--;
      LINK_PAREN_STOP.lastIndex = src.pos;
      const m = LINK_PAREN_STOP.exec(src.str);
      if (!m) break;
      acc += src.str.slice(src.pos, m.index + m[0].length);
      src.pos = m.index + m[0].length;
      if (m[2] !== undefined) {
        depth--;
        if (depth === 0) break;
      } else if (m[1] !== undefined) depth++;
      else break;
    }
    url = strip(acc.slice(1, -1));
    if (depth === 0) {
      addLink(p, el, url, undefined, alt);
      return;
    }
  }
  const tm = src.check(LINK_INLINE_TITLE);
  if (tm) {
    src.pos += tm[0].length;
    addLink(p, el, url, tm[2], alt);
  } else {
    src.pos = curPos;
    p.addText(result);
  }
}

export const FOOTNOTE_MARKER_START = new RegExp(`\\[\\^(${ALD_ID_NAME})\\]`, "y");

/** `[^name]` references a footnote definition. */
export function parseFootnoteMarker(p: Parser): void {
  const src = p.src;
  const m = src.check(FOOTNOTE_MARKER_START)!;
  src.pos += m[0].length;
  const def = p.footnotes.get(m[1]!);
  if (!def) {
    p.addText(m[0]);
    return;
  }
  if (def.eob) {
    if (def.eob.options.ial) p.updateAttrWithIal(def.eob.attr, def.eob.options.ial);
    def.attr = def.eob.attr;
    def.options = def.eob.options;
    def.eob = undefined;
  }
  const el = new Element("footnote", null, def.attr);
  el.options = { ...def.options, name: m[1]! };
  el.footnote = def.content;
  (def.markers ??= []).push(el);
  p.tree.children.push(el);
}

export const AUTOLINK_START = /<((mailto|https?|ftps?):[^\n]+?|[\p{L}\p{M}\p{Nd}\-_.]+?@[\p{L}\p{M}\p{Nd}\-_.]+?)>/uy;

/** `<http://...>` and `<user@example.org>` autolinks. */
export function parseAutolink(p: Parser): void {
  const src = p.src;
  const m = src.check(AUTOLINK_START)!;
  src.pos += m[0].length;
  const href = m[2] === undefined ? `mailto:${m[1]}` : m[1]!;
  const el = new Element("a");
  el.attr["href"] = href;
  p.addText(m[1]!.replace(/^mailto:/, ""), el);
  p.tree.children.push(el);
}

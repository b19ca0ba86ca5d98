import { Element } from "../element.js";
import { normalizeLinkId, type Parser } from "../parser.js";
import {
  sticky,
  rubyLineRegExp,
  lineRegExps,
  OPT_SPACE,
  ALD_ID_NAME,
  CODEBLOCK_MATCH,
  INDENT,
  WS,
} from "../patterns.js";
import { strip } from "../strings.js";

export const LINK_DEFINITION_START = sticky(
  `^${OPT_SPACE}\\[([^\\n\\]]+)\\]:[ \\t]*(?:<([^\\n]*?)>|([^\\n]*?[^ \\t\\n\\r\\f\\v][^\\n]*?))(?:(?:[ \\t]*?\\n|[ \\t]+?)[ \\t]*?(["'])([^\\n]+?)\\4)?[ \\t]*?\\n`,
);

/** `[id]: url "title"` link definitions. */
export function parseLinkDefinition(p: Parser): boolean {
  const src = p.src;
  const m = src.check(LINK_DEFINITION_START)!;
  if (/[ \t]+["']/.test(m[3] ?? "")) return false;
  src.pos += m[0].length;
  const eob = p.newBlock("eob", "link_def");
  p.tree.children.push(eob);
  p.linkDefs.set(normalizeLinkId(m[1]!), [m[2] ?? m[3]!, m[5], eob]);
  return true;
}

export const FOOTNOTE_DEFINITION_START = sticky(
  `^${OPT_SPACE}\\[\\^(${ALD_ID_NAME})\\]:${WS}*?([^\\n]*?\\n${CODEBLOCK_MATCH})`,
);
const INDENT_G = lineRegExps(INDENT, "g");

/** `[^name]: text` footnote definitions (continued by indented lines). */
export function parseFootnoteDefinition(p: Parser): boolean {
  const src = p.src;
  const m = src.check(FOOTNOTE_DEFINITION_START)!;
  src.pos += m[0].length;
  const el = new Element("footnote_def");
  const env = p.saveEnv();
  p.parseBlocks(el, m[2]!.replace(INDENT_G.pick(m[2]!), ""));
  p.restoreEnv(env);
  const eob = p.newBlock("eob", "footnote_def");
  p.tree.children.push(eob);
  p.footnotes.set(m[1]!, { content: el, eob });
  return true;
}

export const ABBREV_DEFINITION_START = sticky(`^${OPT_SPACE}\\*\\[([^\\n]+?)\\]:([^\\n]*?)\\n`);

/** `*[HTML]: Hyper Text Markup Language` abbreviation definitions. */
export function parseAbbrevDefinition(p: Parser): boolean {
  const src = p.src;
  const m = src.check(ABBREV_DEFINITION_START)!;
  src.pos += m[0].length;
  const eob = p.newBlock("eob", "abbrev_def");
  p.tree.children.push(eob);
  p.abbrevDefs.set(m[1]!, strip(m[2]!));
  p.abbrevAttr.set(m[1]!, eob);
  return true;
}

const escapeRe = (s: string): string => s.replace(/[.*+?^${}()|[\]\\\-/]/g, "\\$&");

/** Wraps each occurrence of a defined abbreviation (on word boundaries) in an `abbreviation` node. */
export function replaceAbbreviations(p: Parser, el: Element, res?: [RegExp, RegExp, RegExp]): void {
  if (p.abbrevDefs.size === 0) return;
  if (!res) {
    const sorted = [...p.abbrevDefs.keys()].sort((a, b) => b.length - a.length);
    const union = sorted.map(escapeRe).join("|");
    res = [
      new RegExp(union, "u"),
      rubyLineRegExp(`(?=(?:\\W|^)(?:${union})(?!\\w))`, "gu"),
      new RegExp(`(?:${union})`, "yu"),
    ];
  }
  const out: Element[] = [];
  for (const child of el.children) {
    if (child.type === "text" && el.options.contentModel !== "raw") {
      const v = child.value!;
      if (!res[0].test(v)) {
        out.push(child);
        continue;
      }
      let pos = 0;
      let textStart = 0;
      const finder = res[1];
      for (;;) {
        finder.lastIndex = pos;
        const m = finder.exec(v);
        if (!m) break;
        let at = m.index;
        res[2].lastIndex = at;
        let am = res[2].exec(v);
        if (!am) {
          at += String.fromCodePoint(v.codePointAt(at)!).length;
          res[2].lastIndex = at;
          am = res[2].exec(v);
        }
        if (!am) {
          pos = m.index + 1;
          continue;
        }
        out.push(new Element("text", v.slice(textStart, at)));
        out.push(new Element("abbreviation", am[0]));
        pos = textStart = at + am[0].length;
      }
      out.push(new Element("text", v.slice(textStart)));
    } else {
      replaceAbbreviations(p, child, res);
      out.push(child);
    }
  }
  el.children = out;
}

import { Element } from "../element.js";
import type { Parser } from "../parser.js";
import {
  sticky,
  ALD_ID_NAME,
  ALD_ANY_CHARS,
  IAL_BLOCK,
  LAZY_END_HTML_STOP,
  LAZY_END_HTML_START,
  LIST_START,
  LIST_START_UL,
  LIST_START_OL,
  EOB_MARKER,
  BLANK_LINE,
  HR_START,
  PATTERN_TAIL,
} from "../patterns.js";
import { parseAttributeList } from "./extensions.js";

export const LIST_ITEM_IAL = new RegExp(
  `^[ \\t\\n\\r\\f\\v]*(?:\\{:(?!(?:${ALD_ID_NAME})?:|\\/)(${ALD_ANY_CHARS}+)\\})[ \\t\\n\\r\\f\\v]*`,
  "u",
);
const LIST_ITEM_IAL_CHECK = new RegExp(`^(?:${LIST_ITEM_IAL.source.slice(1)})?[ \\t\\n\\r\\f\\v]*\\n`, "u");
/** LIST_START tested against one line: `^` is just the start of that line. */
const LIST_START_ANY = new RegExp(LIST_START, "u");
export const LIST_START_RE = sticky(LIST_START);
const UL_RE = sticky(LIST_START_UL);
const OL_RE = sticky(LIST_START_OL);
const EOB_RE = sticky(EOB_MARKER);
const BLANK_RE = sticky(BLANK_LINE);
const HR_RE = sticky(HR_START);

/** Patterns for an item's continuation lines, by content indentation. */
export interface LinePatterns {
  content: RegExp;
  lazy: RegExp;
  indent: RegExp;
}
const cache = new Map<number, LinePatterns>();

function patterns(indentation: number): LinePatterns {
  let p = cache.get(indentation);
  if (!p) {
    const q = Math.floor(indentation / 4),
      r = indentation % 4;
    const line = "(?=[^\\n]*[^ \\t\\n\\r\\f\\v])[^\\n]*\\n";
    p = {
      indent: new RegExp(`^ {${indentation}}`),
      content: sticky(`^(?:(?:\\t| {4}){${q}} {${r}}|(?:\\t| {4}){${q + 1}})${line}`),
      lazy: sticky(
        `(?!^ {0,${Math.min(indentation, 3)}}(?:${IAL_BLOCK}|${LAZY_END_HTML_STOP}|${LAZY_END_HTML_START}))${line}`,
      ),
    };
    cache.set(indentation, p);
  }
  return p;
}

/** Normalises an item's first line (tabs to spaces) and computes the item's content indentation. */
export function parseFirstListLine(indentation: number, content: string): [string, number, LinePatterns] {
  if (LIST_ITEM_IAL_CHECK.test(content)) indentation = 4;
  else {
    while (/^ *\t/.test(content)) {
      const temp = /^ */.exec(content)![0].length + indentation;
      content = content.replace(
        /^( *)(\t+)/,
        (_, sp: string, tabs: string) => sp + " ".repeat(4 - (temp % 4) + (tabs.length - 1) * 4),
      );
    }
    indentation += /^ */.exec(content)![0].length;
  }
  content = content.replace(/^[ \t\n\r\f\v]*/, "");
  return [content, indentation, patterns(indentation)];
}

const itemStartCache = new Map<string, RegExp>();
/** Pattern for further items of a list whose content starts at `indentation`. */
export function itemStart(type: "ul" | "ol" | "dl", indentation: number): RegExp {
  const k = `${type}${Math.min(indentation, 4)}`;
  let re = itemStartCache.get(k);
  if (!re) {
    const sp = ` {0,${Math.max(0, Math.min(indentation, 4) - 1)}}`;
    const marker = type === "ul" ? "[+*\\-]" : type === "ol" ? "\\d+\\." : ":";
    re = sticky(`^(${sp}${marker})(${PATTERN_TAIL})`);
    itemStartCache.set(k, re);
  }
  return re;
}

/** Ordered and unordered lists, with kramdown's indentation and laziness rules. */
export function parseList(p: Parser): boolean {
  const src = p.src;
  const type: "ul" | "ol" = src.test(UL_RE) ? "ul" : "ol";
  let startRe = type === "ul" ? UL_RE : OL_RE;
  const list = p.newBlock(type);
  let item: Element | null = null;
  let pats: LinePatterns | null = null;
  let indentation = 0;
  let eobFound = false,
    nestedListFound = false,
    lastIsBlank = false;
  while (!src.eos) {
    let result: string | null;
    if (lastIsBlank && src.test(HR_RE)) break;
    else if (src.scan(EOB_RE)) {
      eobFound = true;
      break;
    } else if (src.scan(startRe)) {
      list.options.firstListMarker ??= src.g(1)!.trim();
      item = new Element("li");
      let value: string;
      [value, indentation, pats] = parseFirstListLine(src.g(1)!.length, src.g(2)!);
      list.children.push(item);
      const it = item;
      value = value.replace(LIST_ITEM_IAL, (_m, attrs: string) => {
        parseAttributeList(attrs, (it.options.ial ??= {}));
        return "";
      });
      startRe = itemStart(type, indentation);
      nestedListFound = LIST_START_ANY.test(value);
      lastIsBlank = false;
      item.pieces = [value];
    } else if (
      pats &&
      item &&
      ((result = src.scan(pats.content)) !== null || (!lastIsBlank && (result = src.scan(pats.lazy)) !== null))
    ) {
      result = result.replace(/^(\t+)/, (t) => " ".repeat(4 * t.length));
      const stripped = result.replace(pats.indent, "");
      const indentationFound = stripped !== result;
      result = stripped;
      if (!nestedListFound && indentationFound && LIST_START_ANY.test(result)) {
        item.pieces!.push("");
        nestedListFound = true;
      } else if (nestedListFound && !indentationFound && LIST_START_ANY.test(result)) {
        result = " ".repeat(indentation + 4) + result;
      }
      item.pieces![item.pieces!.length - 1] += result;
      lastIsBlank = false;
    } else if (item && (result = src.scan(BLANK_RE)) !== null) {
      nestedListFound = true;
      lastIsBlank = true;
      item.pieces![item.pieces!.length - 1] += result;
    } else break;
  }
  p.tree.children.push(list);
  let last: Element | null = null;
  const items = list.children;
  for (const it of items) {
    const temp = new Element("temp");
    const env = p.saveEnv();
    for (const piece of it.pieces ?? []) p.parseBlocks(temp, piece);
    p.restoreEnv(env);
    it.children = temp.children;
    it.pieces = undefined;
    const ch = it.children;
    if (ch.length === 0) continue;
    if (ch[0]!.type === "p" && ch.length >= 2 && ch[1]!.type === "eob" && ch[0]!.options.ial) ch.splice(1, 1);
    const lastItem = items[items.length - 1];
    if (
      ch[0]!.type === "p" &&
      (ch.length < 2 || ch[1]!.type !== "blank" || (it === lastItem && ch.length === 2 && !eobFound)) &&
      (lastItem !== it ||
        items.length === 1 ||
        items.slice(0, -1).some((c) => c.children[0]?.type !== "p" || c.children[0].options.transparent))
    ) {
      if (ch.length > 1 && ch[1]!.type !== "blank") ch[0]!.children[0]!.value += "\n";
      ch[0]!.options.transparent = true;
    }
    last = ch[ch.length - 1]!.type === "blank" ? ch.pop()! : null;
  }
  if (last && !eobFound) p.tree.children.push(last);
  return true;
}

const UNCHECKED = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" />';
const CHECKED = '<input type="checkbox" class="task-list-item-checkbox" disabled="disabled" checked="checked" />';

/** GFM: a list, then `[ ]` / `[x]` at the start of items become task-list checkboxes. */
export function parseListGfm(p: Parser): boolean {
  parseList(p);
  let list: Element | undefined;
  for (let i = p.tree.children.length - 1; i >= 0; i--) {
    const c = p.tree.children[i]!;
    if (c.type === "ul" || c.type === "ol") {
      list = c;
      break;
    }
  }
  if (!list) return true;
  let isTask = false;
  for (const li of list.children) {
    const first = li.children[0];
    if (first?.type !== "p") continue;
    const text = first.children[0];
    if (!text || text.value === null) continue;
    let v = text.value;
    const a = v.replace(/^[ \t\n\r\f\v]*\[ \][ \t\n\r\f\v]+/, UNCHECKED);
    const changedA = a !== v;
    v = a;
    const b = v.replace(/^[ \t\n\r\f\v]*\[[xX]\][ \t\n\r\f\v]+/, CHECKED);
    const changedB = b !== v;
    v = b;
    text.value = v;
    isTask ||= changedA || changedB;
    if (isTask) li.attr["class"] = "task-list-item";
  }
  if (isTask) list.attr["class"] = "task-list";
  return true;
}

import { Element } from "../element.js";
import type { Parser } from "../parser.js";
import { sticky, DEFINITION_LIST_START, EOB_MARKER, BLANK_LINE } from "../patterns.js";
import { parseAttributeList } from "./extensions.js";
import { LIST_ITEM_IAL, itemStart, parseFirstListLine, type LinePatterns } from "./list.js";

const EOB_RE = sticky(EOB_MARKER);
const BLANK_RE = sticky(BLANK_LINE);

export const DL_START_RE = sticky(DEFINITION_LIST_START);

/** Definition lists: term lines (the previous paragraph) followed by `: definition` items. */
export function parseDefinitionList(p: Parser): boolean {
  const src = p.src;
  const children = p.tree.children;
  const n = children.length;
  const lastC = children[n - 1];
  if (
    !lastC ||
    (n === 1 && lastC.type !== "p") ||
    (n >= 2 && lastC.type !== "p" && (lastC.type !== "blank" || lastC.value !== "\n" || children[n - 2]!.type !== "p"))
  )
    return false;
  let firstAsPara = false;
  const deflist = p.newBlock("dl");
  let para = children.pop()!;
  if (para.type === "blank") {
    para = children.pop()!;
    firstAsPara = true;
  }
  const terms = (para.children[0]?.value ?? "").split("\n");
  while (terms.length > 0 && terms[terms.length - 1] === "") terms.pop();
  for (const term0 of terms) {
    const el = new Element("dt");
    const term = term0.replace(LIST_ITEM_IAL, (_m, attrs: string) => {
      parseAttributeList(attrs, (el.options.ial ??= {}));
      return "";
    });
    el.options.rawText = term;
    el.children.push(new Element("raw_text", term));
    deflist.children.push(el);
  }
  if (para.options.ial) deflist.options.ial = para.options.ial;
  let item: Element | null = null;
  let pats: LinePatterns | null = null;
  let defStart = DL_START_RE;
  let lastIsBlank = false;
  while (!src.eos) {
    let result: string | null;
    if (src.scan(defStart)) {
      item = new Element("dd");
      item.options.firstAsPara = firstAsPara;
      let value: string, indentation: number;
      [value, indentation, pats] = parseFirstListLine(src.g(1)!.length, src.g(2)!);
      deflist.children.push(item);
      const it = item;
      value = value.replace(LIST_ITEM_IAL, (_m, attrs: string) => {
        parseAttributeList(attrs, (it.options.ial ??= {}));
        return "";
      });
      item.value = value;
      defStart = itemStart("dl", indentation);
      firstAsPara = false;
      lastIsBlank = false;
    } else if (src.test(EOB_RE)) break;
    else if (
      pats &&
      item &&
      ((result = src.scan(pats.content)) !== null || (!lastIsBlank && (result = src.scan(pats.lazy)) !== null))
    ) {
      result = result.replace(/^(\t+)/, (t) => " ".repeat(4 * t.length)).replace(pats.indent, "");
      item.value += result;
      firstAsPara = false;
      lastIsBlank = false;
    } else if (item && (result = src.scan(BLANK_RE)) !== null) {
      firstAsPara = true;
      item.value += result;
      lastIsBlank = true;
    } else break;
  }
  let last: Element | null = null;
  for (const it of deflist.children) {
    if (it.type === "dt") continue;
    p.parseBlocks(it, it.value ?? "");
    it.value = null;
    const ch = it.children;
    if (ch.length === 0) continue;
    last = ch[ch.length - 1]!.type === "blank" ? ch.pop()! : null;
    const fap = it.options.firstAsPara;
    delete it.options.firstAsPara;
    if (ch[0] && ch[0].type === "p" && !fap) {
      if (ch.length > 1) ch[0].children[0]!.value += "\n";
      ch[0].options.transparent = true;
    }
  }
  const ch = p.tree.children;
  if (ch.length >= 1 && ch[ch.length - 1]!.type === "dl") ch[ch.length - 1]!.children.push(...deflist.children);
  else if (ch.length >= 2 && ch[ch.length - 1]!.type === "blank" && ch[ch.length - 2]!.type === "dl") {
    ch.pop();
    ch[ch.length - 1]!.children.push(...deflist.children);
  } else ch.push(deflist);
  if (last) ch.push(last);
  return true;
}

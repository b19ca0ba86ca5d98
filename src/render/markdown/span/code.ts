import { Element } from "../element.js";
import type { Parser } from "../parser.js";

export const CODESPAN_START = /`+/y;
const WS_AT = /[ \t\n\r\f\v]/y;
const WS1 = /[ \t\n\r\f\v]/;

/** Backtick code spans: a run of n backticks up to the next run of n backticks. */
export function parseCodespan(p: Parser): void {
  const src = p.src;
  const start = src.pos;
  const result = src.scan(CODESPAN_START)!;
  const simple = result.length === 1;
  if (simple && (start === 0 || WS1.test(src.str[start - 1]!)) && src.test(WS_AT)) {
    p.addText(result);
    return;
  }
  const at = src.str.indexOf(result, src.pos);
  if (at < 0) {
    p.addText(result);
    return;
  }
  let text = src.str.slice(src.pos, at);
  src.pos = at + result.length;
  if (!simple) {
    if (text.startsWith(" ")) text = text.slice(1);
    if (text.endsWith(" ")) text = text.slice(0, -1);
  }
  p.tree.children.push(new Element("codespan", text));
}

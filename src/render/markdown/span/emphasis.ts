import { Element } from "../element.js";
import type { Parser } from "../parser.js";

export const EMPHASIS_START = /\*\*?|__?/y;
const WS1 = /[ \t\n\r\f\v]/;
const WS_AT = /[ \t\n\r\f\v]/y;
const ALPHA = /\p{Alphabetic}/u;
const stopCache = new Map<string, [RegExp, RegExp, RegExp]>();

function stops(delim: string): [RegExp, RegExp, RegExp] {
  let s = stopCache.get(delim);
  if (!s) {
    const e = delim.replace(/\*/g, "\\*");
    s = [new RegExp(e, "y"), new RegExp(`${e}${e}(?!${e})`, "y"), new RegExp(`${e}[\\p{L}\\p{M}\\p{Nd}]`, "yu")];
    stopCache.set(delim, s);
  }
  return s;
}

function codePointBefore(str: string, at: number): [string, number] {
  if (at <= 0) return ["", at];
  const lo = str.charCodeAt(at - 1);
  if (lo >= 0xdc00 && lo <= 0xdfff && at >= 2) {
    const hi = str.charCodeAt(at - 2);
    if (hi >= 0xd800 && hi <= 0xdbff) return [str.slice(at - 2, at), at - 2];
  }
  return [str[at - 1]!, at - 1];
}

/** True when the text before `at` ends like a word (letters, maybe one hyphen): `_` there is not emphasis. */
function intraword(str: string, at: number): boolean {
  const [c1, i1] = codePointBefore(str, at);
  if (c1 === "") return false;
  if (ALPHA.test(c1)) return true;
  if (c1 !== "-") return false;
  const [c2] = codePointBefore(str, i1);
  return c2 !== "" && ALPHA.test(c2);
}

/** `*em*`, `**strong**`, `_em_`, `__strong__` with kramdown's rules for where they may open and close. */
export function parseEmphasis(p: Parser): void {
  const src = p.src;
  const saved = src.pos;
  const result = src.scan(EMPHASIS_START)!;
  const element = result.length === 2 ? "strong" : "em";
  const type = result[0]!;
  if (
    (type === "_" && intraword(src.str, saved)) ||
    src.test(WS_AT) ||
    p.tree.type === element ||
    p.spanStack.some((e) => e.type === element) ||
    p.budget < 0
  ) {
    p.addText(result);
    return;
  }
  const subParse = (delim: string, elem: "em" | "strong"): [boolean, Element, RegExp] => {
    const el = new Element(elem);
    const [stop, dbl, alnum] = stops(delim);
    const found = p.parseSpans(
      el,
      stop,
      null,
      p.textType,
      () =>
        !WS1.test(src.charBefore(src.pos)) &&
        (elem !== "em" || !src.test(dbl)) &&
        (type !== "_" || !src.test(alnum)) &&
        el.children.length > 0,
    );
    return [found, el, stop];
  };
  let [found, el, stop] = subParse(result, element);
  if (!found && element === "strong" && p.tree.type !== "em") {
    src.pos = saved + 1;
    [found, el, stop] = subParse(type, "em");
  }
  if (found) {
    src.scan(stop);
    p.tree.children.push(el);
  } else {
    src.pos = saved + result.length;
    p.addText(result);
  }
}

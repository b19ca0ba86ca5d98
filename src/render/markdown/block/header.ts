import type { Parser } from "../parser.js";
import { sticky, OPT_SPACE, ATX_HEADER_START_GFM, ATX_HEADER_START_KD } from "../patterns.js";
import { addHeader, afterBlockBoundary } from "./basic.js";
import { rstrip } from "../strings.js";

const NAME_START =
  ":A-Z_a-z\\u00C0-\\u00D6\\u00D8-\\u00F6\\u00F8-\\u02FF\\u0370-\\u037D\\u037F-\\u1FFF\\u200C-\\u200D\\u2070-\\u218F\\u2C00-\\u2FEF\\u3001-\\uD7FF\\uF900-\\uFDCF\\uFDF0-\\uFFFD\\u{10000}-\\u{EFFFF}";
const NAME_CHAR = NAME_START + "\\-.0-9\\u00B7\\u0300-\\u036F\\u203F-\\u2040";
const HEADER_ID = new RegExp(`[\\t ]\\{#([${NAME_START}][${NAME_CHAR}]*)\\}$`, "u");

/** Splits header text from a trailing `{#id}`. */
function headerContents(contents: string): [string, string | undefined] {
  let text = rstrip(contents);
  const m = HEADER_ID.exec(text);
  let id: string | undefined;
  if (m) {
    id = m[1];
    text = rstrip(text.slice(0, text.length - m[0].length));
  }
  return [text, id];
}

export const ATX_GFM_RE = sticky(ATX_HEADER_START_GFM);
/** GFM `#` headers (paragraph_end quirk: no blank line needed before them). */
export function parseAtxHeaderGfmQuirk(p: Parser): boolean {
  const m = p.src.check(ATX_GFM_RE)!;
  let [text, id] = headerContents(m[2]!);
  const stripped = text.replace(/[\t ]#+$/, "");
  if (stripped !== text) text = rstrip(stripped);
  if (text === "") return false;
  addHeader(p, m[1]!.length, text, id, m[0].length);
  return true;
}

/** GFM `#` headers without the quirk: they need a block boundary before them. */
export function parseAtxHeaderGfm(p: Parser): boolean {
  if (!afterBlockBoundary(p)) return false;
  return parseAtxKramdownStyle(p, ATX_GFM_RE);
}

export const ATX_KD_RE = sticky(ATX_HEADER_START_KD);
/** kramdown `#` headers. */
export function parseAtxHeader(p: Parser): boolean {
  if (!afterBlockBoundary(p)) return false;
  return parseAtxKramdownStyle(p, ATX_KD_RE);
}

function parseAtxKramdownStyle(p: Parser, re: RegExp): boolean {
  const m = p.src.check(re)!;
  let [text, id] = headerContents(m[2]!);
  const stripped = text.replace(/(?<!\\)#+$/, "");
  if (stripped !== text) text = rstrip(stripped);
  if (text === "") return false;
  addHeader(p, m[1]!.length, text, id, m[0].length);
  return true;
}

export const SETEXT_RE = sticky(`^${OPT_SPACE}([^ \\t][^\\n]*)\\n([\\-=])[\\-=]*[ \\t\\r\\f\\v]*\\n`);
/** Underlined headers (`===` level 1, `---` level 2). */
export function parseSetextHeader(p: Parser): boolean {
  if (!afterBlockBoundary(p)) return false;
  const m = p.src.check(SETEXT_RE)!;
  const [text, id] = headerContents(m[1]!);
  if (text === "") return false;
  addHeader(p, m[2] === "-" ? 2 : 1, text, id, m[0].length);
  return true;
}

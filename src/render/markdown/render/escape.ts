const TEXT_RE = /&(?:[\w:][-\w.:]*;|#\d+;|#x[0-9a-fA-F]+;)|[<>&]/g;
const ATTR_RE = /&(?:[\w:][-\w.:]*;|#\d+;|#x[0-9a-fA-F]+;)|[<>&"]/g;
const ALL_RE = /[<>&]/g;
const NEEDS_TEXT = /[<>&]/;
const NEEDS_ATTR = /[<>&"]/;
const MAP: Record<string, string> = { "<": "&lt;", ">": "&gt;", "&": "&amp;", '"': "&quot;" };
const sub = (m: string): string => MAP[m] ?? m;

/** Escapes `<`, `>` and `&` (kramdown's :all). */
export function escapeAll(s: string): string {
  return s.replace(ALL_RE, sub);
}
/** Escapes text, leaving existing character references alone (kramdown's :text). */
export function escapeText(s: string): string {
  return NEEDS_TEXT.test(s) ? s.replace(TEXT_RE, sub) : s;
}
/** Escapes an attribute value, leaving existing character references alone (kramdown's :attribute). */
export function escapeAttr(s: string): string {
  return NEEDS_ATTR.test(s) ? s.replace(ATTR_RE, sub) : s;
}

/** Serialises attributes as kramdown does (skipping an empty id). */
export function htmlAttributes(attr: Record<string, string>): string {
  let out = "";
  for (const k in attr) {
    const v = attr[k];
    if (v === undefined || v === null || (k === "id" && v.trim() === "")) continue;
    out += ` ${k}="${escapeAttr(String(v))}"`;
  }
  return out;
}

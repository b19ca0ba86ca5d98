import type { FilterTable } from "./env.js";
import { toInteger, rubyStrip, rubyLstrip, rubyRstrip, SPACE } from "./coerce.js";

const SPACES = new RegExp(`${SPACE}+`);
import { rubyToS, isHash } from "../../../ruby/value.js";
import { memoLongText } from "./memo.js";

const s = (v: unknown) => rubyToS(v);
const chars = (v: string) => (/[\uD800-\uDFFF]/.test(v) ? Array.from(v) : null);

/** Ruby's `String#split(pattern)`: " " splits on runs of whitespace; trailing empty strings are dropped. */
export function rubySplit(input: string, pattern: string): string[] {
  let parts: string[];
  if (pattern === " ") parts = rubyStrip(input) === "" ? [] : rubyLstrip(input).split(SPACES);
  else if (pattern === "") parts = Array.from(input);
  else parts = input.split(pattern);
  while (parts.length && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

/** Liquid's `strip_html`: scripts, comments and styles with their content, then every other tag. */
const stripHtml = memoLongText((t: string): string => {
  if (!t.includes("<")) return t;
  const blocks = /<script|<!--|<style/.test(t)
    ? t.replace(/<script[\s\S]*?<\/script>|<!--[\s\S]*?-->|<style[\s\S]*?<\/style>/g, "")
    : t;
  return blocks.replace(/<[\s\S]*?>/g, "");
});

/** Ruby's `gsub` with a literal pattern; an empty pattern matches around every character. */
function gsub(text: string, from: string, to: string): string {
  if (from === "") return to === "" ? text : to + Array.from(text).join(to) + (text === "" ? "" : to);
  return text.includes(from) ? text.replaceAll(from, () => to) : text;
}

const HTML_ESCAPES: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;", '"': "&quot;", "'": "&#39;" };

/** CGI.escapeHTML. */
export function escapeHtml(v: string): string {
  return v.replace(/[&<>"']/g, (c) => HTML_ESCAPES[c]!);
}

/** CGI.escape: form encoding, spaces as `+`. */
export function cgiEscape(v: string): string {
  return Array.from(new TextEncoder().encode(v), (b) => {
    const c = String.fromCharCode(b);
    if (/[a-zA-Z0-9_.\-~]/.test(c)) return c;
    if (c === " ") return "+";
    return `%${b.toString(16).toUpperCase().padStart(2, "0")}`;
  }).join("");
}

function slice(input: unknown, offset: unknown, length: unknown): unknown {
  const off = toInteger(offset);
  const len = length === undefined || length === null ? 1 : toInteger(length);
  const list: unknown[] | string[] = Array.isArray(input) ? input : (chars(s(input)) ?? s(input).split(""));
  const start = off < 0 ? list.length + off : off;
  const empty = Array.isArray(input) ? [] : "";
  if (start < 0 || start > list.length || len < 0) return empty;
  const part = list.slice(start, start + len);
  return Array.isArray(input) ? part : part.join("");
}

function truncate(input: unknown, length: unknown = 50, ellipsis: unknown = "..."): unknown {
  if (input === null || input === undefined) return input;
  const text = s(input);
  const list = Array.from(text);
  const n = toInteger(length);
  const tail = s(ellipsis);
  const keep = Math.max(0, n - Array.from(tail).length);
  return list.length > n ? list.slice(0, keep).join("") + tail : text;
}

function truncatewords(input: unknown, words: unknown = 15, ellipsis: unknown = "..."): unknown {
  if (input === null || input === undefined) return input;
  const text = s(input);
  let n = toInteger(words);
  if (n <= 0) n = 1;
  const list: string[] = [];
  const re = /[^ \t\n\v\f\r]+/g;
  let m: RegExpExecArray | null;
  while (list.length <= n && (m = re.exec(text))) list.push(m[0]);
  if (list.length <= n) return text;
  return list.slice(0, n).join(" ") + s(ellipsis);
}

/** Liquid's string filters with Ruby's `to_s` of their input. */
export const stringFilters: FilterTable = {
  append: (a, b) => s(a) + s(b),
  prepend: (a, b) => s(b) + s(a),
  downcase: (a) => s(a).toLowerCase(),
  upcase: (a) => s(a).toUpperCase(),
  capitalize: (a) => {
    const t = s(a);
    return t.charAt(0).toUpperCase() + t.slice(1).toLowerCase();
  },
  strip: (a) => rubyStrip(s(a)),
  lstrip: (a) => rubyLstrip(s(a)),
  rstrip: (a) => rubyRstrip(s(a)),
  strip_newlines: (a) => s(a).replace(/\r?\n/g, ""),
  newline_to_br: (a) => s(a).replace(/\r?\n/g, "<br />\n"),
  remove: (a, b) => gsub(s(a), s(b), ""),
  remove_first: (a, b) => s(a).replace(s(b), ""),
  replace: (a, b, c = "") => gsub(s(a), s(b), s(c)),
  replace_first: (a, b, c = "") => {
    const t = s(a);
    const i = t.indexOf(s(b));
    return i < 0 ? t : t.slice(0, i) + s(c) + t.slice(i + s(b).length);
  },
  truncate,
  truncatewords,
  split: (a, b) => rubySplit(s(a), s(b)),
  slice,
  escape: (a) => (a === null || a === undefined ? a : escapeHtml(s(a))),
  h: (a) => (a === null || a === undefined ? a : escapeHtml(s(a))),
  escape_once: (a) => s(a).replace(/["><']|&(?!([a-zA-Z]+|(#\d+));)/g, (c) => HTML_ESCAPES[c]!),
  strip_html: (a) => stripHtml(s(a)),
  url_encode: (a) => (a === null || a === undefined ? a : cgiEscape(s(a))),
  url_decode: (a) => (a === null || a === undefined ? a : decodeURIComponent(s(a).replace(/\+/g, " "))),
  base64_encode: (a) => Buffer.from(s(a)).toString("base64"),
  base64_decode: (a) => Buffer.from(s(a), "base64").toString(),
  base64_url_safe_encode: (a) => Buffer.from(s(a)).toString("base64").replace(/\+/g, "-").replace(/\//g, "_"),
  base64_url_safe_decode: (a) => Buffer.from(s(a).replace(/-/g, "+").replace(/_/g, "/"), "base64").toString(),
  raw: (a) => a,
  /** `default: value, allow_false: true`: nil, false (unless allowed) and empty strings/lists/hashes take the default. */
  default: (a, ...args) => {
    // An argument that evaluates to nil stays nil (Ruby's `default_value = ''` only applies when none is given).
    const fallback = args.length > 0 ? args[0] : "",
      options = args.slice(1);
    const allowFalse = options.some(
      (o) => Array.isArray(o) && o[0] === "allow_false" && o[1] !== false && o[1] !== null && o[1] !== undefined,
    );
    const missing = allowFalse ? a === null || a === undefined : a === null || a === undefined || a === false;
    const empty = typeof a === "string" || Array.isArray(a) ? a.length === 0 : isHash(a) && Object.keys(a).length === 0;
    return missing || empty ? fallback : a;
  },
};

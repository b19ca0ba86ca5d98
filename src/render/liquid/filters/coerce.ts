import { RubyDate } from "../../../ruby/date.js";
import { RubyFloat } from "../../../ruby/float.js";
import { isHash } from "../../../ruby/value.js";

/** Ruby's `String#to_i`: the leading integer, 0 when there is none. */
export function stringToI(s: string): number {
  const m = /^\s*([-+]?\d[\d_]*)/.exec(s);
  return m ? parseInt(m[1]!.replace(/_/g, ""), 10) : 0;
}

/** Ruby's `String#to_f`. */
export function stringToF(s: string): number {
  const m = /^\s*([-+]?(?:\d[\d_]*)(?:\.\d+)?(?:[eE][-+]?\d+)?)/.exec(s);
  return m ? parseFloat(m[1]!.replace(/_/g, "")) : 0;
}

/** Liquid's `Utils.to_number`: numeric strings become numbers, anything else 0. */
export function toNumber(v: unknown): number {
  if (typeof v === "number") return v;
  if (v instanceof RubyFloat) return v.value;
  if (typeof v === "string") return /^-?\d+\.\d+$/.test(v.trim()) ? parseFloat(v.trim()) : stringToI(v);
  return 0;
}

/** Liquid's `Utils.to_integer`: raises "invalid integer" for what Ruby's Integer() rejects. */
export function toInteger(v: unknown): number {
  if (typeof v === "number") return Math.trunc(v);
  if (v instanceof RubyFloat) return v.value;
  if (typeof v === "string" && /^\s*[-+]?\d+\s*$/.test(v)) return parseInt(v, 10);
  if (v === null || v === undefined) throw new Error("invalid integer");
  throw new Error("invalid integer");
}

/** Liquid's `InputIterator`: arrays flattened, a hash as a one-item list, nil as empty, other values wrapped. */
export function inputList(v: unknown): unknown[] {
  if (v === null || v === undefined) return [];
  if (Array.isArray(v)) return v.flat(Infinity);
  return [v];
}

/** Reads `key` from a hash-like value as Ruby's `[]` would (nil when it cannot). */
export function index(v: unknown, key: unknown): unknown {
  if (v === null || v === undefined) return undefined;
  if (Array.isArray(v)) return typeof key === "number" ? v[key < 0 ? v.length + key : key] : undefined;
  if (typeof v === "object" && !(v instanceof Date) && !(v instanceof RubyDate)) {
    const value = (v as Record<string, unknown>)[String(key)];
    return typeof value === "function" ? undefined : value;
  }
  return undefined;
}

export { isHash };

/** Ruby's whitespace (`\s`, `String#strip`, awk-style `split`) is ASCII only: no NBSP or other Unicode spaces. */
export const SPACE = "[ \\t\\n\\v\\f\\r]";
const isSpace = (c: number): boolean => c === 32 || (c >= 9 && c <= 13);

/** Ruby's `lstrip`. */
export function rubyLstrip(s: string): string {
  let i = 0;
  while (i < s.length && isSpace(s.charCodeAt(i))) i++;
  return i === 0 ? s : s.slice(i);
}

/** Ruby's `rstrip` (trailing NULs go too). */
export function rubyRstrip(s: string): string {
  let e = s.length;
  while (e > 0 && (isSpace(s.charCodeAt(e - 1)) || s.charCodeAt(e - 1) === 0)) e--;
  return e === s.length ? s : s.slice(0, e);
}
/** Ruby's `strip`. */
export const rubyStrip = (s: string): string => rubyRstrip(rubyLstrip(s));

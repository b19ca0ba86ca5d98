import { RubyFloat, unwrapFloat } from "../../ruby/float.js";
import { defaultOperators, toValue, type Operators } from "liquidjs";
import { RubyDate } from "../../ruby/date.js";
import { isHash } from "../../ruby/value.js";

/** `empty` and `blank` reach operators as liquidjs drops; Ruby treats them as method literals. */
function methodLiteral(v: unknown): "empty" | "blank" | undefined {
  const name = (v as { constructor?: { name?: string } } | null)?.constructor?.name;
  if (name === "EmptyDrop") return "empty";
  if (name === "BlankDrop") return "blank";
  return undefined;
}

/** Ruby's class name of a Liquid value, for "comparison of X with Y failed". */
export function rubyClass(v: unknown): string {
  if (v === null || v === undefined) return "NilClass";
  if (typeof v === "string") return "String";
  if (typeof v === "number") return Number.isInteger(v) ? "Integer" : "Float";
  if (v instanceof RubyFloat) return "Float";
  if (v === true) return "TrueClass";
  if (v === false) return "FalseClass";
  if (Array.isArray(v)) return "Array";
  if (v instanceof Date) return "Time";
  if (v instanceof RubyDate) return "Date";
  return "Hash";
}

/** Ruby `==` between Liquid values. */
export function rubyEquals(a: unknown, b: unknown): boolean {
  if (a === undefined) a = null;
  if (b === undefined) b = null;
  a = unwrapFloat(a);
  b = unwrapFloat(b);
  if (a === b) return true;
  if (a instanceof Date && b instanceof Date) return a.getTime() === b.getTime();
  if (a instanceof RubyDate && b instanceof RubyDate) return a.toString() === b.toString();
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => rubyEquals(x, b[i]));
  if (isHash(a) && isHash(b)) {
    const ka = Object.keys(a);
    return ka.length === Object.keys(b).length && ka.every((k) => k in b && rubyEquals(a[k], b[k]));
  }
  return false;
}

function isEmptyValue(v: unknown): boolean | undefined {
  if (typeof v === "string" || Array.isArray(v)) return v.length === 0;
  if (isHash(v)) return Object.keys(v).length === 0;
  return undefined;
}

/** Liquid 5's `equal_variables`: `x == empty` asks `x.empty?`; `blank?` exists only with ActiveSupport, so it is nil. */
function equalVariables(l: unknown, r: unknown): boolean {
  const ml = methodLiteral(l);
  const mr = methodLiteral(r);
  if (ml && mr) return ml === mr;
  if (ml) return ml === "empty" ? isEmptyValue(r) === true : false;
  if (mr) return mr === "empty" ? isEmptyValue(l) === true : false;
  return rubyEquals(l, r);
}

function comparable(v: unknown): number | string | undefined {
  v = unwrapFloat(v);
  if (typeof v === "number" || typeof v === "string") return v;
  if (v instanceof Date) return v.getTime();
  if (v instanceof RubyDate) return v.toString();
  return undefined;
}

/** Ruby's `<`/`>`... on Liquid values: nil, arrays, hashes and booleans compare false; mismatched types raise. */
function compare(l: unknown, r: unknown, test: (c: number) => boolean): boolean {
  if (l === null || l === undefined || r === null || r === undefined) return false;
  if (
    typeof l === "boolean" ||
    typeof r === "boolean" ||
    Array.isArray(l) ||
    Array.isArray(r) ||
    isHash(l) ||
    isHash(r) ||
    methodLiteral(l) ||
    methodLiteral(r)
  )
    return false;
  const a = comparable(l);
  const b = comparable(r);
  if (
    a === undefined ||
    b === undefined ||
    typeof a !== typeof b ||
    (rubyClass(l) === "Date" && rubyClass(r) !== "Date") ||
    (rubyClass(r) === "Date" && rubyClass(l) !== "Date")
  ) {
    throw new Error(`comparison of ${rubyClass(l)} with ${rubyClass(r)} failed`);
  }
  return test(a < b ? -1 : a > b ? 1 : 0);
}

/** Liquid's `contains`: substring of a String, member of an Array, key of a Hash; otherwise false. */
function contains(l: unknown, r: unknown): boolean {
  if (l === null || l === undefined || l === false || r === null || r === undefined || r === false) return false;
  if (typeof l === "string") return l.includes(typeof r === "string" ? r : String(r));
  if (Array.isArray(l)) return l.some((x) => rubyEquals(x, r));
  if (isHash(l)) return typeof r === "string" && Object.hasOwn(l, r);
  return false;
}

function raw(v: unknown): unknown {
  return methodLiteral(v) ? v : toValue(v);
}

type Handler = (l: unknown, r: unknown) => boolean;
const op = (f: Handler): Operators[string] =>
  ((l: unknown, r: unknown) => f(raw(l), raw(r))) as unknown as Operators[string];

/** Comparison operators with Ruby Liquid 5 semantics. */
export const rubyOperators: Operators = {
  ...defaultOperators,
  "==": op(equalVariables),
  "!=": op((l, r) => !equalVariables(l, r)),
  "<>": op((l, r) => !equalVariables(l, r)),
  "<": op((l, r) => compare(l, r, (c) => c < 0)),
  ">": op((l, r) => compare(l, r, (c) => c > 0)),
  "<=": op((l, r) => compare(l, r, (c) => c <= 0)),
  ">=": op((l, r) => compare(l, r, (c) => c >= 0)),
  contains: op((l, r) => contains(l, r)),
};

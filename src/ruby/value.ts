import { RubyDate } from "./date.js";
import { RubyFloat } from "./float.js";
import { rubyTimeString } from "./zone.js";
import { rubyJulianDay } from "./calendar.js";

/**
 * A drop's `hash_for_json(depth)` (Jekyll's Drop#to_json): the hash `jsonify` writes for it at that nesting depth.
 * Hosts set it (non-enumerable) on drops whose JSON differs from their plain keys, such as documents.
 */
export const HASH_FOR_JSON = Symbol.for("lectern.hashForJson");

/** Ruby's `Float#to_s`: `2.5`, `1.0e-05`, `1.0e+16`. Integral JS numbers print as Ruby Integers. */
export function rubyNumber(n: number): string {
  if (Number.isNaN(n)) return "NaN";
  if (!Number.isFinite(n)) return n > 0 ? "Infinity" : "-Infinity";
  if (Number.isInteger(n) && Math.abs(n) < 1e21) return String(n);
  const abs = Math.abs(n);
  if (abs >= 1e16 || abs < 1e-4) {
    const [mant, exp] = n.toExponential().split("e") as [string, string];
    const m = mant.includes(".") ? mant : `${mant}.0`;
    const e = Number(exp);
    return `${m}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }
  return String(n);
}

/**
 * liquidjs' literals as Ruby Liquid 5 values: `nil` (a NullDrop) is nil; `empty` and `blank` are "" everywhere
 * but in a condition's comparison (there the operators see them as Ruby's method literals).
 */
export function liquidLiteral(v: unknown): unknown {
  if (v === null || typeof v !== "object") return v;
  const name = (v as object).constructor?.name;
  if (name === "NullDrop") return null;
  if (name === "EmptyDrop" || name === "BlankDrop") return "";
  return v;
}

/** True for plain data hashes (not arrays, dates or class instances with their own printing). */
export function isHash(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== "object" || Array.isArray(v) || v instanceof Date || v instanceof RubyDate)
    return false;
  const proto = Object.getPrototypeOf(v);
  return (
    proto === Object.prototype ||
    proto === null ||
    typeof (v as { toString?: unknown }).toString !== "function" ||
    (v as object).toString === Object.prototype.toString
  );
}

let ambientZone: string | undefined;

/**
 * Sets the site time zone Ruby conversions use when none is passed (Times print in the site's zone).
 * The engine sets it before each filter call; rendering is synchronous, so it is always the caller's site.
 */
export function setAmbientZone(tz: string | undefined): void {
  ambientZone = tz;
}

/** Ruby's `to_s` of a Liquid value: nil is empty, arrays join their items, hashes print as `inspect`. */
export function rubyToS(v: unknown, tz: string | undefined = ambientZone): string {
  v = liquidLiteral(v);
  if (v === null || v === undefined) return "";
  if (typeof v === "string") return v;
  if (typeof v === "number") return rubyNumber(v);
  if (v instanceof RubyFloat) return v.toString();
  if (typeof v === "boolean" || typeof v === "bigint") return String(v);
  if (v instanceof Date) return rubyTimeString(v, tz);
  if (v instanceof RubyDate) return v.toString();
  if (Array.isArray(v)) return v.map((x) => (Array.isArray(x) ? rubyToS(x, tz) : rubyToS(x, tz))).join("");
  if (isHash(v)) return rubyInspect(v, tz);
  return String(v);
}

const ESCAPES: Record<string, string> = {
  "\n": "\\n",
  "\t": "\\t",
  "\r": "\\r",
  "\f": "\\f",
  "\v": "\\v",
  "\b": "\\b",
  "\x07": "\\a",
  "\x1b": "\\e",
  '"': '\\"',
  "\\": "\\\\",
};

/** Ruby's `String#inspect` for UTF-8 text. */
export function inspectString(s: string): string {
  let out = '"';
  for (let i = 0; i < s.length; i++) {
    const c = s[i]!;
    const code = c.charCodeAt(0);
    if (ESCAPES[c]) out += ESCAPES[c];
    else if (c === "#" && (s[i + 1] === "{" || s[i + 1] === "$" || s[i + 1] === "@")) out += "\\#";
    else if (code < 0x20 || code === 0x7f) out += `\\x${code.toString(16).toUpperCase().padStart(2, "0")}`;
    else out += c;
  }
  return out + '"';
}

/** Julian day number of a calendar date, as Ruby's Date#inspect shows it. */
function julianDay(d: RubyDate): number {
  return rubyJulianDay(d.year, d.month, d.day);
}

/** Ruby's `inspect` of a Liquid value (Ruby 3.1 style: `{"a"=>1, "b"=>[1, 2]}`). */
export function rubyInspect(v: unknown, tz: string | undefined = ambientZone, path = new Set<unknown>()): string {
  v = liquidLiteral(v);
  if (typeof v === "object" && v !== null && path.has(v)) return Array.isArray(v) ? "[...]" : "{...}";
  if (v === null || v === undefined) return "nil";
  if (typeof v === "string") return inspectString(v);
  if (typeof v === "number") return rubyNumber(v);
  if (v instanceof RubyFloat) return v.toString();
  if (typeof v === "boolean") return String(v);
  if (v instanceof Date) return rubyTimeString(v, tz);
  if (v instanceof RubyDate) return `#<Date: ${v.toString()} ((${julianDay(v)}j,0s,0n),+0s,2299161j)>`;
  if (Array.isArray(v) || isHash(v)) {
    path.add(v);
    try {
      if (Array.isArray(v)) return `[${v.map((x) => rubyInspect(x, tz, path)).join(", ")}]`;
      const h = v as Record<string, unknown>;
      return `{${Object.keys(h)
        .map((k) => `${inspectString(k)}=>${rubyInspect(h[k], tz, path)}`)
        .join(", ")}}`;
    } finally {
      path.delete(v);
    }
  }
  return inspectString(String(v));
}

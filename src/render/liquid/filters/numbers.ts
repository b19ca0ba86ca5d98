import type { FilterTable } from "./env.js";
import { toNumber, stringToI } from "./coerce.js";
import { RubyFloat, isFloat, rubyFloat } from "../../../ruby/float.js";

/** Whether Liquid's to_number makes a Float of this value (a Float, or a string like "2.5"). */
function floaty(v: unknown): boolean {
  return isFloat(v) || (typeof v === "string" && /^-?\d+\.\d+$/.test(v.trim()));
}

/** A Float result (integral values keep the Float kind). */
function floatResult(n: number): number | RubyFloat {
  return Number.isFinite(n) ? rubyFloat(n) : n;
}

/** A result that is a Float when either operand was. */
function kind(n: number, ...operands: unknown[]): number | RubyFloat {
  return operands.some(floaty) && Number.isFinite(n) ? rubyFloat(n) : n;
}

/** Ruby's Integer division and modulo floor toward negative infinity. */
function divide(a: number, b: number): number {
  if (b === 0) {
    if (Number.isInteger(a)) throw new Error("divided by 0");
    return a / b;
  }
  return Number.isInteger(a) && Number.isInteger(b) ? Math.floor(a / b) : a / b;
}

function modulo(a: number, b: number): number {
  if (b === 0 && Number.isInteger(a) && Number.isInteger(b)) throw new Error("divided by 0");
  const r = a % b;
  return r !== 0 && r < 0 !== b < 0 ? r + b : r;
}

/** BigDecimal's round (half away from zero) to `digits` places. */
export function roundHalfUp(n: number, digits: number): number {
  if (!Number.isFinite(n)) return n;
  const sign = n < 0 ? -1 : 1;
  const shifted = Number(`${Math.abs(n)}e${digits}`);
  return sign * Number(`${Math.round(shifted)}e${-digits}`);
}

/** A finite number as an exact decimal: digits and a power-of-ten scale (1.25 is [125n, 2]). */
function exact(n: number): [bigint, number] {
  const [mant, exp = "0"] = String(n).split("e") as [string, string?];
  const [int, frac = ""] = mant.split(".") as [string, string?];
  let scale = frac.length - Number(exp);
  let digits = BigInt(int + frac);
  if (scale < 0) {
    digits *= 10n ** BigInt(-scale);
    scale = 0;
  }
  return [digits, scale];
}

/** Float arithmetic as Liquid does it through BigDecimal (`0.1 | plus: 0.2` is 0.3), then back to a Float. */
function decimal(a: number, b: number, op: "+" | "-" | "*"): number {
  if ((Number.isInteger(a) && Number.isInteger(b)) || !Number.isFinite(a) || !Number.isFinite(b)) {
    return op === "+" ? a + b : op === "-" ? a - b : a * b;
  }
  const [da, sa] = exact(a);
  const [db, sb] = exact(b);
  if (op === "*") return Number(`${da * db}e-${sa + sb}`);
  const scale = Math.max(sa, sb);
  const x = da * 10n ** BigInt(scale - sa);
  const y = db * 10n ** BigInt(scale - sb);
  return Number(`${op === "+" ? x + y : x - y}e-${scale}`);
}

/** Liquid's arithmetic filters (plus, minus, times, divided_by, modulo, round...). */
export const numberFilters: FilterTable = {
  plus: (a, b) => kind(decimal(toNumber(a), toNumber(b), "+"), a, b),
  minus: (a, b) => kind(decimal(toNumber(a), toNumber(b), "-"), a, b),
  times: (a, b) => kind(decimal(toNumber(a), toNumber(b), "*"), a, b),
  /** A literal float divisor (`divided_by: 2.0`) divides as a Float, as in Ruby. */
  divided_by(a, b) {
    const arg = (this as { token?: { args?: { getText?: () => string }[] } }).token?.args?.[0];
    const floatLiteral = typeof arg?.getText === "function" && /^-?\d+\.\d+$/.test(arg.getText());
    const n = toNumber(a);
    const d = toNumber(b);
    if (floatLiteral || floaty(a) || floaty(b)) return floatResult(n / d);
    return divide(n, d);
  },
  modulo: (a, b) =>
    floaty(a) || floaty(b) ? floatResult(modulo(toNumber(a), toNumber(b))) : modulo(toNumber(a), toNumber(b)),
  abs: (a) => kind(Math.abs(toNumber(a)), a),
  ceil: (a) => Math.ceil(toNumber(a)),
  floor: (a) => Math.floor(toNumber(a)),
  round: (a, n = 0) => {
    const digits = Math.trunc(toNumber(n));
    const r = roundHalfUp(toNumber(a), digits);
    return digits === 0 ? Math.trunc(r) : kind(r, a);
  },
  at_least: (a, b) => (toNumber(a) >= toNumber(b) ? kind(toNumber(a), a) : kind(toNumber(b), b)),
  at_most: (a, b) => (toNumber(a) <= toNumber(b) ? kind(toNumber(a), a) : kind(toNumber(b), b)),
  /** Jekyll's to_integer: true is 1, false is 0, strings by `to_i`. */
  to_integer: (a) => {
    if (a === true) return 1;
    if (a === false) return 0;
    if (typeof a === "number") return Math.trunc(a);
    if (a instanceof RubyFloat) return a.value;
    if (typeof a === "string") return stringToI(a);
    if (a === null || a === undefined) return 0;
    throw new Error(`undefined method \`to_i' for ${String(a)}`);
  },
};

/**
 * A Ruby Float whose value is integral (`4.0`): a JS number cannot tell it from the Integer 4, but Ruby
 * prints it as `4.0` and keeps arithmetic on it in floats. Non-integral floats stay plain numbers.
 */
export class RubyFloat {
  constructor(readonly value: number) {}

  valueOf(): number {
    return this.value;
  }

  /** Ruby's Float#to_s: `4.0`, `-0.0`, `1.0e+16`. */
  toString(): string {
    const n = this.value;
    if (Object.is(n, -0)) return "-0.0";
    if (Math.abs(n) < 1e16) return `${n}.0`;
    const [mant, exp] = n.toExponential().split("e") as [string, string];
    const e = Number(exp);
    return `${mant.includes(".") ? mant : `${mant}.0`}e${e < 0 ? "-" : "+"}${String(Math.abs(e)).padStart(2, "0")}`;
  }

  toJSON(): number {
    return this.value;
  }
}

/** A Float result: integral values keep their Float kind. */
export function rubyFloat(n: number): number | RubyFloat {
  return Number.isInteger(n) ? new RubyFloat(n) : n;
}

/** Whether a value is a Ruby Float (an integral RubyFloat or a non-integral number). */
export function isFloat(v: unknown): boolean {
  return v instanceof RubyFloat || (typeof v === "number" && !Number.isInteger(v));
}

/** The plain number of a RubyFloat; anything else unchanged. */
export function unwrapFloat<T>(v: T): T | number {
  return v instanceof RubyFloat ? v.value : v;
}

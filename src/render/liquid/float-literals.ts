import { RubyFloat } from "../../ruby/float.js";
import { liquidInternals } from "./internals.js";

let installed = false;

/**
 * liquidjs reads the literal `3.0` as the number 3, where Ruby Liquid has the Float 3.0 (printed `3.0`,
 * dividing as a float). liquidjs does not export its NumberToken class, so its prototype is taken from a
 * token and given a `content` setter that keeps integral float literals as RubyFloat.
 */
export function keepFloatLiterals(): void {
  if (installed) return;
  installed = true;
  const proto = liquidInternals().numberTokenPrototype;
  const values = new WeakMap<object, unknown>();
  Object.defineProperty(proto, "content", {
    configurable: true,
    get(this: object) {
      return values.get(this);
    },
    set(this: { getText(): string }, v: unknown) {
      const float = typeof v === "number" && Number.isInteger(v) && /^-?\d+\.\d+$/.test(this.getText());
      values.set(this, float ? new RubyFloat(v) : v);
    },
  });
}

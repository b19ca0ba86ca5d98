import { Context, toValue } from "liquidjs";

const ARRAY_COMMANDS = new Set(["size", "first", "last"]);

/**
 * liquidjs' render context with Ruby Liquid's lookups: an array answers only to integer indexes and
 * `size`/`first`/`last` (`list.0` and `list.length` are nil in Ruby), a string only to `size`.
 */
export class RubyContext extends Context {
  override readProperty(
    obj: Parameters<Context["readProperty"]>[0],
    key: Parameters<Context["readProperty"]>[1],
  ): unknown {
    const k = toValue(key);
    // The common case, a hash's key that holds a value: what liquidjs' readProperty returns, without its other checks.
    if (typeof k === "string" && typeof obj === "object" && obj !== null && !Array.isArray(obj)) {
      const v = (obj as Record<string, unknown>)[k];
      if (v !== undefined && typeof v !== "function" && typeof (obj as { toLiquid?: unknown }).toLiquid !== "function")
        return v;
    }
    if (Array.isArray(obj) && typeof k === "string" && !ARRAY_COMMANDS.has(k)) return undefined;
    if (typeof obj === "string" && k !== "size") return undefined;
    return super.readProperty(obj, key);
  }
}

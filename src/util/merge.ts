import { isPlainObject } from "../ruby/yaml.js";

/** Jekyll's Utils.deep_merge_hashes: nested hashes merge, a nil in `over` keeps the old value. */
export function deepMerge(base: Record<string, unknown>, over: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = { ...base };
  for (const [key, value] of Object.entries(over)) {
    const old = out[key];
    if (value === null || value === undefined) {
      if (!(key in out)) out[key] = value;
    } else if (isPlainObject(old) && isPlainObject(value)) {
      out[key] = deepMerge(old, value);
    } else {
      out[key] = value;
    }
  }
  return out;
}

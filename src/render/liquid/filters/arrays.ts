import type { FilterTable } from "./env.js";
import { inputList, index, isHash, toInteger } from "./coerce.js";
import { rubyToS } from "../../../ruby/value.js";
import { unwrapFloat } from "../../../ruby/float.js";
import { rubyClass, rubyEquals } from "../operators.js";

/** Ruby's `<=>` for sortable values; undefined when Ruby would return nil. */
export function spaceship(a: unknown, b: unknown): number | undefined {
  a = unwrapFloat(a);
  b = unwrapFloat(b);
  if (typeof a === "number" && typeof b === "number") return a < b ? -1 : a > b ? 1 : 0;
  if (typeof a === "string" && typeof b === "string") return a < b ? -1 : a > b ? 1 : 0;
  if (a instanceof Date && b instanceof Date) return Math.sign(a.getTime() - b.getTime());
  if (Array.isArray(a) && Array.isArray(b)) {
    for (let i = 0; i < Math.min(a.length, b.length); i++) {
      const c = spaceship(a[i], b[i]);
      if (c !== 0) return c;
    }
    return Math.sign(a.length - b.length);
  }
  if (rubyEquals(a, b)) return 0;
  if (
    a !== null &&
    a !== undefined &&
    b !== null &&
    b !== undefined &&
    rubyToS(a) === rubyToS(b) &&
    rubyClass(a) === rubyClass(b)
  )
    return 0;
  return undefined;
}

/** Ruby's `Array#sort`: raises "comparison of X with Y failed" on mixed types. */
export function rubySort(list: unknown[]): unknown[] {
  return [...list].sort((a, b) => {
    const c = spaceship(a, b);
    if (c === undefined) throw new Error(`comparison of ${rubyClass(a)} with ${rubyClass(b)} failed`);
    return c;
  });
}

function casecmp(a: unknown, b: unknown): number {
  if (a !== null && a !== undefined && b !== null && b !== undefined) {
    const x = rubyToS(a).toLowerCase();
    const y = rubyToS(b).toLowerCase();
    return x < y ? -1 : x > y ? 1 : 0;
  }
  return a === null || a === undefined ? 1 : -1;
}

function first(v: unknown): unknown {
  if (Array.isArray(v)) return v[0];
  if (isHash(v)) {
    const k = Object.keys(v)[0];
    return k === undefined ? undefined : [k, v[k]];
  }
  return undefined;
}

function last(v: unknown): unknown {
  if (Array.isArray(v)) return v[v.length - 1];
  return undefined;
}

function uniqBy(list: unknown[], key: (x: unknown) => unknown): unknown[] {
  const seen: unknown[] = [];
  const out: unknown[] = [];
  for (const x of list) {
    const k = key(x);
    if (!seen.some((y) => rubyEquals(y, k))) {
      seen.push(k);
      out.push(x);
    }
  }
  return out;
}

/** Liquid's array filters (join, first, map, uniq, sort_natural...) plus Jekyll's push/pop/shift/unshift/sample. */
export const arrayFilters: FilterTable = {
  join: (a, glue = " ") =>
    inputList(a)
      .map((x) => rubyToS(x))
      .join(rubyToS(glue)),
  first,
  last,
  reverse: (a) => inputList(a).reverse(),
  size: (a) => {
    if (typeof a === "string") return Array.from(a).length;
    if (Array.isArray(a)) return a.length;
    if (typeof a === "number") return Number.isInteger(a) ? 8 : 0;
    if (isHash(a)) return "size" in a ? a.size : Object.keys(a).length;
    return 0;
  },
  sort_natural: (a, prop) => {
    const list = inputList(a);
    if (prop === undefined || prop === null) return [...list].sort(casecmp);
    return [...list].sort((x, y) => casecmp(index(x, prop), index(y, prop)));
  },
  uniq: (a, prop) => {
    const list = inputList(a);
    return prop === undefined || prop === null ? uniqBy(list, (x) => x) : uniqBy(list, (x) => index(x, prop));
  },
  compact: (a, prop) => {
    const list = inputList(a);
    return prop === undefined || prop === null
      ? list.filter((x) => x !== null && x !== undefined)
      : list.filter((x) => {
          const v = index(x, prop);
          return v !== null && v !== undefined;
        });
  },
  map: (a, prop) => inputList(a).map((x) => (prop === "to_liquid" ? x : index(x, prop))),
  concat: (a, b) => {
    if (!Array.isArray(b)) throw new Error("concat filter requires an array argument");
    return [...inputList(a), ...b];
  },
  push: (a, item) => (Array.isArray(a) ? [...a, item] : a),
  unshift: (a, item) => (Array.isArray(a) ? [item, ...a] : a),
  pop: (a, n = 1) => (Array.isArray(a) ? a.slice(0, Math.max(0, a.length - toInteger(n))) : a),
  shift: (a, n = 1) => (Array.isArray(a) ? a.slice(toInteger(n)) : a),
  sample: (a, n = 1) => {
    if (!Array.isArray(a)) return a;
    const count = toInteger(n);
    const pool = [...a];
    for (let i = pool.length - 1; i > 0; i--) {
      const j = Math.floor(Math.random() * (i + 1));
      [pool[i], pool[j]] = [pool[j], pool[i]];
    }
    return count === 1 ? pool[0] : pool.slice(0, count);
  },
  array_to_sentence_string: (a, connector = "and") => {
    const list = Array.isArray(a) ? a : [];
    const c = rubyToS(connector);
    if (list.length === 0) return "";
    if (list.length === 1) return rubyToS(list[0]);
    if (list.length === 2) return `${rubyToS(list[0])} ${c} ${rubyToS(list[1])}`;
    return `${list
      .slice(0, -1)
      .map((x) => rubyToS(x))
      .join(", ")}, ${c} ${rubyToS(list[list.length - 1])}`;
  },
};

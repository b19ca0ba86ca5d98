import { Value, toValueSync, isTruthy, type Context, type Liquid } from "liquidjs";
import type { FilterTable } from "./env.js";
import { isHash, index } from "./coerce.js";
import { rubyToS, rubyInspect } from "../../../ruby/value.js";
import { rubyEquals } from "../operators.js";
import { spaceship, rubySort } from "./arrays.js";

const INTEGER_LIKE = /^\s*-?\d+\s*$/;
const FLOAT_LIKE = /^\s*-?(?:\d+\.?\d*|\.\d+)\s*$/;

/** Jekyll's `parse_sort_input`: numeric-looking strings compare as numbers. */
function parseSortInput(v: unknown): unknown {
  const text = rubyToS(v);
  if (INTEGER_LIKE.test(text)) return parseInt(text, 10);
  if (FLOAT_LIKE.test(text)) return parseFloat(text);
  return v;
}

/** Jekyll's `item_property`: a dotted path read from a hash-like item. */
export function itemProperty(item: unknown, property: unknown): unknown {
  let value: unknown = item;
  for (const key of rubyToS(property).split(".")) value = parseSortInput(index(value, key));
  return value;
}

/** Jekyll's `compare_property_vs_target`. */
function matches(property: unknown, target: unknown): boolean {
  if (target === null || target === undefined) return property === null || property === undefined;
  const t = rubyToS(target);
  if (typeof property === "string") return property === t;
  const list = Array.isArray(property) ? property : property === null || property === undefined ? [] : [property];
  return list.some((p) => rubyToS(p) === t);
}

function values(input: unknown): unknown[] | undefined {
  if (Array.isArray(input)) return input;
  if (isHash(input)) return Object.values(input);
  return undefined;
}

/**
 * Parses each `where_exp` expression once per engine. Jekyll parses these with Liquid's Expression.parse,
 * where `empty` and `blank` are plain "" (not the method literals of an `if`), so they are written as "".
 */
function expression(liquid: Liquid, cache: Map<string, Value>, text: string): Value {
  let v = cache.get(text);
  if (!v) {
    const source = text.replace(
      /("[^"]*"|'[^']*')|(?<![\w.-])(empty|blank)(?![\w.-])/g,
      (_m, quoted: string | undefined) => quoted ?? '""',
    );
    v = new Value(source, liquid);
    cache.set(text, v);
  }
  return v;
}

function withItem<T>(ctx: Context, variable: unknown, item: unknown, run: () => T): T {
  ctx.push({ [rubyToS(variable)]: item });
  try {
    return run();
  } finally {
    ctx.pop();
  }
}

/** Jekyll's collection filters: where, where_exp, find, find_exp, sort, group_by, group_by_exp. */
export function jekyllDataFilters(liquid: Liquid): FilterTable {
  const cache = new Map<string, Value>();
  const test = (ctx: Context, variable: unknown, expr: unknown) => {
    const v = expression(liquid, cache, rubyToS(expr));
    return (item: unknown) => withItem(ctx, variable, item, () => isTruthy(toValueSync(v.value(ctx, false)), ctx));
  };
  const group = (pairs: [unknown, unknown][]) => {
    const groups: { name: unknown; items: unknown[]; size: number }[] = [];
    for (const [key, item] of pairs) {
      let g = groups.find((x) => rubyEquals(x.name, key));
      if (!g) {
        g = { name: key, items: [], size: 0 };
        groups.push(g);
      }
      g.items.push(item);
      g.size = g.items.length;
    }
    return groups;
  };
  return {
    where(input, property, value) {
      if (property === null || property === undefined || Array.isArray(value) || isHash(value)) return input;
      const list = values(input);
      if (!list) return input;
      return list.filter((item) => matches(itemProperty(item, property), value));
    },
    find(input, property, value) {
      if (property === null || property === undefined || Array.isArray(value) || isHash(value)) return input;
      const list = values(input);
      if (!list) return input;
      return list.find((item) => matches(itemProperty(item, property), value));
    },
    where_exp(input, variable, expr) {
      const list = values(input);
      if (!list) return input;
      return list.filter(test(this.context, variable, expr));
    },
    find_exp(input, variable, expr) {
      const list = values(input);
      if (!list) return input;
      return list.find(test(this.context, variable, expr));
    },
    group_by(input, property) {
      const list = values(input);
      if (!list) return input;
      // Ruby's `to_s` of the property: an array groups under its inspect form (`["a", "b"]`), not joined.
      return group(
        list.map((item) => {
          const key = itemProperty(item, property);
          return [Array.isArray(key) ? rubyInspect(key) : rubyToS(key), item];
        }),
      );
    },
    group_by_exp(input, variable, expr) {
      const list = values(input);
      if (!list) return input;
      const v = expression(liquid, cache, rubyToS(expr));
      return group(
        list.map((item) => [
          withItem(this.context, variable, item, () => toValueSync(v.value(this.context, false))),
          item,
        ]),
      );
    },
    sort(input, property, nils = "first") {
      if (input === null || input === undefined) throw new Error("Cannot sort a null object.");
      // A hash sorts as Ruby's Hash#sort: its [key, value] pairs.
      const list = isHash(input) ? Object.entries(input) : Array.isArray(input) ? input : [input];
      if (property === null || property === undefined) return rubySort(list);
      const order = nils === "first" ? -1 : nils === "last" ? 1 : undefined;
      if (order === undefined)
        throw new Error(
          `Invalid nils order: '${rubyToS(nils)}' is not a valid nils order. It must be 'first' or 'last'.`,
        );
      const keyed = list.map((item) => [itemProperty(item, property), item] as const);
      keyed.sort(([a], [b]) => {
        const an = a === null || a === undefined;
        const bn = b === null || b === undefined;
        if (!an && bn) return -order;
        if (an && !bn) return order;
        const c = spaceship(a, b);
        if (c !== undefined) return c;
        const x = rubyToS(a);
        const y = rubyToS(b);
        return x < y ? -1 : x > y ? 1 : 0;
      });
      return keyed.map(([, item]) => item);
    },
  };
}

import type { Liquid } from "liquidjs";
import type { FilterEnv, FilterFn, FilterTable } from "./env.js";
import { liquidLiteral, setAmbientZone } from "../../../ruby/value.js";
import { numberFilters } from "./numbers.js";
import { stringFilters } from "./strings.js";
import { arrayFilters } from "./arrays.js";
import { jekyllDataFilters } from "./jekyll-data.js";
import { dateFilters } from "./dates.js";
import { urlFilters } from "./urls.js";
import { textFilters } from "./text.js";

/** Every filter Jekyll 4.3 with Liquid 5.4 knows, by topic. */
export function jekyllFilters(env: FilterEnv): FilterTable {
  return {
    ...numberFilters,
    ...stringFilters,
    ...arrayFilters,
    ...jekyllDataFilters(env.liquid),
    ...dateFilters(env),
    ...urlFilters(env),
    ...textFilters(env),
  };
}

/**
 * Installs the Jekyll filter set on `liquid`, removing liquidjs filters Ruby has not (Ruby ignores unknown
 * filters, so `{{ x | json }}` must print x unchanged as Jekyll does).
 */
export function installFilters(liquid: Liquid, env: FilterEnv): void {
  const table = jekyllFilters(env);
  for (const name of Object.keys(liquid.filters)) if (!(name in table)) delete liquid.filters[name];
  for (const [name, fn] of Object.entries(table)) {
    const wrapped: FilterFn = function (input, ...args) {
      setAmbientZone(env.tz);
      return fn.call(this, liquidLiteral(input), ...args.map(liquidLiteral));
    };
    liquid.registerFilter(name, wrapped as never);
  }
}

export type { FilterEnv, FilterTable, FilterFn } from "./env.js";

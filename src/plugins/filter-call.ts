import type { Context, Liquid } from "liquidjs";

/** Calls one of the engine's filters (absolute_url, markdownify...) from a plugin tag, as a template would. */
export function callFilter(liquid: Liquid, ctx: Context, name: string, input: unknown, ...args: unknown[]): unknown {
  const filter = liquid.filters[name];
  if (!filter) return input;
  const fn = typeof filter === "function" ? filter : filter.handler;
  return fn.call({ context: ctx, liquid } as never, input, ...args);
}

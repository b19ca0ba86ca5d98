import type { Liquid } from "liquidjs";
import type { LiquidHost } from "../host.js";

/** What filters need from the engine: the host (config, markdown...), the site time zone, the clock. */
export interface FilterEnv {
  host: LiquidHost;
  liquid: Liquid;
  /** IANA zone from `config.timezone`, undefined for UTC. */
  tz: string | undefined;
  /** The build's "now" (SOURCE_DATE_EPOCH when set). */
  now(): Date;
}

/** A filter as liquidjs calls it: `this` holds the render context. */
export type FilterFn = (this: { context: import("liquidjs").Context }, input: unknown, ...args: unknown[]) => unknown;

/** A topic's filters by name. */
export type FilterTable = Record<string, FilterFn>;

import type { TileOptions } from "./page.js";

/** The `talkmap:` settings of `_config.yml` (all optional). */
export interface TalkmapOptions {
  /** true: always make the map; false: never; undefined: by the rules in `wanted` (index.ts). */
  enabled?: boolean;
  collections: string[];
  tiles: TileOptions;
  /** The data file (under `_data/`) that keeps each location's coordinates. */
  dataFile: string;
  title: string;
}

export const OSM_TILES: TileOptions = {
  url: "https://tile.openstreetmap.org/{z}/{x}/{y}.png",
  attribution: '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors',
  maxZoom: 19,
};

/**
 * Reads `talkmap:` (`true`/`false`, or a mapping with `enabled`, `collections`, `tiles`, `attribution`,
 * `max_zoom`, `data`, `title`); anything else is the default.
 */
export function talkmapOptions(config: Record<string, unknown>): TalkmapOptions {
  const raw = config["talkmap"];
  const o = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  const enabled =
    typeof raw === "boolean" ? raw : typeof o["enabled"] === "boolean" ? (o["enabled"] as boolean) : undefined;
  const collections = Array.isArray(o["collections"])
    ? (o["collections"] as unknown[]).map(String)
    : typeof o["collections"] === "string"
      ? [o["collections"] as string]
      : ["talks"];
  const tilesUrl = typeof o["tiles"] === "string" && o["tiles"] ? (o["tiles"] as string) : undefined;
  return {
    enabled,
    collections,
    tiles: {
      url: tilesUrl ?? OSM_TILES.url,
      attribution:
        typeof o["attribution"] === "string" ? (o["attribution"] as string) : tilesUrl ? "" : OSM_TILES.attribution,
      maxZoom:
        Number.isFinite(Number(o["max_zoom"])) && o["max_zoom"] !== undefined
          ? Number(o["max_zoom"])
          : OSM_TILES.maxZoom,
    },
    dataFile: typeof o["data"] === "string" && o["data"] ? (o["data"] as string) : "talkmap",
    title: typeof o["title"] === "string" && o["title"] ? (o["title"] as string) : "Talk map",
  };
}

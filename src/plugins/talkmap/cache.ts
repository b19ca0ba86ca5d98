import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname } from "node:path";
import { isMap, parseDocument, type Document } from "yaml";
import type { Geocoded } from "./geocode.js";

/** A location's coordinates as the site's data file gives them. */
export interface Coordinates {
  lat: number;
  lon: number;
}

/** The site's place file (`_data/talkmap.yml`): coordinates by location string, as written and as corrected. */
export interface PlaceFile {
  /** Locations with usable coordinates. */
  places: Map<string, Coordinates>;
  /** Locations listed without usable coordinates (to be filled in by hand): looked up again. */
  incomplete: Set<string>;
}

const HEADER = `Where the talk map (/talkmap/) puts each talk's location. Lectern adds a location the first time it
sees it, from GeoNames' offline gazetteer (place: the town it chose). Correct lat/lon by hand where it chose
wrong, or add a location it could not find; your entries are kept as they are. Commit this file.`;

/** Reads the place file; a missing or unreadable one is empty (the problem is reported through `warn`). */
export function readPlaceFile(file: string, warn: (message: string) => void): PlaceFile {
  const places = new Map<string, Coordinates>();
  const incomplete = new Set<string>();
  if (!existsSync(file)) return { places, incomplete };
  const doc = parseDocument(readFileSync(file, "utf8"));
  if (doc.errors.length) {
    warn(`cannot read it (${doc.errors[0]!.message.split("\n")[0]}); its places are looked up again`);
    return { places, incomplete };
  }
  const data = doc.toJS() as unknown;
  if (!data || typeof data !== "object") return { places, incomplete };
  for (const [location, value] of Object.entries(data as Record<string, unknown>)) {
    const v = value as Record<string, unknown> | null;
    const lat = Number(v?.["lat"] ?? v?.["latitude"]);
    const lon = Number(v?.["lon"] ?? v?.["lng"] ?? v?.["longitude"]);
    if (v && v["lat"] !== null && v["lon"] !== null && isLatitude(lat) && isLongitude(lon))
      places.set(location, { lat, lon });
    else incomplete.add(location);
  }
  return { places, incomplete };
}

/** Adds newly found places to the file, keeping every entry and comment already there. */
export function addToPlaceFile(file: string, found: ReadonlyMap<string, Geocoded>): void {
  if (found.size === 0) return;
  let doc: Document;
  if (existsSync(file)) {
    doc = parseDocument(readFileSync(file, "utf8"));
    if (doc.errors.length || (doc.contents !== null && !isMap(doc.contents))) return;
  } else {
    doc = parseDocument("{}");
    doc.commentBefore = HEADER.split("\n")
      .map((l) => ` ${l}`)
      .join("\n");
  }
  if (doc.contents === null) doc.contents = doc.createNode({}) as unknown as typeof doc.contents;
  for (const [location, g] of [...found].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (doc.has(location) && !isIncomplete(doc.get(location))) continue;
    doc.set(location, { lat: g.lat, lon: g.lon, place: g.place, geonames: g.geonames });
  }
  const map = doc.contents as { flow?: boolean };
  map.flow = false;
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, doc.toString({ lineWidth: 0 }));
}

function isIncomplete(v: unknown): boolean {
  const js = (v as { toJSON?: () => unknown })?.toJSON?.() ?? v;
  const o = js as Record<string, unknown> | null;
  return !o || typeof o !== "object" || !isLatitude(Number(o["lat"])) || !isLongitude(Number(o["lon"]));
}

function isLatitude(n: number): boolean {
  return Number.isFinite(n) && n >= -90 && n <= 90;
}

function isLongitude(n: number): boolean {
  return Number.isFinite(n) && n >= -180 && n <= 180;
}

import { gazetteerFor, type Gazetteer, type Match, type Place } from "./gazetteer.js";
import { parseLocation, type ParsedLocation } from "./location.js";

/** The pieces of these locations that may name a place: what gazetteerFor must look up to geocode them all. */
export function placeNames(locations: Iterable<string>): string[] {
  const names: string[] = [];
  for (const l of locations)
    for (const p of parseLocation(l).parts) {
      names.push(p.text);
      const words = p.text.split(" ");
      if (!p.hint && words.length > 1) names.push(words[0]!, words[words.length - 1]!);
    }
  return names;
}
import type { Hint } from "./regions.js";

/** Where a location string was placed, and which gazetteer entry says so. */
export interface Geocoded {
  lat: number;
  lon: number;
  /** "Berkeley, US" */
  place: string;
  /** The GeoNames id. */
  geonames: number;
}

/** Why a location has no coordinates: not a place at all ("Online"), or no place of that name was found. */
export type Unresolved = { virtual: true } | { virtual: false; reason: string };

/**
 * Places a talk's `location:` offline: each comma-separated part is looked up by name; the countries and regions
 * the other parts name ("CA", "USA", "Ontario") decide among places of the same name, then the part's position
 * (the city usually comes after the venue), then population. The same input always gives the same place.
 */
export function geocode(location: string, places?: Gazetteer): Geocoded | Unresolved {
  const parsed = parseLocation(location);
  if (parsed.virtual) return { virtual: true };
  const { parts } = parsed;
  places ??= gazetteerFor(placeNames([location]));
  let best: { score: number; place: Place } | undefined;
  parts.forEach((part, i) => {
    const hints = parts.filter((p, j) => j !== i && p.hint).map((p) => p.hint!);
    for (const match of places.lookup(part.text)) {
      // A part that names a country or region is a place only as a city of it (Singapore, Hong Kong, New York)
      // or of what the other parts name (Washington, DC; New Brunswick, NJ): "UK" is no village in Russia.
      if (part.hint && !fit(match.place, part.hint) && !hints.some((h) => fit(match.place, h))) continue;
      const score = scoreOf(match, hints, i, parts.length, part.hint !== undefined);
      if (
        !best ||
        score > best.score ||
        (score === best.score && match.place.population > best.place.population) ||
        (score === best.score && match.place.population === best.place.population && match.place.id < best.place.id)
      )
        best = { score, place: match.place };
    }
  });
  best ??= withinPart(parts, places);
  if (!best) return { virtual: false, reason: "no place of that name in the gazetteer" };
  if (best.score < MIN_SCORE)
    return {
      virtual: false,
      reason: `${best.place.name}, ${best.place.country} does not fit the country or region named`,
    };
  const p = best.place;
  return { lat: p.lat, lon: p.lon, place: `${p.name}, ${p.country}`, geonames: p.id };
}

/**
 * When no part is a place's name: a city named by the first or last word of a part ("Zuse Institute Berlin,
 * Germany"), taken only when it is large (100,000 people) and in the country or region the location names.
 */
function withinPart(parts: ParsedLocation["parts"], places: Gazetteer): { score: number; place: Place } | undefined {
  const hints = parts.filter((p) => p.hint).map((p) => p.hint!);
  if (hints.length === 0) return undefined;
  let best: { score: number; place: Place } | undefined;
  for (const part of parts) {
    if (part.hint) continue;
    const words = part.text.split(" ");
    if (words.length < 2) continue;
    for (const word of [words[0]!, words[words.length - 1]!]) {
      for (const match of places.lookup(word)) {
        const p = match.place;
        if (!match.ownName || p.population < 100_000 || !hints.some((h) => fit(p, h))) continue;
        const score = p.population;
        if (!best || score > best.score) best = { score: MIN_SCORE + 1, place: p };
      }
    }
  }
  return best;
}

/** Below this, a candidate contradicts every hint it was given. */
const MIN_SCORE = 0;

function scoreOf(match: Match, hints: Hint[], index: number, count: number, isHint: boolean): number {
  const { place } = match;
  let score = match.ownName ? 10 : 6;
  // Hints that fit add up; one that does not is ignored when another fits ("Kansas City, MO and Philadelphia, PA").
  const fits = hints.map((h) => fit(place, h));
  score += fits.reduce((a, b) => a + b, 0);
  if (hints.length && fits.every((f) => f === 0)) score -= 40;
  if (isHint) score -= 15;
  // Later parts are likelier the city ("Venue, City, Country").
  score += (3 * (index + 1)) / count;
  score += Math.log10(place.population + 10);
  if (place.feature === "PPLC") score += 1;
  else if (place.feature.startsWith("PPLA")) score += 0.5;
  return score;
}

/** How well a place fits a hint: in the region named (30), in the country named (25), or not (0). */
function fit(place: Place, hint: Hint): number {
  if (hint.regions.includes(`${place.country}.${place.admin1}`)) return 30;
  if (hint.countries.includes(place.country)) return 25;
  return 0;
}

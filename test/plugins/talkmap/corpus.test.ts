// Geocoding real talk locations: every distinct `location:` of the talks of real academicpages sites
// (test/fixtures/talkmap/locations.tsv, made by scripts/talkmap-locations.ts from the sites on disk), placed
// offline and checked against the coordinates of the site's own talk map (its notebook's geopy/Nominatim output)
// within 40 km, or, where the site has none, against the town named in reviewed.tsv (checked by hand).
// The share placed right is printed; the test fails when it drops below 90 %.
import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { packageRoot } from "../../../src/theme/index.js";
import { gazetteerFor } from "../../../src/plugins/talkmap/gazetteer.js";
import { geocode, placeNames } from "../../../src/plugins/talkmap/geocode.js";

const DIR = join(packageRoot(), "test", "fixtures", "talkmap");

function table(file: string): string[][] {
  return readFileSync(join(DIR, file), "utf8")
    .split("\n")
    .filter((l) => l && !l.startsWith("#"))
    .map((l) => l.split("\t"));
}

/** Great-circle distance in km. */
function km(lat1: number, lon1: number, lat2: number, lon2: number): number {
  const r = Math.PI / 180;
  const a =
    Math.sin(((lat2 - lat1) * r) / 2) ** 2 +
    Math.cos(lat1 * r) * Math.cos(lat2 * r) * Math.sin(((lon2 - lon1) * r) / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(a));
}

test("real talk locations are placed in the right town", (t) => {
  const rows = table("locations.tsv");
  const reviewed = new Map(table("reviewed.tsv").map(([l, p]) => [l!, p!]));
  const places = gazetteerFor(placeNames(rows.map((r) => r[0]!)));
  let counted = 0,
    right = 0,
    virtual = 0,
    withCoordinates = 0,
    rightByCoordinates = 0;
  const wrong: string[] = [];
  for (const [location, lat, lon] of rows) {
    const g = geocode(location!, places);
    if ("virtual" in g && g.virtual) {
      virtual++;
      continue;
    }
    counted++;
    let ok: boolean;
    let expected: string;
    if (lat) {
      withCoordinates++;
      expected = `${lat}, ${lon}`;
      ok = "lat" in g && km(Number(lat), Number(lon), g.lat, g.lon) <= 40;
      if (ok) rightByCoordinates++;
    } else {
      expected = reviewed.get(location!) ?? "(not reviewed)";
      ok = expected === "-" ? !("lat" in g) : "lat" in g && expected.split(" | ").includes(g.place);
    }
    if (ok) right++;
    else wrong.push(`${location} -> ${"lat" in g ? g.place : "unresolved"} (expected ${expected})`);
  }
  const share = right / counted;
  t.diagnostic(
    `${right} of ${counted} locations placed right (${(share * 100).toFixed(1)} %); ` +
      `${rightByCoordinates} of ${withCoordinates} checked against the sites' own talk maps; ${virtual} not places (Online, Virtual)`,
  );
  for (const w of wrong) t.diagnostic(`not right: ${w}`);
  assert.ok(counted >= 200, `${counted} locations`);
  assert.ok(share >= 0.9, `${(share * 100).toFixed(1)} % placed right`);
});

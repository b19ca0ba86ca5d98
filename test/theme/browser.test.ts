// The built-in theme in a real browser (Debian's Chromium through playwright-core): the example home page
// shows its author, navigation works on desktop and at 360 px, dark mode switches and persists, axe-core
// finds no serious or critical problem, nothing scrolls sideways at 360 px, and the home page stays light.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { createRequire } from "node:module";
import { chromium, type Browser, type BrowserContext, type Page } from "playwright-core";
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  buildExample,
  buildShowcase,
  buildStarter,
  hasChromium,
  serveDir,
  type BuiltSite,
  type StaticServer,
} from "./helpers.js";
import { themedPages } from "./pages.js";

const axeSource = (createRequire(import.meta.url)("axe-core") as { source: string }).source;
const skip = hasChromium() ? false : `${CHROMIUM} is not installed`;
const DESKTOP = { width: 1280, height: 900 };
const MOBILE = { width: 360, height: 740 };

interface Served {
  site: BuiltSite;
  server: StaticServer;
}
let browser: Browser;
let example: Served;
let starter: Served;
let showcase: Served;

async function serve(site: BuiltSite, baseurl = ""): Promise<Served> {
  return { site, server: await serveDir(site.dir, baseurl) };
}

/** A browser context that only reaches the local test server (CDN scripts such as MathJax are refused, not fetched). */
async function newContext(
  options: { viewport?: typeof DESKTOP; colorScheme?: "light" | "dark" } = {},
): Promise<BrowserContext> {
  const context = await browser.newContext({
    viewport: options.viewport ?? DESKTOP,
    colorScheme: options.colorScheme ?? "light",
  });
  await context.route(
    (url) => url.hostname !== "127.0.0.1",
    (route) => route.abort(),
  );
  return context;
}

async function open(
  served: Served,
  path: string,
  options: { viewport?: typeof DESKTOP; colorScheme?: "light" | "dark" } = {},
): Promise<{ context: BrowserContext; page: Page }> {
  const context = await newContext(options);
  const page = await context.newPage();
  await page.goto(served.server.url + path, { waitUntil: "load" });
  return { context, page };
}

/** axe-core's serious and critical violations on the loaded page, one line each. */
async function axeProblems(page: Page): Promise<string[]> {
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

/** The theme's resolved background colour, as the browser computes it. */
function background(page: Page): Promise<string> {
  return page.evaluate(() => getComputedStyle(document.body).backgroundColor);
}

describe("built-in theme in Chromium", { skip }, () => {
  before(async () => {
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
    example = await serve(await buildExample());
    starter = await serve(await buildStarter());
    showcase = await serve(await buildShowcase(), "/site");
  });
  after(async () => {
    await browser?.close();
    for (const s of [example, starter, showcase]) {
      await s?.server.close();
      s?.site.cleanup();
    }
  });

  test("the home page shows the author, the page and the seed's links", async () => {
    const { context, page } = await open(example, "/");
    assert.equal(await page.locator(".author__name").innerText(), "Keqing He");
    assert.equal(await page.locator("h1").innerText(), "About Me");
    assert.match(await page.locator(".author").innerText(), /Beijing, China[\s\S]*Meituan/);
    assert.equal(await page.locator('.author a[href="mailto:helicbupt@gmail.com"]').count(), 1);
    assert.equal(
      await page.locator('.author a[href="https://www.semanticscholar.org/author/Keqing-He/2058349088"]').count(),
      1,
    );
    assert.ok(await page.locator('.page__content a[href="https://arxiv.org/pdf/2503.18892"]').isVisible());
    assert.equal(await page.title(), "Keqing He");
    await context.close();
  });

  test("desktop navigation shows every link and follows it", async () => {
    const { context, page } = await open(example, "/");
    assert.equal(await page.locator(".site-nav__toggle").isVisible(), false);
    const link = page.locator(".site-nav a", { hasText: "Sitemap" });
    assert.ok(await link.isVisible());
    await link.click();
    await page.waitForURL((url) => url.pathname === "/sitemap/");
    assert.equal(await page.locator("h1").innerText(), "Sitemap");
    assert.equal(await page.locator('.site-nav a[aria-current="page"]').innerText(), "Sitemap");
    await context.close();
  });

  test("at 360 px the navigation folds behind a menu button that opens, closes and navigates", async () => {
    const { context, page } = await open(example, "/", { viewport: MOBILE });
    const toggle = page.locator(".site-nav__toggle");
    const link = page.locator(".site-nav a", { hasText: "Sitemap" });
    assert.ok(await toggle.isVisible());
    assert.equal(await link.isVisible(), false);
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-expanded"), "true");
    assert.ok(await link.isVisible());
    await page.keyboard.press("Escape");
    assert.equal(await toggle.getAttribute("aria-expanded"), "false");
    assert.equal(await link.isVisible(), false);
    await toggle.click();
    await link.click();
    await page.waitForURL((url) => url.pathname === "/sitemap/");
    await context.close();
  });

  test("the keyboard reaches the skip link first, and it moves focus to the content", async () => {
    const { context, page } = await open(example, "/");
    await page.keyboard.press("Tab");
    assert.equal(await page.evaluate(() => document.activeElement?.className), "skip-link");
    assert.ok(await page.locator(".skip-link").isVisible(), "the focused skip link is visible");
    await page.keyboard.press("Enter");
    assert.equal(await page.evaluate(() => document.activeElement?.id), "main");
    await context.close();
  });

  test("the theme toggle works from the keyboard", async () => {
    const { context, page } = await open(example, "/");
    for (let i = 0; i < 12; i++) {
      await page.keyboard.press("Tab");
      if (await page.evaluate(() => document.activeElement?.classList.contains("theme-toggle"))) break;
    }
    assert.ok(
      await page.evaluate(() => document.activeElement?.classList.contains("theme-toggle")),
      "Tab reaches the toggle",
    );
    await page.keyboard.press("Space");
    assert.equal(await page.getAttribute("html", "data-theme"), "dark");
    await page.keyboard.press("Enter");
    assert.equal(await page.getAttribute("html", "data-theme"), "light");
    await context.close();
  });

  test("dark mode follows the system, switches with the toggle, and the choice survives a reload", async () => {
    const light = await open(example, "/", { colorScheme: "light" });
    const lightBg = await background(light.page);
    const toggle = light.page.locator(".theme-toggle");
    assert.equal(await toggle.getAttribute("aria-pressed"), "false");
    await toggle.click();
    assert.equal(await toggle.getAttribute("aria-pressed"), "true");
    const darkBg = await background(light.page);
    assert.notEqual(darkBg, lightBg);
    await light.page.reload({ waitUntil: "load" });
    assert.equal(await light.page.getAttribute("html", "data-theme"), "dark");
    assert.equal(await background(light.page), darkBg);
    await light.page.goto(example.server.url + "/sitemap/");
    assert.equal(await background(light.page), darkBg, "the choice holds on other pages");
    await light.page.locator(".theme-toggle").click();
    assert.equal(await background(light.page), lightBg);
    await light.context.close();

    const system = await open(example, "/", { colorScheme: "dark" });
    assert.equal(await background(system.page), darkBg, "a dark system preference gives the dark palette");
    assert.equal(await system.page.locator(".theme-toggle").getAttribute("aria-pressed"), "true");
    await system.context.close();
  });

  test("axe-core finds no serious or critical violation on any page, light or dark", async () => {
    const problems: string[] = [];
    for (const scheme of ["light", "dark"] as const) {
      const context = await newContext({ colorScheme: scheme });
      await context.addInitScript({ content: axeSource });
      const page = await context.newPage();
      for (const [name, served] of [
        ["example", example],
        ["starter", starter],
        ["showcase", showcase],
      ] as const) {
        for (const built of themedPages(served.site.dir)) {
          await page.goto(served.server.url + built.url, { waitUntil: "load" });
          for (const p of await axeProblems(page)) problems.push(`${scheme} ${name} ${built.url}: ${p}`);
        }
      }
      await context.close();
    }
    assert.deepEqual(problems, []);
  });

  test("no page scrolls sideways at 360 px, with the menu closed or open", async () => {
    const wide: string[] = [];
    const context = await newContext({ viewport: MOBILE });
    const page = await context.newPage();
    const overflow = () =>
      page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
    for (const [name, served] of [
      ["example", example],
      ["starter", starter],
      ["showcase", showcase],
    ] as const) {
      for (const built of themedPages(served.site.dir)) {
        await page.goto(served.server.url + built.url, { waitUntil: "load" });
        if ((await overflow()) > 0) wide.push(`${name} ${built.url}: ${await overflow()} px`);
        await page.locator(".site-nav__toggle").click();
        if ((await overflow()) > 0) wide.push(`${name} ${built.url} (menu open): ${await overflow()} px`);
      }
    }
    await context.close();
    assert.deepEqual(wide, []);
  });

  test("MathJax is requested only by the page with math", async () => {
    const context = await newContext();
    const page = await context.newPage();
    const requested: string[] = [];
    page.on("request", (request) => {
      if (/mathjax/i.test(request.url())) requested.push(new URL(page.url()).pathname);
    });
    for (const built of themedPages(starter.site.dir))
      await page.goto(starter.server.url + built.url, { waitUntil: "load" });
    assert.deepEqual([...new Set(requested)], ["/hello-world/"]);
    await context.close();
  });

  test("printing leaves out the masthead, the toggles and the footer, in black on white", async () => {
    const { context, page } = await open(example, "/", { colorScheme: "dark" });
    await page.emulateMedia({ media: "print" });
    for (const selector of [".masthead", ".site-footer", ".theme-toggle"]) {
      assert.equal(await page.locator(selector).isVisible(), false, `${selector} is hidden in print`);
    }
    assert.ok(await page.locator(".page__content").isVisible());
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).color), "rgb(0, 0, 0)");
    assert.equal(await background(page), "rgb(255, 255, 255)");
    await context.close();
  });

  test("the home page loads under 60 KB of HTML, CSS and JS, all from the site itself", async () => {
    const context = await browser.newContext({ viewport: DESKTOP });
    const page = await context.newPage();
    const sizes: Record<string, number> = {};
    const foreign: string[] = [];
    page.on("response", async (response) => {
      const url = new URL(response.url());
      if (url.origin !== example.server.url) {
        foreign.push(url.href);
        return;
      }
      const type = response.headers()["content-type"] ?? "";
      if (/html|css|javascript/.test(type)) sizes[url.pathname] = (await response.body()).length;
    });
    await page.goto(example.server.url + "/", { waitUntil: "networkidle" });
    const total = Object.values(sizes).reduce((a, b) => a + b, 0);
    assert.deepEqual(foreign, [], "no third-party requests");
    assert.ok(
      sizes["/"] && sizes["/assets/css/main.css"] && sizes["/assets/js/theme.js"],
      `loaded ${JSON.stringify(sizes)}`,
    );
    assert.ok(total < 60 * 1024, `home page weighs ${total} bytes: ${JSON.stringify(sizes)}`);
    await context.close();
  });
});

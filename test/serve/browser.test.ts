import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { startDevServer } from "../../src/serve/index.js";
import { tempSite, removeDir } from "./helpers.js";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const SITE: Record<string, string> = {
  "_config.yml": "title: Browser Test\n",
  "_layouts/default.html": `---
---
<!doctype html><html><head><title>{{ page.title }}</title><link rel="stylesheet" href="{{ '/assets/main.css' | relative_url }}"></head>
<body><main>{{ content }}</main></body></html>
`,
  "about.md": "---\nlayout: default\ntitle: About\n---\nVersion one.\n",
  "assets/main.scss":
    '---\n---\n@import "vars";\nbody { color: $fg; }\npre { color: rgb(250, 250, 250); background: #fff; }\n',
  "_sass/_vars.scss": "$fg: rgb(1, 2, 3);\n",
};

test("in a browser: an edit reloads the page, a broken edit shows the overlay over the last good page, a Sass edit swaps the stylesheet in place", {
  skip: existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM}`,
}, async () => {
  const dir = tempSite(SITE);
  const silent = { info() {}, warn() {}, error() {}, debug() {} };
  const server = await startDevServer({
    source: dir,
    port: 0,
    print: () => undefined,
    printError: () => undefined,
    logger: silent,
  });
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const page = await browser.newPage();
    page.setDefaultTimeout(60_000);
    await page.goto(`http://127.0.0.1:${server.port}/about`);
    await page.waitForFunction(() => document.body.textContent?.includes("Version one."));
    await waitFor(() => server.liveClients > 0, "the page connected to the live channel");

    writeFileSync(join(dir, "about.md"), "---\nlayout: default\ntitle: About\n---\nVersion two.\n");
    await page.waitForFunction(() => document.body.textContent?.includes("Version two."));

    writeFileSync(join(dir, "about.md"), "---\nlayout: default\ntitle: About\n---\nBroken {% if %}\n");
    const overlay = await page.waitForSelector("#lectern-error-overlay");
    assert.ok(overlay);
    assert.match((await page.textContent("#lectern-error-overlay pre")) ?? "", /about\.md:5/);
    assert.notEqual(
      await page.$eval("#lectern-error-overlay pre", (pre) => getComputedStyle(pre).color),
      "rgb(250, 250, 250)",
      "the site's own pre style does not reach the overlay",
    );
    assert.match((await page.textContent("main")) ?? "", /Version two\./, "the last good page stays under the overlay");

    writeFileSync(join(dir, "about.md"), "---\nlayout: default\ntitle: About\n---\nVersion three.\n");
    await page.waitForFunction(
      () => document.body.textContent?.includes("Version three.") && !document.getElementById("lectern-error-overlay"),
    );

    await page.evaluate(() => ((window as unknown as { stayed: boolean }).stayed = true));
    assert.equal(await page.evaluate(() => getComputedStyle(document.body).color), "rgb(1, 2, 3)");
    writeFileSync(join(dir, "_sass/_vars.scss"), "$fg: rgb(4, 5, 6);\n");
    await page.waitForFunction(() => getComputedStyle(document.body).color === "rgb(4, 5, 6)");
    assert.equal(
      await page.evaluate(() => (window as unknown as { stayed?: boolean }).stayed),
      true,
      "no full reload for a CSS change",
    );

    const setHidden = (hidden: boolean) =>
      page.evaluate((h) => {
        Object.defineProperty(document, "hidden", { value: h, configurable: true });
        document.dispatchEvent(new Event("visibilitychange"));
      }, hidden);
    await setHidden(true);
    await waitFor(() => server.liveClients === 0, "a hidden tab lets go of its connection");
    writeFileSync(join(dir, "about.md"), "---\nlayout: default\ntitle: About\n---\nVersion four.\n");
    await new Promise<void>((ok) => server.once("built", () => ok()));
    assert.match((await page.textContent("main")) ?? "", /Version three\./, "a hidden tab is not reloaded");
    await setHidden(false);
    await page.waitForFunction(() => document.body.textContent?.includes("Version four."));
  } finally {
    await browser.close();
    await server.close();
    removeDir(dir);
  }
});

async function waitFor(condition: () => boolean, what: string): Promise<void> {
  for (const until = Date.now() + 30_000; !condition(); ) {
    assert.ok(Date.now() < until, what);
    await new Promise((ok) => setTimeout(ok, 10));
  }
}

// The example's publications page in Chromium: the BibTeX button shows the entry and Copy puts it on the clipboard.
import { after, before, describe, test } from "node:test";
import assert from "node:assert/strict";
import { chromium, type Browser } from "playwright-core";
import {
  CHROMIUM,
  CHROMIUM_ARGS,
  buildExample,
  hasChromium,
  serveDir,
  type BuiltSite,
  type StaticServer,
} from "../../theme/helpers.js";

const skip = hasChromium() ? false : `${CHROMIUM} is not installed`;

describe("publications page in Chromium", { skip }, () => {
  let site: BuiltSite;
  let server: StaticServer;
  let browser: Browser;
  before(async () => {
    site = await buildExample();
    server = await serveDir(site.dir);
    browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  });
  after(async () => {
    await browser?.close();
    await server?.close();
    site?.cleanup();
  });

  test("the BibTeX button reveals the entry and Copy copies exactly it", async () => {
    const context = await browser.newContext();
    await context.grantPermissions(["clipboard-read", "clipboard-write"], { origin: server.url });
    const page = await context.newPage();
    await page.goto(`${server.url}/publications/`);
    const entry = page.locator("#bib-liu2023deita");
    const pre = entry.locator(".bib-bibtex pre");
    assert.equal(await pre.isVisible(), false, "hidden until asked for");
    await entry.locator("summary", { hasText: "BibTeX" }).click();
    assert.equal(await pre.isVisible(), true);
    await entry.locator(".bib-copy").click();
    await page.waitForFunction(() => document.querySelector("#bib-liu2023deita .bib-copy")?.textContent === "Copied");
    const copied = await page.evaluate(() => navigator.clipboard.readText());
    assert.equal(copied, await pre.textContent());
    assert.match(copied, /^@inproceedings\{liu2023deita,\n {2}title = \{What Makes Good Data for Alignment\?/);
    await context.close();
  });

  test("every one of the 37 entries shows Keqing He in bold", async () => {
    const page = await browser.newPage();
    await page.goto(`${server.url}/publications/`);
    const weights = await page.locator(".bib-entry").evaluateAll((items) =>
      items.map((item) => {
        const me = item.querySelector(".author-me");
        return me ? `${me.textContent} ${getComputedStyle(me).fontWeight}` : "missing";
      }),
    );
    assert.equal(weights.length, 37);
    for (const w of weights) assert.match(w, /^Keqing He (700|bold)$/);
    await page.close();
  });
});

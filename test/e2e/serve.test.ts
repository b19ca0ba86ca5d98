import { test } from "node:test";
import assert from "node:assert/strict";
import type { ChildProcess } from "node:child_process";
import { existsSync, writeFileSync } from "node:fs";
import { connect } from "node:net";
import { join } from "node:path";
import { chromium, type Page } from "playwright-core";
import { academicSite, killGroup, lecternChild, removeSite } from "./packed.js";

const CHROMIUM = "/usr/bin/chromium";
const ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--no-first-run",
];
const skip = existsSync(CHROMIUM) ? false : `no browser at ${CHROMIUM}`;

/** Collects a child's output and resolves with the first match of `pattern` in its stdout. */
function waitForOutput(child: ChildProcess, pattern: RegExp, log: string[]): Promise<RegExpExecArray> {
  return new Promise((found, fail) => {
    let out = "";
    const timer = setTimeout(() => fail(new Error(`no ${pattern} within 120 s:\n${log.join("")}`)), 120_000);
    child.stdout!.on("data", (d: Buffer) => {
      out += d.toString();
      log.push(d.toString());
      const m = pattern.exec(out);
      if (m) {
        clearTimeout(timer);
        found(m);
      }
    });
    child.stderr!.on("data", (d: Buffer) => log.push(d.toString()));
    child.on("exit", (code) => fail(new Error(`exited ${code} before ${pattern}:\n${log.join("")}`)));
  });
}

/** True when something accepts connections on host:port. */
function listening(host: string, port: number): Promise<boolean> {
  return new Promise((done) => {
    const socket = connect({ host, port }, () => {
      socket.destroy();
      done(true);
    });
    socket.on("error", () => done(false));
  });
}

/** WCAG contrast ratio of the overlay's message text against what is behind it, as the browser paints them. */
function overlayContrast(page: Page): Promise<{ ratio: number; color: string; background: string; text: string }> {
  return page.evaluate(() => {
    const host = document.getElementById("lectern-error-overlay")!;
    const root: ParentNode = host.shadowRoot ?? host;
    const pre = root.querySelector("pre")!;
    const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number) as [number, number, number, number?];
    // The first opaque background behind the text, compositing translucent ones over it (white under all).
    const layers: number[][] = [];
    for (let el: Element | null = pre; el; ) {
      const [r, g, b, a = 1] = rgba(getComputedStyle(el).backgroundColor);
      if (a > 0) layers.push([r, g, b, a]);
      if (a >= 1) break;
      el = el.parentElement ?? ((el.getRootNode() as ShadowRoot).host as Element | undefined) ?? null;
    }
    let bg = [255, 255, 255];
    for (const [r, g, b, a] of layers.reverse())
      bg = [r! * a! + bg[0]! * (1 - a!), g! * a! + bg[1]! * (1 - a!), b! * a! + bg[2]! * (1 - a!)];
    const [r, g, b, a = 1] = rgba(getComputedStyle(pre).color);
    const fg = [r * a + bg[0]! * (1 - a), g * a + bg[1]! * (1 - a), b * a + bg[2]! * (1 - a)];
    const lum = (c: number[]) =>
      c
        .map((v) => v / 255)
        .map((v) => (v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4))
        .reduce((s, v, i) => s + v * [0.2126, 0.7152, 0.0722][i]!, 0);
    const [hi, lo] = [lum(fg), lum(bg)].sort((x, y) => y - x);
    return {
      ratio: (hi! + 0.05) / (lo! + 0.05),
      color: getComputedStyle(pre).color,
      background: `rgb(${bg.map(Math.round).join(", ")})`,
      text: pre.textContent ?? "",
    };
  });
}

test("packed CLI in Chromium: edit → reload, break → readable overlay (light and dark), fix → recovery; killing npx stops the server", {
  skip,
}, async () => {
  const site = academicSite();
  const child = lecternChild(site, ["serve", "--port", "0"]);
  const log: string[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: ARGS });
  try {
    const address = (await waitForOutput(child, /Server address:\s+(\S+)/, log))[1]!;
    const url = new URL(address);
    assert.match(log.join(""), /done in [\d.]+ seconds: 3 pages\./, "serve counts pages as build and check do");
    const page = await browser.newPage();
    page.setDefaultTimeout(60_000);
    const pageErrors: string[] = [];
    page.on("pageerror", (e) => pageErrors.push(String(e)));
    page.on("console", (m) => {
      if (m.type() === "error") pageErrors.push(m.text());
    });

    const connected = page.waitForResponse((r) => r.url().includes("/__lectern/events"));
    await page.goto(address);
    await page.waitForFunction(() => document.body.textContent?.includes("Version one of the home page."));
    await connected.catch((e: Error) => {
      throw new Error(
        `the live-reload client never connected (page errors: ${pageErrors.join("; ") || "none"}): ${e.message}`,
      );
    });
    const canonical = await page.getAttribute('link[rel="canonical"]', "href");
    assert.equal(new URL(canonical!).origin, url.origin, "the printed address is the origin site.url uses");

    const about = join(site, "_pages", "about.md");
    writeFileSync(about, "---\npermalink: /\ntitle: About me\n---\n\nVersion two of the home page.\n");
    await page.waitForFunction(() => document.body.textContent?.includes("Version two of the home page."));

    writeFileSync(about, "---\npermalink: /\ntitle: About me\n---\n\nBroken {% if %}\n");
    await page.waitForSelector("#lectern-error-overlay");
    for (const colorScheme of ["light", "dark"] as const) {
      await page.emulateMedia({ colorScheme });
      const seen = await overlayContrast(page);
      assert.match(seen.text, /_pages\/about\.md:6/);
      assert.ok(
        seen.ratio >= 4.5,
        `overlay text ${seen.color} on ${seen.background} in ${colorScheme} mode: contrast ${seen.ratio.toFixed(2)} < 4.5`,
      );
    }

    writeFileSync(about, "---\npermalink: /\ntitle: About me\n---\n\nVersion three of the home page.\n");
    await page.waitForFunction(
      () =>
        document.body.textContent?.includes("Version three of the home page.") &&
        !document.getElementById("lectern-error-overlay"),
    );
    assert.deepEqual(pageErrors, [], "the injected client runs without errors");

    // Tools and editors stop `npx lectern serve` by signalling npx alone; the server must not outlive it.
    child.kill("SIGTERM");
    let open = true;
    for (let i = 0; i < 100 && open; i++) {
      await new Promise((r) => setTimeout(r, 100));
      open = await listening(url.hostname === "localhost" ? "127.0.0.1" : url.hostname, Number(url.port));
    }
    assert.equal(open, false, `the server still listens on ${address} after npx was stopped`);
  } finally {
    await browser.close();
    killGroup(child);
    removeSite(site);
  }
});

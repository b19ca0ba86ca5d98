// Builds the example site with Lectern and photographs its home page with Chromium:
// light and dark, desktop (1280 px) and mobile (360 px), into docs/screenshots/; prints the home page's
// weight (HTML, CSS, JS; raw and gzipped). Also the CV page (cv-page.png) and the first page of the CV's PDF
// (cv-pdf.png, by poppler's pdftoppm). Run: npm run screenshots
import { execFileSync } from "node:child_process";
import { mkdirSync, readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";
import { join } from "node:path";
import { chromium } from "playwright-core";
import { packageRoot } from "../src/theme/index.js";
import { CHROMIUM, CHROMIUM_ARGS, buildExample, serveDir } from "../test/theme/helpers.js";

const VIEWPORTS = { desktop: { width: 1280, height: 900 }, mobile: { width: 360, height: 780 } } as const;
const SCHEMES = ["light", "dark"] as const;

/** Raw and gzipped bytes of the files the home page loads (fonts and the avatar aside). */
function homeWeight(site: string): string {
  const files = ["index.html", "assets/css/main.css", "assets/js/theme.js"];
  let raw = 0;
  let gz = 0;
  const parts = files.map((f) => {
    const bytes = readFileSync(join(site, f));
    raw += bytes.length;
    gz += gzipSync(bytes, { level: 9 }).length;
    return `${f} ${(bytes.length / 1024).toFixed(1)} KB`;
  });
  return `home page: ${parts.join(", ")}; total ${(raw / 1024).toFixed(1)} KB (${(gz / 1024).toFixed(1)} KB gzipped)`;
}

async function main(): Promise<void> {
  const out = join(packageRoot(), "docs", "screenshots");
  mkdirSync(out, { recursive: true });
  const site = await buildExample();
  console.log(homeWeight(site.dir));
  const server = await serveDir(site.dir);
  const browser = await chromium.launch({ executablePath: CHROMIUM, args: CHROMIUM_ARGS });
  try {
    for (const scheme of SCHEMES) {
      for (const [name, viewport] of Object.entries(VIEWPORTS)) {
        const context = await browser.newContext({
          viewport,
          colorScheme: scheme,
          deviceScaleFactor: name === "mobile" ? 2 : 1,
        });
        const page = await context.newPage();
        await page.goto(server.url + "/", { waitUntil: "load" });
        const file = join(out, `${scheme}-${name}.png`);
        await page.screenshot({ path: file });
        console.log(`wrote ${file}`);
        await context.close();
      }
    }
    const context = await browser.newContext({ viewport: { width: 1280, height: 1100 }, colorScheme: "light" });
    const page = await context.newPage();
    await page.goto(server.url + "/cv/", { waitUntil: "load" });
    await page.screenshot({ path: join(out, "cv-page.png") });
    console.log(`wrote ${join(out, "cv-page.png")}`);
    await context.close();
    // The PDF's first page at 100 dpi (A4: 827 × 1170 px).
    execFileSync("pdftoppm", [
      "-png",
      "-r",
      "100",
      "-f",
      "1",
      "-l",
      "1",
      "-singlefile",
      join(site.dir, "cv.pdf"),
      join(out, "cv-pdf"),
    ]);
    console.log(`wrote ${join(out, "cv-pdf.png")}`);
  } finally {
    await browser.close();
    await server.close();
    site.cleanup();
  }
}

main().catch((error: unknown) => {
  console.error(error);
  process.exitCode = 1;
});

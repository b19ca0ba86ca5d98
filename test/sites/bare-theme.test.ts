import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, copyFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { build } from "../../src/index.js";
import { ROOT } from "./golden.js";

test("a _config.yml and _pages/about.md alone become a themed homepage (the built-in theme and its defaults)", async () => {
  const dir = mkdtempSync(join(tmpdir(), "lectern-bare-"));
  try {
    mkdirSync(join(dir, "site", "_pages"), { recursive: true });
    copyFileSync(join(ROOT, "example", "_pages", "about.md"), join(dir, "site", "_pages", "about.md"));
    writeFileSync(
      join(dir, "site", "_config.yml"),
      "title: Keqing He\ninclude: [_pages]\nauthor:\n  name: Keqing He\n  employer: Meituan\n",
    );
    const warnings: string[] = [];
    const logger = {
      info() {},
      debug() {},
      error() {},
      warn: (t: string, m: string) => void warnings.push(`${t} ${m}`),
    };
    await build({ source: join(dir, "site"), destination: join(dir, "out"), logger });
    const html = readFileSync(join(dir, "out", "index.html"), "utf8");
    assert.match(html, /^<!doctype html>/i, "the page is placed in the theme's layout");
    assert.match(html, /<h1[^>]*>About Me<\/h1>/, "the page title is shown");
    assert.match(html, /Meituan/, "the author card shows the employer");
    assert.match(html, /<link[^>]+stylesheet[^>]+main\.css/, "the theme's stylesheet is linked");
    readFileSync(join(dir, "out", "assets", "css", "main.css"), "utf8");
    assert.deepEqual(
      warnings.filter((w) => !w.startsWith("Hint:")),
      [],
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a site with its own layouts keeps Jekyll's behaviour: no theme layouts, no theme defaults", async () => {
  const dir = mkdtempSync(join(tmpdir(), "lectern-own-"));
  try {
    mkdirSync(join(dir, "site", "_layouts"), { recursive: true });
    writeFileSync(join(dir, "site", "_layouts", ".gitkeep"), "");
    writeFileSync(join(dir, "site", "_config.yml"), "title: t\n");
    writeFileSync(join(dir, "site", "index.md"), "---\n---\nplain\n");
    await build({
      source: join(dir, "site"),
      destination: join(dir, "out"),
      logger: { info() {}, debug() {}, warn() {}, error() {} },
    });
    assert.equal(readFileSync(join(dir, "out", "index.html"), "utf8"), "<p>plain</p>\n");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

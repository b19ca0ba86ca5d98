import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { spawnSync } from "node:child_process";
import { DIST_SRC, TIME, fixtureCopy, filesOf, differences, buildInChild } from "./helpers.js";
import { likelyStylesheets } from "../../src/render/sass/prewarm.js";

/** As `lectern build` runs: the Sass head start, then the build, in a new process; the Sass workers it started. */
function prewarmedBuild(source: string, destination: string): number {
  const url = (p: string) => JSON.stringify(new URL(p, "file://" + DIST_SRC).href);
  const code = `
    import { prewarmSass } from ${url("render/sass/prewarm.js")};
    import { sassWorkersStarted } from ${url("render/sass/compile.js")};
    prewarmSass(${JSON.stringify(source)}, false);
    const { build } = await import(${url("index.js")});
    const quiet = { info() {}, debug() {}, warn() {}, error() {} };
    await build({ source: ${JSON.stringify(source)}, destination: ${JSON.stringify(destination)}, time: new Date(${TIME.getTime()}), logger: quiet });
    console.log(sassWorkersStarted());
  `;
  const script = join(mkdtempSync(join(tmpdir(), "lectern-prewarm-")), "build.mjs");
  writeFileSync(script, code);
  const r = spawnSync(process.execPath, [script], { encoding: "utf8" });
  rmSync(dirname(script), { recursive: true, force: true });
  if (r.status !== 0) throw new Error(`child build failed (${r.status}): ${r.stderr}`);
  return Number(r.stdout.trim().split("\n").pop());
}

test("the Sass head start shares its worker with the build when cold, starts none when the cache is valid, and changes no byte", () => {
  const { root, source } = fixtureCopy();
  try {
    assert.equal(prewarmedBuild(source, join(root, "cold")), 1, "one worker: the build uses the one started ahead");
    assert.equal(prewarmedBuild(source, join(root, "warm")), 0, "a valid cached compile: no worker at all");
    buildInChild(source, join(root, "plain"), { disableDiskCache: true });
    const plain = filesOf(join(root, "plain"));
    assert.deepEqual(differences(plain, filesOf(join(root, "cold"))), []);
    assert.deepEqual(differences(plain, filesOf(join(root, "warm"))), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("the head start looks for stylesheet pages (front matter, not partials) where sites keep them", () => {
  const source = mkdtempSync(join(tmpdir(), "lectern-prewarm-site-"));
  try {
    mkdirSync(join(source, "assets", "css"), { recursive: true });
    writeFileSync(join(source, "assets", "css", "main.scss"), "---\n---\n@import 'x';\n");
    writeFileSync(join(source, "assets", "css", "plain.scss"), "a { b: c }\n");
    writeFileSync(join(source, "assets", "css", "_partial.scss"), "---\n---\n");
    writeFileSync(join(source, "style.sass"), "---\n---\na\n  b: c\n");
    assert.deepEqual(likelyStylesheets(source).map((p) => p.slice(source.length + 1)).sort(), ["assets/css/main.scss", "style.sass"]);
    assert.deepEqual(likelyStylesheets(join(source, "missing")), []);
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
});

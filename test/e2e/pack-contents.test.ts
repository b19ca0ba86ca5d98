import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ROOT, runOk } from "./packed.js";

interface PackInfo {
  size: number;
  unpackedSize: number;
  files: Array<{ path: string }>;
}

test("npm pack ships the program, theme, starter and example sources: no built output, caches or tests", () => {
  // A copy of the package as a developer's checkout may hold it: a built example and starter, build caches.
  const copy = mkdtempSync(join(tmpdir(), "lectern-pack-"));
  let info: PackInfo;
  try {
    for (const entry of [
      "package.json",
      "README.md",
      ".gitignore",
      ".npmignore",
      "bin",
      "dist",
      "theme",
      "templates",
      "example",
    ])
      if (existsSync(join(ROOT, entry))) cpSync(join(ROOT, entry), join(copy, entry), { recursive: true });
    for (const f of [
      "example/_site/index.html",
      "example/.lectern-cache/x",
      "templates/new/_site/index.html",
      "theme/.lectern-cache/x",
    ]) {
      mkdirSync(join(copy, f, ".."), { recursive: true });
      writeFileSync(join(copy, f), "leftover");
    }
    info = (JSON.parse(runOk("npm", ["pack", "--dry-run", "--json", "--ignore-scripts"], copy)) as PackInfo[])[0]!;
  } finally {
    rmSync(copy, { recursive: true, force: true });
  }
  const paths = info.files.map((f) => f.path);
  const bad = paths.filter((p) =>
    /(^|\/)(_site|\.lectern-cache|\.jekyll-cache|node_modules|\.tmp)\/|^dist\/(test|bench|scripts)\/|^test\/|\.test\.js$|\.tsbuildinfo$/.test(
      p,
    ),
  );
  assert.deepEqual(bad, [], "nothing built, cached or test-only is packed");
  for (const needed of [
    "bin/lectern.js",
    "dist/bundle/cli/main.js",
    "dist/src/serve/live-client.js",
    "theme/_layouts/single.html",
    "templates/new/_config.yml",
    "templates/new/.github/workflows/pages.yml",
    "example/_config.yml",
    "README.md",
  ])
    assert.ok(paths.includes(needed), `${needed} is packed`);
  // The README states the size ("about N MB packed, M MB installed"); within a quarter of the truth.
  const readme = readFileSync(join(ROOT, "README.md"), "utf8");
  const stated = /about ([\d.]+) MB packed, ([\d.]+) MB installed/.exec(readme);
  assert.ok(stated, "README states the package size");
  const near = (mb: string, bytes: number) => Math.abs(Number(mb) * 1e6 - bytes) <= bytes / 4;
  assert.ok(
    near(stated[1]!, info.size) && near(stated[2]!, info.unpackedSize),
    `README says ${stated[0]}; npm pack says ${(info.size / 1e6).toFixed(1)} MB packed, ${(info.unpackedSize / 1e6).toFixed(1)} MB installed`,
  );
});

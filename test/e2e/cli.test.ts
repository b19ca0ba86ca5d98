import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { academicSite, lectern, removeSite } from "./packed.js";

test("packed CLI: build, then check, on an academicpages-style site", () => {
  const site = academicSite();
  try {
    const built = lectern(site, ["build"]);
    assert.equal(built.status, 0, built.stderr);
    const home = readFileSync(join(site, "_site", "index.html"), "utf8");
    assert.match(home, /Version one of the home page\./);
    assert.match(home, /Ada Example/, "the author block reaches the page");
    assert.ok(existsSync(join(site, "_site", "publications", "2024-03-01-parsing", "index.html")));
    const count = /Built (\d+) pages/.exec(built.stdout)?.[1];
    assert.equal(count, "3", `three HTML pages: ${built.stdout}`);

    const checked = lectern(site, ["check"]);
    assert.equal(checked.status, 0, checked.stdout + checked.stderr);
    assert.match(checked.stdout, new RegExp(`\\b${count} pages\\b`), "check counts pages as build does");
  } finally {
    removeSite(site);
  }
});

test("packed CLI: a build that fails exits 1, names the file and keeps the previous output", () => {
  const site = academicSite();
  try {
    assert.equal(lectern(site, ["build", "-q"]).status, 0);
    writeFileSync(join(site, "_pages", "about.md"), "---\npermalink: /\n---\nBroken {% if %}\n");
    const failed = lectern(site, ["build"]);
    assert.equal(failed.status, 1);
    assert.match(failed.stderr, /_pages\/about\.md:4/);
    assert.match(readFileSync(join(site, "_site", "index.html"), "utf8"), /Version one/);
  } finally {
    removeSite(site);
  }
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { academicSite, killGroup, lectern, lecternChild, removeSite } from "./packed.js";

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

test("packed CLI: usage errors are one line with a suggestion; Jekyll's b, s, clean and build --watch work", async () => {
  const site = academicSite();
  try {
    const typo = lectern(site, ["buidl"]);
    assert.equal(typo.status, 2);
    assert.match(typo.stderr, /^lectern: unknown command 'buidl'\. Did you mean 'build'\?\n/);
    assert.ok(typo.stderr.trim().split("\n").length <= 2, `no full help on a usage error:\n${typo.stderr}`);
    const flag = lectern(site, ["build", "--wach"]);
    assert.equal(flag.status, 2);
    assert.match(flag.stderr, /unknown option '--wach'\. Did you mean '--watch'\?/);
    assert.ok(flag.stderr.trim().split("\n").length <= 2, flag.stderr);
    assert.match(lectern(site, ["s", "--help"]).stdout, /^Usage: lectern serve/);

    const b = lectern(site, ["b"]);
    assert.equal(b.status, 0, b.stderr);
    assert.ok(existsSync(join(site, "_site", "index.html")) && existsSync(join(site, ".lectern-cache")));
    const clean = lectern(site, ["clean"]);
    assert.equal(clean.status, 0, clean.stderr);
    assert.ok(!existsSync(join(site, "_site")) && !existsSync(join(site, ".lectern-cache")), clean.stdout);

    const child = lecternChild(site, ["build", "--watch"]);
    try {
      let out = "";
      child.stdout!.on("data", (d: Buffer) => (out += d.toString()));
      await until(
        () => /Auto-regeneration/.test(out),
        () => `no watch started:\n${out}`,
      );
      writeFileSync(join(site, "_pages", "about.md"), "---\npermalink: /\n---\nWatched edit.\n");
      await until(
        () => /Watched edit\./.test(readFileSync(join(site, "_site", "index.html"), "utf8")),
        () => `the edit was not rebuilt:\n${out}`,
      );
      assert.doesNotMatch(out, /Server address/, "build --watch does not serve");
    } finally {
      killGroup(child);
    }
  } finally {
    removeSite(site);
  }
});

test("packed CLI: -q silences warnings such as conflicts, as Jekyll's does, and still counts them", () => {
  const site = academicSite();
  try {
    writeFileSync(join(site, "_pages", "home-again.md"), "---\npermalink: /\n---\nSame address.\n");
    const loud = lectern(site, ["build"]);
    assert.equal(loud.status, 0, loud.stderr);
    assert.match(loud.stderr, /Conflict:/);
    const quiet = lectern(site, ["build", "-q"]);
    assert.equal(quiet.status, 0, quiet.stderr);
    assert.equal(quiet.stderr, "");
    assert.match(quiet.stdout, /with 1 warning/);
  } finally {
    removeSite(site);
  }
});

async function until(ok: () => boolean, why: () => string): Promise<void> {
  for (let waited = 0; !ok(); waited += 200) {
    if (waited > 120_000) throw new Error(why());
    await new Promise((r) => setTimeout(r, 200));
  }
}

import { test } from "node:test";
import assert from "node:assert/strict";
import { buildEngineFixture, jekyllRun } from "./helpers.js";
import { listFiles } from "../sites/golden.js";

// Jekyll 4.3's default excludes (Configuration::DEFAULT_EXCLUDES) name Gemfile.lock and node_modules but no npm
// file, and academicpages excludes only its package.json, so Jekyll publishes package-lock.json
// (test/fixtures/engine/package-lock, scripts/regen-engine-golden.sh). Lectern leaves npm's lockfile out by
// default, as Jekyll does Ruby's; `include: [package-lock.json]` brings it back.
test("package-lock.json is not published; everything else Jekyll writes is", async () => {
  const jekyll = jekyllRun("package-lock");
  assert.ok(listFiles(jekyll.out).includes("package-lock.json"), "Jekyll copies it");
  const built = await buildEngineFixture("package-lock");
  try {
    assert.equal(built.error, undefined);
    assert.deepEqual(
      listFiles(built.out),
      listFiles(jekyll.out).filter((f) => f !== "package-lock.json"),
    );
  } finally {
    built.cleanup();
  }
});

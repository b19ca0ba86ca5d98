import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildEngineFixture, jekyllRun } from "./helpers.js";
import { listFiles } from "../sites/golden.js";

// `date: 0001-01-01` stays year 1, as in Ruby; a Ruby Date that early is a Julian-calendar date (Saturday),
// and Jekyll's date_to_xmlschema moves it to the Gregorian 0000-12-30 (test/fixtures/engine/date-year-one,
// scripts/regen-engine-golden.sh).
test("dates and times in year 1 print as Jekyll prints them", async () => {
  const jekyll = jekyllRun("date-year-one");
  const built = await buildEngineFixture("date-year-one");
  try {
    assert.equal(built.error, undefined);
    assert.deepEqual(listFiles(built.out), listFiles(jekyll.out));
    for (const file of listFiles(jekyll.out))
      assert.equal(readFileSync(join(built.out, file), "utf8"), readFileSync(join(jekyll.out, file), "utf8"), file);
  } finally {
    built.cleanup();
  }
});

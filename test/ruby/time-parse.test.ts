import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { rubyTimeParse, parseTime } from "../../src/ruby/time.js";

// Expected values come from Ruby's Time.parse itself (scripts/regen-time-parse-golden.sh), with the
// clock at 2027-01-01 00:00:00 UTC, the moment Lectern's reference builds run at.
const dir = fileURLToPath(new URL("../../../test/fixtures/time-parse/", import.meta.url));
const NOW = new Date(Date.UTC(2027, 0, 1));
const rows = readFileSync(`${dir}expected.tsv`, "utf8")
  .split("\n")
  .filter(Boolean)
  .map((l) => l.split("\t") as [string, string, string]);

test("Time.parse golden table: every case reads to Ruby's instant, or fails where Ruby raises", () => {
  assert.ok(rows.length >= 150);
  const wrong = rows.filter(([tz, text, want]) => {
    const got = rubyTimeParse(text, tz === "UTC" ? null : tz, NOW);
    return (got ? got.toISOString() : "ArgumentError") !== want;
  });
  assert.deepEqual(wrong, []);
});

test("a front-matter time with its own offset becomes local time (Jekyll's parse_date(...).localtime)", () => {
  const yamlTime = new Date(Date.UTC(2026, 7, 14, 15));
  (yamlTime as Date & Record<symbol, unknown>)[Symbol.for("lectern.rubyZone")] = 540;
  const local = parseTime(yamlTime, "America/Los_Angeles", NOW)!;
  assert.equal(local.getTime(), yamlTime.getTime());
  assert.equal((local as Date & Record<symbol, unknown>)[Symbol.for("lectern.rubyZone")], undefined);
});

test("month and day without a year take the year of the clock in the site's zone", () => {
  // 2027-01-01 00:00 UTC is still 2026 in Los Angeles.
  assert.equal(parseTime("2019-Mar", "America/Los_Angeles", NOW)!.toISOString(), "2026-03-01T08:00:00.000Z");
  assert.equal(parseTime("2019-Mar", null, NOW)!.toISOString(), "2027-03-01T00:00:00.000Z");
});

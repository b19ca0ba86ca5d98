import { test } from "node:test";
import assert from "node:assert/strict";
import { strftime, zoned } from "../../../src/render/liquid/index.js";

const at = (iso: string, tz?: string) => zoned(new Date(iso), tz);

test("Ruby strftime directives and flags", () => {
  const t = at("2021-01-03T08:09:10Z");
  assert.equal(strftime(t, "%Y-%m-%d %H:%M:%S"), "2021-01-03 08:09:10");
  assert.equal(strftime(t, "%-m/%-d %e %-e %_m %l %-l %I %p %P"), "1/3  3 3  1  8 8 08 AM am");
  assert.equal(strftime(t, "%^b %^A %10A|%-10A|%010d"), "JAN SUNDAY     Sunday|Sunday|0000000003");
  assert.equal(strftime(t, "%j %U %W %u %w %V %G %g"), "003 01 00 7 0 53 2020 20");
  assert.equal(strftime(t, "%s %% %z %:z %::z %Z"), "1609661350 % +0000 +00:00 +00:00:00 UTC");
  assert.equal(
    strftime(t, "%c|%D|%F|%T|%R|%r|%v"),
    "Sun Jan  3 08:09:10 2021|01/03/21|2021-01-03|08:09:10|08:09|08:09:10 AM| 3-JAN-2021",
  );
  assert.equal(strftime(t, "%Q %5"), "%Q %5");
});

test("zones follow daylight saving time", () => {
  assert.equal(strftime(at("2024-07-01T12:00:00Z", "America/New_York"), "%H %z %Z"), "08 -0400 EDT");
  assert.equal(strftime(at("2024-01-01T12:00:00Z", "America/New_York"), "%H %z %Z"), "07 -0500 EST");
  assert.equal(strftime(at("2024-07-01T12:00:00Z", "Asia/Kathmandu"), "%H:%M %z"), "17:45 +0545");
});

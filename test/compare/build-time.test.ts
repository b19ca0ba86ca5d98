import { test } from "node:test";
import assert from "node:assert/strict";
import { compareSites } from "../../src/compare/compare-sites.js";
import { formatReport } from "../../src/compare/report.js";
import { markBuildTime } from "../../src/compare/build-time.js";
import { writeTree } from "./helpers.js";

const feed = (updated: string) =>
  `<?xml version="1.0" encoding="utf-8"?><feed><updated>${updated}</updated><entry><updated>2020-05-01T00:00:00+00:00</updated></entry></feed>`;
const page = (head: string, body: string) =>
  `<!doctype html><html><head><title>T</title>${head}</head><body>${body}</body></html>`;

test("pages that differ only by each build's own time compare equal; other dates still differ", async () => {
  const ref = await writeTree({
    "feed.xml": feed("2027-01-01T00:00:01+00:00"),
    "undated/index.html": page(
      `<meta property="article:published_time" content="2027-01-01T00:00:01+00:00">`,
      `<time datetime="2027-01-01T00:00:01+00:00">January 01, 2027</time>`,
    ),
    "dated/index.html": page(`<meta property="article:published_time" content="2020-05-01T00:00:00+00:00">`, "x"),
  });
  const ours = await writeTree({
    "feed.xml": feed("2027-01-01T00:00:00+00:00"),
    "undated/index.html": page(
      `<meta property="article:published_time" content="2027-01-01T00:00:00+00:00">`,
      `<time datetime="2027-01-01T00:00:00+00:00">January 01, 2027</time>`,
    ),
    // Wrong: prints our build time where Jekyll printed the document's date.
    "dated/index.html": page(`<meta property="article:published_time" content="2027-01-01T00:00:00+00:00">`, "x"),
  });
  const report = await compareSites(ref, ours);
  assert.deepEqual(
    report.differing.map((d) => d.path),
    ["dated/index.html"],
  );
  assert.equal(report.pages.normalizedEqual, 1);
  assert.match(
    formatReport(report),
    /Build times differ: reference 2027-01-01T00:00:01\.000Z, ours 2027-01-01T00:00:00\.000Z/,
  );
  const exact = await compareSites(ref, ours, { exactTimes: true });
  assert.deepEqual(exact.differing.map((d) => d.path).sort(), ["dated/index.html", "feed.xml", "undated/index.html"]);
  assert.equal(exact.buildTimes, undefined);
});

test("build times days apart are not matched", async () => {
  const ref = await writeTree({
    "feed.xml": feed("2027-01-01T00:00:00+00:00"),
    "a.html": page("", `<time datetime="2027-01-01T00:00:00+00:00">x</time>`),
  });
  const ours = await writeTree({
    "feed.xml": feed("2027-01-05T00:00:00+00:00"),
    "a.html": page("", `<time datetime="2027-01-05T00:00:00+00:00">x</time>`),
  });
  const report = await compareSites(ref, ours);
  assert.equal(report.buildTimes, undefined);
  assert.ok(report.differing.some((d) => d.path === "a.html"));
});

test("a build-time stamp keeps its format: the same instant written another way still differs", () => {
  const t = Date.UTC(2027, 0, 1, 0, 0, 1);
  const iso = markBuildTime("at 2027-01-01T00:00:01+00:00.", t);
  const ruby = markBuildTime("at 2027-01-01 00:00:01 +0000.", t);
  const shifted = markBuildTime("at 2026-12-31T19:00:01-05:00.", t);
  assert.equal(iso.marked, 1);
  assert.equal(ruby.marked, 1);
  assert.notEqual(iso.text, ruby.text);
  assert.equal(shifted.text, iso.text);
  assert.equal(markBuildTime("at 2027-01-01T00:00:02+00:00.", t).marked, 0);
  assert.equal(markBuildTime(`href="/main.css?v=1798761601"`, t).text, `href="/main.css?v=[build time s]"`);
  assert.equal(markBuildTime(`href="/main.css?v=1798761602"`, t).marked, 0);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { compareSites } from "../../src/compare/compare-sites.js";
import { commonDifferences, formatReport } from "../../src/compare/report.js";
import { writeTree } from "./helpers.js";

const page = (body: string): string => `<!doctype html><html><head><title>T</title></head><body>${body}</body></html>`;

test("equal sites, formatted differently, compare equal", async () => {
  const ref = await writeTree({
    "index.html": page(`<ul><li><a href="/a/" class="x">A</a></li></ul>`),
    "feed.xml": `<?xml version="1.0" encoding="utf-8"?><feed><title type="html">Blog</title></feed>`,
    "assets/css/main.css": "a{color:red}\n",
    "images/p.png": Buffer.from([137, 80, 78, 71, 1, 2]),
  });
  const ours = await writeTree({
    "index.html": `<!DOCTYPE html>\n<html>\n<head>\n  <title>T</title>\n</head>\n<body>\n  <ul>\n    <li><a class="x" href="/a/">A</a></li>\n  </ul>\n</body>\n</html>\n`,
    "feed.xml": `<?xml version="1.0" encoding="utf-8"?>\n<feed>\n  <title type="html">Blog</title>\n</feed>\n`,
    "assets/css/main.css": "a{color:red}\n",
    "images/p.png": Buffer.from([137, 80, 78, 71, 1, 2]),
  });
  const report = await compareSites(ref, ours);
  assert.equal(report.equal, true);
  assert.deepEqual(report.pages, { ref: 1, ours: 1, common: 1, normalizedEqual: 1, visibleTextEqual: 1 });
  assert.deepEqual(report.files, { ref: 4, ours: 4, common: 4, normalizedEqual: 4, visibleTextEqual: 4 });
  assert.match(formatReport(report), /The sites are equal after normalisation\./);
});

test("missing, extra and differing pages are reported with the first difference", async () => {
  const ref = await writeTree({
    "index.html": page(`<p>Hello</p><p>World</p>`),
    "about/index.html": page(`<p>About <a href="/cv/">CV</a></p>`),
    "gone/index.html": page(`<p>Gone</p>`),
    "images/p.png": Buffer.from([1, 2, 3]),
  });
  const ours = await writeTree({
    "index.html": page(`<p>Hello</p><p>Earth</p>`),
    "about/index.html": page(`<p>About <a href="/cv.html">CV</a></p>`),
    "new.html": page(`<p>New</p>`),
    "images/p.png": Buffer.from([1, 2, 4]),
  });
  const report = await compareSites(ref, ours);
  assert.equal(report.equal, false);
  assert.deepEqual(report.onlyInRef, ["gone/index.html"]);
  assert.deepEqual(report.onlyInOurs, ["new.html"]);
  assert.deepEqual(
    report.differing.map((d) => d.path),
    ["about/index.html", "images/p.png", "index.html"],
  );
  const about = report.differing[0]!;
  assert.equal(about.visibleTextEqual, true, "only an href changed, the visible text did not");
  assert.ok(about.excerpt.includes(`-       <a href="/cv/">CV</a>`), about.excerpt.join("\n"));
  assert.ok(about.excerpt.includes(`+       <a href="/cv.html">CV</a>`), about.excerpt.join("\n"));
  const index = report.differing[2]!;
  assert.equal(index.visibleTextEqual, false);
  assert.deepEqual(index.textDifference, { ref: "Hello World", ours: "Hello Earth" });
  assert.equal(about.textDifference, undefined);
  assert.deepEqual(
    index.excerpt.filter((l) => /^[-+]/.test(l)),
    ["-     <p>World</p>", "+     <p>Earth</p>"],
  );
  assert.deepEqual(report.pages, { ref: 3, ours: 3, common: 2, normalizedEqual: 0, visibleTextEqual: 1 });
  const text = formatReport(report);
  assert.match(text, /Missing \(1\):\n  gone\/index\.html/);
  assert.match(text, /Extra \(1\):\n  new\.html/);
  assert.match(text, /equal visible text: +1 \(33\.3% of the reference\)/);
  assert.match(text, /about\/index\.html  \(markup differs, visible text equal\)/);
});

test("--only and --ignore narrow what is compared", async () => {
  const ref = await writeTree({ "a.html": page("x"), "b.css": "a{}", "drafts/c.html": page("y") });
  const ours = await writeTree({ "a.html": page("x"), "b.css": "b{}", "drafts/c.html": page("z") });
  const onlyHtml = await compareSites(ref, ours, { only: ["html"], ignore: ["drafts/**"] });
  assert.equal(onlyHtml.equal, true);
  assert.equal(onlyHtml.files.ref, 1);
  const all = await compareSites(ref, ours);
  assert.deepEqual(
    all.differing.map((d) => d.path),
    ["b.css", "drafts/c.html"],
  );
});

test("CSS and other text compare equal when only blank lines and indentation differ", async () => {
  const ref = await writeTree({ "main.css": "a {\n  color: red;\n}\n\n\nb { x: y }\n" });
  const ours = await writeTree({ "main.css": "a {\n    color: red;\n}\nb { x: y }" });
  const report = await compareSites(ref, ours);
  assert.equal(report.equal, true);
});

test("JSON files compare as data", async () => {
  const ref = await writeTree({ "a.json": `{"a": [1, 2], "b": "x"}`, "b.json": `{"a": 1}` });
  const ours = await writeTree({ "a.json": `{\n  "a": [\n    1,\n    2\n  ],\n  "b": "x"\n}\n`, "b.json": `{"a": 2}` });
  const report = await compareSites(ref, ours);
  assert.deepEqual(
    report.differing.map((d) => d.path),
    ["b.json"],
  );
  assert.deepEqual(
    report.differing[0]!.excerpt.filter((l) => /^[-+]/.test(l)),
    [`-  "a": 1`, `+  "a": 2`],
  );
});

test("pages sharing the same first difference are grouped, most common first", async () => {
  const meta = (t: string) => page(`<p>x</p><time datetime="${t}">Jan</time>`);
  const ref = await writeTree({ "a.html": meta("00:01"), "b.html": meta("00:01"), "c.html": page("<p>c</p>") });
  const ours = await writeTree({ "a.html": meta("00:00"), "b.html": meta("00:00"), "c.html": page("<p>C</p>") });
  const report = await compareSites(ref, ours);
  assert.deepEqual(commonDifferences(report.differing), [
    {
      signature: `- <time datetime="00:01">Jan</time>\n+ <time datetime="00:00">Jan</time>`,
      paths: ["a.html", "b.html"],
    },
  ]);
  assert.match(
    formatReport(report),
    /Most common first differences:\n  2 files, e\.g\. a\.html\n      - <time datetime="00:01">Jan<\/time>\n      \+ <time datetime="00:00">Jan<\/time>\n/,
  );
});

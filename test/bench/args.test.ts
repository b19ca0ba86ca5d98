import { test } from "node:test";
import assert from "node:assert/strict";
import { parseBenchArgs } from "../../bench/args.js";
import { markdownTable } from "../../bench/table.js";
import { renderRows } from "../../bench/extras.js";

test("defaults: N = 1,000 and 10,000, 3 runs, all engines, Jekyll not on the real sites", () => {
  const o = parseBenchArgs([]);
  assert.notEqual(o, "help");
  if (o === "help") return;
  assert.deepEqual(o.sizes, [1000, 10000]);
  assert.equal(o.runs, 3);
  assert.deepEqual(o.engines, ["lectern", "hugo", "jekyll", "eleventy"]);
  assert.equal(o.jekyll, false);
});

test("--quick is N = 200 and one run; explicit flags win", () => {
  const o = parseBenchArgs(["--quick", "--runs", "2", "--engines", "hugo,lectern", "--jekyll"]);
  if (o === "help") return assert.fail("help");
  assert.deepEqual(o.sizes, [200]);
  assert.equal(o.runs, 2);
  assert.deepEqual(o.engines, ["hugo", "lectern"]);
  assert.equal(o.jekyll, true);
});

test("bad values are refused with a message naming the option", () => {
  assert.throws(() => parseBenchArgs(["--engines", "lectern,gatsby"]), /unknown engine\(s\) gatsby/);
  assert.throws(() => parseBenchArgs(["--sizes", "10,abc"]), /--sizes/);
  assert.throws(() => parseBenchArgs(["--runs", "0"]), /--runs/);
  assert.equal(parseBenchArgs(["--help"]), "help");
});

test("the results table is GitHub Markdown with right-aligned number columns", () => {
  const t = markdownTable(
    ["Engine", "Time"],
    [
      ["hugo", "3.50 s"],
      ["lectern", "900 ms"],
    ],
    [false, true],
  );
  assert.equal(
    t,
    ["| Engine  |   Time |", "|---------|-------:|", "| hugo    | 3.50 s |", "| lectern | 900 ms |"].join("\n"),
  );
});

test("rows returned by a contributed benchmark print as a table with readable numbers", () => {
  const t = renderRows([{ name: "lectern", mbPerSec: 2.503774176189623, pagesPerSec: 224.30250109201657 }]);
  assert.equal(
    t,
    [
      "| name    | mbPerSec | pagesPerSec |",
      "|---------|---------:|------------:|",
      "| lectern |      2.5 |         224 |",
    ].join("\n"),
  );
  assert.equal(renderRows("already Markdown"), "already Markdown");
});

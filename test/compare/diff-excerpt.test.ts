import { test } from "node:test";
import assert from "node:assert/strict";
import { firstDifference, textDifference } from "../../src/compare/diff-excerpt.js";

test("equal lists have no difference", () => {
  assert.deepEqual(firstDifference(["a", "b"], ["a", "b"]), []);
});

test("a changed line is shown with context on both sides", () => {
  const ref = ["1", "2", "3", "4", "5", "6", "7"];
  const ours = ["1", "2", "3", "X", "5", "6", "7"];
  assert.deepEqual(firstDifference(ref, ours), ["@@ line 4 @@", "  2", "  3", "- 4", "+ X", "  5", "  6"]);
});

test("an inserted line is shown alone, and only the first difference is shown", () => {
  const ref = ["a", "b", "c", "d", "e", "f", "g"];
  const ours = ["a", "b", "new", "c", "d", "e", "F", "g"];
  assert.deepEqual(firstDifference(ref, ours, { context: 1 }), ["@@ line 3 @@", "  b", "+ new", "  c"]);
});

test("long runs of changes are cut short", () => {
  const ref = Array.from({ length: 20 }, (_, i) => `r${i}`);
  const ours = Array.from({ length: 20 }, (_, i) => `o${i}`);
  const out = firstDifference(ref, ours, { maxChanged: 2, context: 0 });
  assert.deepEqual(out, ["@@ line 1 @@", "- r0", "- r1", "- … 18 more line(s)", "+ o0", "+ o1", "+ … 18 more line(s)"]);
});

test("a long line is clipped around the change", () => {
  const base = "x".repeat(500);
  const out = firstDifference([`${base}A${base}`], [`${base}B${base}`]);
  assert.equal(out.length, 3);
  assert.match(out[1]!, /^- …x+Ax+…$/);
  assert.match(out[2]!, /^\+ …x+Bx+…$/);
});

test("the first difference of two texts is shown with a little context", () => {
  assert.equal(textDifference("same", "same"), undefined);
  assert.deepEqual(textDifference("Tags: apart, cofree, haskell", "Tags: haskell, cofree, apart", 6), {
    ref: "Tags: apart,…",
    ours: "Tags: haskel…",
  });
});

test("a difference far into a text is shown from just before it", () => {
  assert.deepEqual(textDifference(`${"a".repeat(100)}XYZ`, `${"a".repeat(100)}QYZ`, 3), {
    ref: "…aaaXYZ",
    ours: "…aaaQYZ",
  });
});

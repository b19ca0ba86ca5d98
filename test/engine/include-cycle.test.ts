import { test } from "node:test";
import assert from "node:assert/strict";
import { buildEngineFixture, jekyllRun } from "./helpers.js";
import { collapseChain, formatError } from "../../src/errors/format.js";

// Two pages that include_relative each other: Jekyll 4.3 fails with "Nesting too deep"
// (test/fixtures/engine/include-relative-cycle, scripts/regen-engine-golden.sh). Lectern fails too, and prints
// the cycle once instead of a 100-link "included from" chain.
test("an include_relative cycle fails as in Jekyll, with the repeated chain collapsed", async () => {
  const jekyll = jekyllRun("include-relative-cycle");
  assert.equal(jekyll.status, 1);
  assert.match(jekyll.log, /Nesting too deep/);
  const built = await buildEngineFixture("include-relative-cycle");
  try {
    assert.ok(built.error, "the build fails");
    const text = formatError(built.error);
    assert.match(text, /Nesting too deep/);
    const chainLine = text.split("\n")[1]!;
    assert.equal(chainLine.match(/included from/g)?.length, 2, chainLine);
    assert.match(
      chainLine,
      /included from docs\/b\.md, included from docs\/a\.md, \.\.\. \(an include cycle: these 2 links repeat \d+ more times\)/,
    );
  } finally {
    built.cleanup();
  }
});

test("a chain without repeats is printed whole; a repeated run is printed once, then what follows it", () => {
  assert.deepEqual(collapseChain(["included from a", "included from b"]), ["included from a", "included from b"]);
  assert.deepEqual(collapseChain(["x", "x", "x", "page"]), [
    "x",
    "... (an include cycle: this link repeats 2 more times)",
    "page",
  ]);
});

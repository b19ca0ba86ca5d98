import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildEngineFixture, jekyllRun } from "./helpers.js";
import { listFiles } from "../sites/golden.js";

// Permalinks with encoded `..` (`/%2e%2e/%2e%2e/escaped.html`): Jekyll 4.3 resolves the dot segments as if the
// destination were the root, so the file lands inside it (test/fixtures/engine/permalink-dot-segments,
// scripts/regen-engine-golden.sh). Lectern writes the same files and warns about those that tried to leave.
test("an encoded .. permalink is written inside the destination, as Jekyll does, with a warning", async () => {
  const jekyll = jekyllRun("permalink-dot-segments");
  assert.equal(jekyll.status, 0);
  const built = await buildEngineFixture("permalink-dot-segments");
  try {
    assert.equal(built.error, undefined);
    assert.deepEqual(listFiles(built.out), listFiles(jekyll.out));
    for (const file of listFiles(jekyll.out))
      assert.equal(readFileSync(join(built.out, file), "utf8"), readFileSync(join(jekyll.out, file), "utf8"), file);
    const warned = built.log.warnings.filter((w) => w.startsWith("Permalink:"));
    assert.equal(warned.length, 2, warned.join("\n"));
    assert.match(
      warned.join("\n"),
      /esc\.md: output path '\.\.\/\.\.\/escaped\.html' would leave the destination; written as 'escaped\.html'/,
    );
  } finally {
    built.cleanup();
  }
  const strict = await buildEngineFixture("permalink-dot-segments", { strict: true });
  try {
    assert.ok(strict.error, "--strict makes the warning fatal");
  } finally {
    strict.cleanup();
  }
});

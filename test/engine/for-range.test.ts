import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { BIN, ENGINE, buildEngineFixture, jekyllRun } from "./helpers.js";

// `for` over ranges with limit, offset, reversed (only right after the collection, as Ruby Liquid reads it),
// continue and break, compared with Jekyll 4.3 (test/fixtures/engine/for-range, scripts/regen-engine-golden.sh).
test("for over ranges renders as Jekyll renders it", async () => {
  const jekyll = jekyllRun("for-range");
  const built = await buildEngineFixture("for-range");
  try {
    assert.equal(built.error, undefined);
    assert.equal(
      readFileSync(join(built.out, "index.html"), "utf8"),
      readFileSync(join(jekyll.out, "index.html"), "utf8"),
    );
  } finally {
    built.cleanup();
  }
});

// (1..100000000) as an array is ~3 GB; counted as it is walked it needs nothing. The build runs in a child
// process with a 160 MB heap, so a range made into an array fails it (out of memory) instead of the machine.
test("a 100,000,000-item range is walked without being made into an array", () => {
  const tmp = mkdtempSync(join(tmpdir(), "lectern-range-"));
  try {
    const site = join(ENGINE, "for-range-unbounded", "site");
    const r = spawnSync(
      process.execPath,
      ["--max-old-space-size=160", BIN, "build", "-s", site, "-d", join(tmp, "out")],
      { encoding: "utf8", env: { ...process.env, NO_COLOR: "1", SOURCE_DATE_EPOCH: "1798761600" } },
    );
    assert.equal(r.status, 0, r.stderr.slice(-2000));
    assert.equal(readFileSync(join(tmp, "out", "index.html"), "utf8"), "1,2,3,\n");
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

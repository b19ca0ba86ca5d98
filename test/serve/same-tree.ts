import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { Site } from "../../src/site.js";
import { readdirRecursive } from "../../src/read/walk.js";

/** Asserts that the dev server's destination (`dir/_site`) holds exactly what a fresh full build of `dir` writes. */
export async function sameTree(dir: string, port: number, time?: Date): Promise<void> {
  const fresh = mkdtempSync(join(tmpdir(), "lectern-fresh-"));
  try {
    const silent = { info() {}, warn() {}, error() {}, debug() {} };
    await new Site({
      source: dir,
      destination: join(fresh, "_site"),
      overrides: { url: `http://localhost:${port}` },
      logger: silent,
      time,
    }).process();
    const served = join(dir, "_site"),
      built = join(fresh, "_site");
    const a = readdirRecursive(served, served).sort(),
      b = readdirRecursive(built, built).sort();
    assert.deepEqual(a, b, "same files");
    for (const rel of a)
      assert.equal(
        readFileSync(join(served, rel), "utf8"),
        readFileSync(join(built, rel), "utf8"),
        `${rel} differs from a full build`,
      );
  } finally {
    rmSync(fresh, { recursive: true, force: true });
  }
}

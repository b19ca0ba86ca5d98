import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, opendirSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { Site } from "../../src/site.js";

/** Entries of a folder in the file system's order (what Ruby's Dir.entries returns to Jekyll). */
function nativeOrder(dir: string): string[] {
  const d = opendirSync(dir);
  const names: string[] = [];
  for (let e = d.readSync(); e !== null; e = d.readSync()) names.push(e.name);
  d.closeSync();
  return names;
}

test("pages of the same name in different folders keep the file system's folder order, as Jekyll reads them", async () => {
  const root = mkdtempSync(join(tmpdir(), "lectern-dir-order-"));
  try {
    const src = join(root, "site");
    // Folders created out of alphabetical order, so a sorted read and the file system's order differ on most file systems.
    const folders = ["m", "c", "x", "a", "q", "f", "z", "b", "k", "t", "e", "p"];
    for (const f of folders) {
      mkdirSync(join(src, f), { recursive: true });
      writeFileSync(join(src, f, "same.md"), `---\ntitle: ${f}\n---\n`);
    }
    writeFileSync(join(src, "same.md"), "---\ntitle: root\n---\n");
    const site = new Site({
      source: src,
      destination: join(root, "out"),
      logger: { info() {}, debug() {}, warn() {}, error() {} },
    });
    await site.reset();
    await site.read();
    const expected = [
      ...nativeOrder(src)
        .filter((n) => folders.includes(n))
        .map((f) => `${f}/same.md`),
      "same.md",
    ];
    assert.deepEqual(
      site.pages.map((p) => p.relativePath).filter((p) => p.endsWith("same.md")),
      expected,
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

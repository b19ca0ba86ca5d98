import { test } from "node:test";
import assert from "node:assert/strict";
import {
  mkdtempSync,
  mkdirSync,
  readFileSync,
  rmSync,
  statSync,
  utimesSync,
  writeFileSync,
  readdirSync,
} from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { replaceOutput } from "../../src/serve/outputs.js";

test("the dev server's copy of an edited static file has the source's content and time, and no temporary file is left", () => {
  const root = mkdtempSync(join(tmpdir(), "lectern-outputs-"));
  try {
    const src = join(root, "paper.pdf");
    writeFileSync(src, "%PDF-1.4 new");
    const when = new Date("2024-03-05T06:07:08Z");
    utimesSync(src, when, when);
    const dest = join(root, "_site");
    mkdirSync(join(dest, "files"), { recursive: true });
    writeFileSync(join(dest, "files", "paper.pdf"), "%PDF-1.4 old");
    replaceOutput(dest, "files/paper.pdf", { copyFrom: src });
    assert.equal(readFileSync(join(dest, "files", "paper.pdf"), "utf8"), "%PDF-1.4 new");
    assert.equal(statSync(join(dest, "files", "paper.pdf")).mtimeMs, when.getTime());
    assert.deepEqual(readdirSync(join(dest, "files")), ["paper.pdf"]);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

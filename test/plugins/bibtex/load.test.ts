import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync, mkdirSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { loadBibliography } from "../../../src/plugins/bibtex/load.js";
import { bibFiles } from "../../../src/plugins/bibtex/sources.js";

test("several .bib files are read in name order, merged newest first; a repeated key is a warning", async () => {
  const dir = mkdtempSync(join(tmpdir(), "lectern-bibs-"));
  try {
    mkdirSync(join(dir, "_bibliography"));
    writeFileSync(
      join(dir, "_bibliography", "b.bib"),
      "@misc{x, title={Later file}, year=2024}\n@misc{dup, title={Second copy}, year=2019}\n",
    );
    writeFileSync(join(dir, "_bibliography", "a.bib"), "@misc{dup, title={First copy}, year=2020}\n");
    writeFileSync(join(dir, "_bibliography", "notes.txt"), "@misc{no, title={not bib}}");
    const files = bibFiles(join(dir, "_bibliography"));
    assert.deepEqual(
      files.map((f) => f.slice(dir.length + 1)),
      ["_bibliography/a.bib", "_bibliography/b.bib"],
    );
    const { entries, warnings } = await loadBibliography(files, dir);
    assert.deepEqual(
      entries.map((e) => e.title),
      ["Later file", "First copy"],
    );
    assert.deepEqual(warnings, [
      {
        message: "duplicate key 'dup' (first defined in _bibliography/a.bib:1); this entry is skipped",
        file: "_bibliography/b.bib",
        line: 2,
      },
    ]);
    assert.deepEqual(bibFiles(join(dir, "missing")), []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

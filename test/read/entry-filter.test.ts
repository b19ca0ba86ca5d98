import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync, symlinkSync, rmSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { EntryFilter } from "../../src/read/entry-filter.js";

/** A source folder holding `names` (a trailing slash makes a folder) and a file outside it. */
function source(names: string[]) {
  const dir = mkdtempSync(join(tmpdir(), "lectern-filter-"));
  const src = join(dir, "site");
  mkdirSync(src);
  for (const n of names) {
    if (n.endsWith("/")) mkdirSync(join(src, n), { recursive: true });
    else writeFileSync(join(src, n), "x");
  }
  writeFileSync(join(dir, "secret.txt"), "outside");
  return { dir, src, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

test("an exclude ending in / drops the folder of that name, not a file of that name", () => {
  const s = source(["vendor/", "sub/", "sub/vendor", "notes.md"]);
  try {
    const f = new EntryFilter(s.src, [], ["vendor/", "sub/vendor/"]);
    assert.deepEqual(f.filter(["vendor", "sub", "notes.md"], ""), ["sub", "notes.md"]);
    assert.deepEqual(f.filter(["vendor"], "sub"), ["vendor"], "sub/vendor is a file");
  } finally {
    s.cleanup();
  }
});

test("include brings back special names and wins over exclude; globs match across folders", () => {
  const s = source([".htaccess", "_drafts/", "a.sublime-project", "docs/", "docs/x.sublime-project", "_pages/"]);
  try {
    const f = new EntryFilter(s.src, [".htaccess", "_pages"], ["*.sublime-project", "_pages"]);
    assert.deepEqual(f.filter([".htaccess", "_drafts", "a.sublime-project", "docs", "_pages"], ""), [
      ".htaccess",
      "docs",
      "_pages",
    ]);
    assert.deepEqual(f.filter(["x.sublime-project"], "docs"), []);
    assert.equal(f.isExcluded("docs/x.sublime-project"), true);
    assert.equal(f.isExcluded("docs"), false);
  } finally {
    s.cleanup();
  }
});

test("a link leading out of the source is dropped whether or not the caller's listing names the links", () => {
  const s = source(["in.md"]);
  try {
    symlinkSync(join(s.dir, "secret.txt"), join(s.src, "out.txt"));
    symlinkSync(join(s.src, "in.md"), join(s.src, "inside.md"));
    const f = new EntryFilter(s.src, [], []);
    const names = readdirSync(s.src).sort();
    assert.deepEqual(f.filter(names, ""), ["in.md", "inside.md"]);
    const links = new Set(["out.txt", "inside.md"]);
    assert.deepEqual(
      f.filter(names, "", (e) => links.has(e)),
      ["in.md", "inside.md"],
    );
  } finally {
    s.cleanup();
  }
});

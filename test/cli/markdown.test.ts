import { test } from "node:test";
import assert from "node:assert/strict";
import { runLectern } from "../support/index.js";
import { mkdtempSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";

const lectern = (args: string[], input?: string) => runLectern(args, { input });

test("lectern markdown prints the HTML for standard input, front matter skipped", () => {
  const run = lectern(["markdown"], "---\ntitle: x\n---\n## It's *here*\n\n1. a\n1. b\n");
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, '<h2 id="its-here">It’s <em>here</em></h2>\n\n<ol>\n  <li>a</li>\n  <li>b</li>\n</ol>\n');
});

test("lectern markdown FILE --config reads the site's kramdown options", () => {
  const dir = mkdtempSync(join(tmpdir(), "lectern-md-"));
  writeFileSync(join(dir, "page.md"), "## Title\n");
  writeFileSync(join(dir, "_config.yml"), "kramdown:\n  auto_ids: false\n");
  const plain = lectern(["markdown", join(dir, "page.md")]);
  assert.equal(plain.stdout, '<h2 id="title">Title</h2>\n', plain.stderr);
  const run = lectern(["markdown", join(dir, "page.md"), "--config", join(dir, "_config.yml")]);
  assert.equal(run.stdout, "<h2>Title</h2>\n");
});

test("lectern markdown reports a missing file with exit 1 and a bad option with exit 2", () => {
  assert.equal(lectern(["markdown", "/nonexistent/file.md"]).status, 1);
  assert.equal(lectern(["markdown", "--bogus"]).status, 2);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { runLectern } from "../support/index.js";
import { writeTree } from "./helpers.js";

const lectern = (...args: string[]) => runLectern(args);

test("lectern compare exits 0 for equal sites and 1 with a summary when they differ", async () => {
  const ref = await writeTree({ "index.html": "<p>a</p>", "b/index.html": "<p>b</p>" });
  const same = await writeTree({ "index.html": "<p>\n  a\n</p>\n", "b/index.html": "<p>b</p>" });
  const other = await writeTree({ "index.html": "<p>A</p>" });
  const ok = lectern("compare", ref, same);
  assert.equal(ok.status, 0, ok.stderr);
  assert.match(ok.stdout, /equal after normalisation: 2 \(100\.0% of the reference\)/);
  const bad = lectern("compare", ref, other);
  assert.equal(bad.status, 1, bad.stderr);
  assert.match(bad.stdout, /Missing \(1\):\n  b\/index\.html/);
  assert.match(bad.stdout, /- <p>a<\/p>\n +\+ <p>A<\/p>/);
});

test("lectern compare --json prints a machine-readable report", async () => {
  const ref = await writeTree({ "index.html": "<p>a</p>" });
  const ours = await writeTree({ "index.html": "<p>b</p>", "x.html": "" });
  const run = lectern("compare", "--json", ref, ours);
  assert.equal(run.status, 1, run.stderr);
  const report = JSON.parse(run.stdout) as {
    onlyInOurs: string[];
    pages: { normalizedEqual: number };
    differing: { path: string }[];
  };
  assert.deepEqual(report.onlyInOurs, ["x.html"]);
  assert.equal(report.pages.normalizedEqual, 0);
  assert.deepEqual(
    report.differing.map((d) => d.path),
    ["index.html"],
  );
});

test("lectern compare rejects wrong usage with exit code 2", async () => {
  const dir = await writeTree({ "index.html": "" });
  assert.equal(lectern("compare", dir).status, 2);
  assert.equal(lectern("compare", dir, "/nonexistent/folder").status, 2);
  assert.match(lectern("compare", dir, dir, "--only", "pdf").stderr, /--only takes html, xml, text, binary, not 'pdf'/);
});

test("lectern compare --ignore, --only and --limit shape the report", async () => {
  const ref = await writeTree({ "a.html": "<p>a</p>", "b.html": "<p>b</p>", "c.html": "<p>c</p>", "x.css": "a{}" });
  const ours = await writeTree({ "a.html": "<p>A</p>", "b.html": "<p>B</p>", "c.html": "<p>c</p>", "x.css": "b{}" });
  const limited = lectern("compare", ref, ours, "--limit", "1");
  assert.equal(limited.status, 1);
  assert.match(limited.stdout, /Differing \(3, first 1 shown\):\n  a\.html/);
  const onlyHtml = lectern("compare", ref, ours, "--only", "html", "--ignore", "a.html", "--ignore", "b.*");
  assert.equal(onlyHtml.status, 0, onlyHtml.stdout);
  assert.match(onlyHtml.stdout, /\(1 page, 1 file\)/);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { fileKind, globToRegExp, listFiles } from "../../src/compare/files.js";
import { writeTree } from "./helpers.js";

test("globs: ** crosses folders, * does not, braces alternate", () => {
  assert.ok(globToRegExp("assets/**").test("assets/css/main.css"));
  assert.ok(globToRegExp("**/*.map").test("a/b/c.js.map"));
  assert.ok(globToRegExp("**/*.map").test("c.js.map"));
  assert.ok(!globToRegExp("assets/*.css").test("assets/css/main.css"));
  assert.ok(globToRegExp("*.{png,jpg}").test("a.jpg"));
  assert.ok(!globToRegExp("*.{png,jpg}").test("a.gif"));
  assert.ok(!globToRegExp("a.b").test("axb"), "a dot is literal");
});

test("files are listed sorted, and ignored ones left out by path or by name", async () => {
  const dir = await writeTree({
    "z.html": "",
    "a/b.html": "",
    "a/.DS_Store": "",
    "assets/x.js": "",
    "assets/x.js.map": "",
  });
  assert.deepEqual(await listFiles(dir), ["a/.DS_Store", "a/b.html", "assets/x.js", "assets/x.js.map", "z.html"]);
  assert.deepEqual(await listFiles(dir, [".DS_Store", "assets/**/*.map"]), ["a/b.html", "assets/x.js", "z.html"]);
});

test("file kinds follow the extension", () => {
  assert.equal(fileKind("a/index.html"), "html");
  assert.equal(fileKind("feed.xml"), "xml");
  assert.equal(fileKind("assets/css/main.css"), "text");
  assert.equal(fileKind("images/a.PNG"), "binary");
});

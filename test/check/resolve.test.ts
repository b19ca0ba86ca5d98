import { test } from "node:test";
import assert from "node:assert/strict";
import { canonicalBaseurl, resolveReference, servedFile } from "../../src/check/resolve.js";

const files = new Set(["index.html", "about/index.html", "cv.html", "files/a b.pdf", "posts/2024/01/x.html"]);
const site = { files, baseurl: "" };

test("paths are served as a static host serves them", () => {
  assert.deepEqual(servedFile("about/", files), { file: "about/index.html", expected: "about/index.html" });
  assert.deepEqual(servedFile("about", files), { file: "about/index.html", expected: "about" });
  assert.deepEqual(servedFile("cv", files), { file: "cv.html", expected: "cv" });
  assert.deepEqual(servedFile("", files), { file: "index.html", expected: "index.html" });
  assert.deepEqual(servedFile("files/", files), { file: undefined, expected: "files/index.html" });
});

test("relative links resolve against the page's own folder", () => {
  assert.deepEqual(resolveReference("../../../cv.html#edu", "posts/2024/01/x.html", site), {
    type: "internal",
    path: "/cv.html",
    fragment: "edu",
    file: "cv.html",
    expected: "cv.html",
  });
  assert.deepEqual(resolveReference("x.html", "posts/2024/01/x.html", site), {
    type: "internal",
    path: "/posts/2024/01/x.html",
    fragment: "",
    file: "posts/2024/01/x.html",
    expected: "posts/2024/01/x.html",
  });
  assert.equal(resolveReference("../files/a%20b.pdf", "about/index.html", site).type, "internal");
  assert.equal(
    (resolveReference("../files/a%20b.pdf", "about/index.html", site) as { file?: string }).file,
    "files/a b.pdf",
  );
});

test("a <base href> changes where relative links lead", () => {
  const target = resolveReference("index.html", "posts/2024/01/x.html", site, "/about/");
  assert.equal((target as { file?: string }).file, "about/index.html");
});

test("schemes: external, skipped, or the site itself", () => {
  assert.deepEqual(resolveReference("https://example.org/", "index.html", site), {
    type: "external",
    url: "https://example.org/",
  });
  assert.deepEqual(resolveReference("javascript:void(0)", "index.html", site), { type: "skip" });
  assert.deepEqual(resolveReference("  ", "index.html", site), { type: "skip" });
  const own = { ...site, host: "me.github.io" };
  assert.equal((resolveReference("https://me.github.io/cv", "index.html", own) as { file?: string }).file, "cv.html");
});

test("baseurl is canonicalised and required of root-relative links", () => {
  assert.equal(canonicalBaseurl("blog/"), "/blog");
  assert.equal(canonicalBaseurl("/"), "");
  assert.equal(canonicalBaseurl(undefined), "");
  const sub = { files, baseurl: "/blog" };
  assert.equal((resolveReference("/blog/cv", "index.html", sub) as { file?: string }).file, "cv.html");
  assert.deepEqual(resolveReference("/cv", "index.html", sub), {
    type: "outside",
    path: "/cv",
    within: "/blog/cv.html",
  });
  assert.equal((resolveReference("cv", "about/index.html", sub) as { expected: string }).expected, "about/cv");
});

test("a site url with a path (a project site) maps absolute links under that path into the site", () => {
  const project = { files, baseurl: "", host: "me.github.io", urlPath: "/proj" };
  assert.equal(
    (resolveReference("https://me.github.io/proj/cv", "index.html", project) as { file?: string }).file,
    "cv.html",
  );
  assert.equal(
    (resolveReference("https://me.github.io/proj", "index.html", project) as { file?: string }).file,
    "index.html",
  );
  assert.deepEqual(resolveReference("https://me.github.io/other/", "index.html", project), {
    type: "external",
    url: "https://me.github.io/other/",
  });
});

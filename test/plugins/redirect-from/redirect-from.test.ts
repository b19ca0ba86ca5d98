import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { buildPluginFixture, fixture, read, sameFilesAsJekyll, type Built } from "../fixture.js";
import { redirectFrom, redirectTo } from "../../../src/plugins/redirect-from/index.js";

const main = fixture("redirect-from"),
  own = fixture("redirect-from-own");
let built: Built, builtOwn: Built;

before(async () => {
  built = await buildPluginFixture("redirect-from");
  builtOwn = await buildPluginFixture("redirect-from-own");
});
after(() => {
  built?.cleanup();
  builtOwn?.cleanup();
});

test("redirect_from on pages and documents writes Jekyll's redirect pages (folder URLs, .html, bare names, other extensions kept)", () => {
  for (const file of [
    "about/index.html",
    "about.html",
    "resume.html",
    "old-cv.html",
    "2021/old-post/index.html",
    "legacy/post.html",
    "pubs/other/index.html",
    "cv.php",
    "vitae.json",
  ]) {
    assert.equal(read(built.out, file), read(main.expected, file), file);
  }
});

test("redirect_to turns a page or document into a redirect: external URLs as given, the first of a list, site paths made absolute", () => {
  for (const file of ["moved.html", "relative.html", "publication/paper/index.html"])
    assert.equal(read(built.out, file), read(main.expected, file), file);
  assert.match(read(built.out, "moved.html"), /location="https:\/\/elsewhere.example.com\/page\?a=1&b=2"/);
});

test("redirects.json maps every redirect, in Jekyll's order (documents, then pages)", () => {
  assert.equal(read(built.out, "redirects.json"), read(main.expected, "redirects.json"));
});

test("redirect pages and redirected documents stay out of the sitemap", () => {
  assert.equal(read(built.out, "sitemap.xml"), read(main.expected, "sitemap.xml"));
});

test("a site's own redirect layout is used, and `redirect_from: {json: false}` writes no redirects.json", () => {
  assert.deepEqual(sameFilesAsJekyll(builtOwn, "redirect-from-own"), { missing: [], extra: [], differing: [] });
  assert.equal(read(builtOwn.out, "home.html"), read(own.expected, "home.html"));
});

test("the redirect fixture writes exactly Jekyll's files", () => {
  assert.deepEqual(sameFilesAsJekyll(built, "redirect-from"), { missing: [], extra: [], differing: [] });
});

test("redirect_from takes one path or a list (nils dropped); redirect_to takes the first non-nil entry", () => {
  assert.deepEqual(redirectFrom({ redirect_from: "/a" }), ["/a"]);
  assert.deepEqual(redirectFrom({ redirect_from: ["/a", null, "/b"] }), ["/a", "/b"]);
  assert.deepEqual(redirectFrom({}), []);
  assert.equal(redirectTo({ redirect_to: [null, "/x", "/y"] }), "/x");
  assert.equal(redirectTo({}), undefined);
});

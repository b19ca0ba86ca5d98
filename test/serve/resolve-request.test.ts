import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdirSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { resolveRequest, decodeSegments, normalizeBaseurl } from "../../src/serve/resolve-request.js";
import { tempSite, removeDir } from "./helpers.js";

function fixture(): { root: string; outside: string; cleanup: () => void } {
  const dir = tempSite({
    "site/index.html": "home",
    "site/about.html": "about",
    "site/blog/index.html": "blog",
    "site/blog/post/index.html": "post",
    "site/assets/app.css": "css",
    "site/data.json": "{}",
    "site/noindex/file.txt": "x",
    "secret.txt": "SECRET",
    "secret-dir/index.html": "SECRET",
  });
  const root = join(dir, "site");
  symlinkSync(join(dir, "secret.txt"), join(root, "leak.txt"));
  symlinkSync(join(dir, "secret-dir"), join(root, "leakdir"));
  symlinkSync(join(root, "about.html"), join(root, "alias.html"));
  return { root, outside: dir, cleanup: () => removeDir(dir) };
}

test("GitHub Pages lookup: index, exact file, /x → x.html, folder without slash redirects, misses", () => {
  const { root, cleanup } = fixture();
  try {
    assert.deepEqual(resolveRequest(root, "/"), { kind: "file", path: join(root, "index.html") });
    assert.deepEqual(resolveRequest(root, "/about.html"), { kind: "file", path: join(root, "about.html") });
    assert.deepEqual(resolveRequest(root, "/about"), { kind: "file", path: join(root, "about.html") });
    assert.deepEqual(resolveRequest(root, "/blog/"), { kind: "file", path: join(root, "blog/index.html") });
    assert.deepEqual(resolveRequest(root, "/blog"), { kind: "redirect", location: "/blog/" });
    assert.deepEqual(resolveRequest(root, "/blog/post"), { kind: "redirect", location: "/blog/post/" });
    assert.deepEqual(resolveRequest(root, "/assets/app.css"), { kind: "file", path: join(root, "assets/app.css") });
    assert.deepEqual(resolveRequest(root, "/noindex/"), { kind: "not-found" });
    assert.deepEqual(resolveRequest(root, "/about.html/"), { kind: "not-found" });
    assert.deepEqual(resolveRequest(root, "/missing"), { kind: "not-found" });
    assert.deepEqual(resolveRequest(root, "/data%2Ejson"), { kind: "file", path: join(root, "data.json") });
  } finally {
    cleanup();
  }
});

test("no request path reaches a file outside the served folder", () => {
  const { root, cleanup } = fixture();
  try {
    const attempts = [
      "/../secret.txt",
      "/%2e%2e/secret.txt",
      "/%2E%2E/secret.txt",
      "/..%2fsecret.txt",
      "/..%2Fsecret.txt",
      "/blog/../../secret.txt",
      "/blog/%2e%2e/%2e%2e/secret.txt",
      "/..\\secret.txt",
      "/%5c..%5csecret.txt",
      "/.%2e/secret.txt",
      "/secret.txt%00.html",
      "/leak.txt",
      "/leakdir/",
      "/leakdir/index.html",
      "secret.txt",
      "/./secret.txt",
      "/%252e%252e/secret.txt",
    ];
    for (const path of attempts) {
      const r = resolveRequest(root, path);
      assert.ok(r.kind === "forbidden" || r.kind === "not-found", `${path} → ${JSON.stringify(r)}`);
    }
    assert.deepEqual(
      resolveRequest(root, "/alias.html"),
      { kind: "file", path: join(root, "alias.html") },
      "a symlink staying inside is served",
    );
  } finally {
    cleanup();
  }
});

test("redirects never leave the host (no protocol-relative Location)", () => {
  const { root, cleanup } = fixture();
  try {
    mkdirSync(join(root, "evil.com"));
    writeFileSync(join(root, "evil.com", "index.html"), "x");
    assert.deepEqual(resolveRequest(root, "//evil.com"), { kind: "redirect", location: "/evil.com/" });
  } finally {
    cleanup();
  }
});

test("the site is mounted at baseurl: outside it nothing is served, the bare root redirects into it", () => {
  const { root, cleanup } = fixture();
  try {
    assert.deepEqual(resolveRequest(root, "/", "/base"), { kind: "redirect", location: "/base/" });
    assert.deepEqual(resolveRequest(root, "/base", "/base"), { kind: "redirect", location: "/base/" });
    assert.deepEqual(resolveRequest(root, "/base/", "/base/"), { kind: "file", path: join(root, "index.html") });
    assert.deepEqual(resolveRequest(root, "/base/about", "base"), { kind: "file", path: join(root, "about.html") });
    assert.deepEqual(resolveRequest(root, "/about.html", "/base"), { kind: "not-found" });
    assert.deepEqual(resolveRequest(root, "/basement/about.html", "/base"), { kind: "not-found" });
    assert.deepEqual(resolveRequest(root, "/base/../secret.txt", "/base").kind, "forbidden");
  } finally {
    cleanup();
  }
});

test("decodeSegments and normalizeBaseurl", () => {
  assert.deepEqual(decodeSegments("/a%20b/c/"), { segments: ["a b", "c"], raw: ["a%20b", "c"], trailingSlash: true });
  assert.equal(decodeSegments("/%E0%A4%A"), null, "malformed escapes are refused");
  assert.equal(normalizeBaseurl("/a/b/"), "/a/b");
  assert.equal(normalizeBaseurl("/"), "");
  assert.equal(normalizeBaseurl(undefined), "");
});

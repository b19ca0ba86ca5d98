import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync, utimesSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ConversionStore, DiskCache, cacheDirFor, hashOf } from "../../src/cache/index.js";
import { ignoredBy } from "../../src/serve/watcher.js";

const isText = (v: unknown): v is { text: string } =>
  typeof v === "object" && v !== null && typeof (v as { text?: unknown }).text === "string";

test("an entry is read back only under its own bucket and key, and only when it has the expected shape", () => {
  const dir = mkdtempSync(join(tmpdir(), "lectern-disk-cache-"));
  try {
    const k1 = hashOf("one"),
      k2 = hashOf("two");
    new DiskCache(dir).set("notes", k1, { text: "hello" });
    const cache = new DiskCache(dir);
    assert.deepEqual(cache.get("notes", k1, isText), { text: "hello" });
    assert.equal(cache.get("notes", k2, isText), undefined, "absent");
    assert.equal(
      cache.get("notes", k1, (v): v is { n: number } => typeof (v as { n?: unknown }).n === "number"),
      undefined,
      "wrong shape",
    );
    // The same file under another key (copied by hand) is not believed.
    writeFileSync(join(dir, "notes", `${k2}.json`), readFileSync(join(dir, "notes", `${k1}.json`)));
    assert.equal(cache.get("notes", k2, isText), undefined);
    assert.deepEqual(
      readdirSync(join(dir, "notes")).filter((n) => n.includes(".tmp")),
      [],
      "no temporary file is left",
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("prune keeps the entries this build used, drops the others and stale temporary files, and leaves other files alone", () => {
  const dir = mkdtempSync(join(tmpdir(), "lectern-disk-cache-"));
  try {
    const [a, b, c] = [hashOf("a"), hashOf("b"), hashOf("c")];
    const earlier = new DiskCache(dir);
    earlier.set("notes", a, { text: "a" });
    earlier.set("notes", b, { text: "b" });
    earlier.set("other", c, { text: "c" });
    const crashed = join(dir, "notes", `${c}.json.123-4.tmp`);
    writeFileSync(crashed, "{");
    utimesSync(crashed, new Date(Date.now() - 3_600_000), new Date(Date.now() - 3_600_000));
    writeFileSync(join(dir, "notes", "README"), "not ours");
    const build = new DiskCache(dir);
    assert.ok(build.get("notes", a, isText));
    build.prune();
    assert.deepEqual(readdirSync(join(dir, "notes")).sort(), [`${a}.json`, "README"].sort());
    assert.deepEqual(readdirSync(join(dir, "other")), [], "a bucket this build did not use is emptied");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a disabled cache reads and writes nothing; a folder that cannot be made is reported once and left alone", () => {
  const dir = mkdtempSync(join(tmpdir(), "lectern-disk-cache-"));
  try {
    const off = new DiskCache(undefined);
    off.set("notes", hashOf("x"), { text: "x" });
    assert.equal(off.get("notes", hashOf("x"), isText), undefined);
    assert.equal(off.enabled, false);
    writeFileSync(join(dir, "blocked"), "a file, not a folder");
    const lines: string[] = [];
    const blocked = new DiskCache(join(dir, "blocked"), (m) => lines.push(m));
    blocked.set("notes", hashOf("x"), { text: "x" });
    blocked.set("notes", hashOf("y"), { text: "y" });
    blocked.prune();
    assert.equal(lines.length, 1);
    assert.match(lines[0]!, /cannot write/);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("the cache folder: `.lectern-cache` by default (Jekyll's default `.jekyll-cache` is Jekyll's own), `cache_dir` inside the source, or none", () => {
  assert.equal(cacheDirFor("/s", {}), "/s/.lectern-cache");
  assert.equal(cacheDirFor("/s", { cache_dir: ".jekyll-cache" }), "/s/.lectern-cache");
  assert.equal(cacheDirFor("/s", { cache_dir: "tmp/cache" }), "/s/tmp/cache");
  assert.equal(
    cacheDirFor("/s", { cache_dir: "/var/cache" }),
    "/s/var/cache",
    "as Jekyll's in_source_dir, an absolute path stays inside the source",
  );
  assert.equal(cacheDirFor("/s", { cache_dir: "../elsewhere" }), "/s/.lectern-cache");
  assert.equal(cacheDirFor("/s", { cache_dir: "." }), undefined, "never the source itself");
  assert.equal(cacheDirFor("/s", { disable_disk_cache: true }), undefined);
  assert.equal(cacheDirFor("/s", { safe: true }), undefined, "Jekyll's safe mode disables it too");
  assert.equal(cacheDirFor("/s", {}, true), undefined);
});

test("the dev server's watcher ignores the cache folder, by its default name or as configured", () => {
  const ignored = ignoredBy({ source: "/s", destination: "/s/_site", cacheDir: "/s/build-cache" });
  for (const p of ["/s/.lectern-cache/sass/x.json", "/s/build-cache", "/s/build-cache/bibtex/y.json"])
    assert.equal(ignored(p), true, p);
  assert.equal(ignored("/s/build-cache-notes.md"), false);
});

test("a conversion store returns what an earlier build converted, keeps only what the last build used, and writes nothing when nothing changed", () => {
  const dir = mkdtempSync(join(tmpdir(), "lectern-disk-cache-"));
  const key = hashOf("markdown", "options");
  const entryFile = () => join(dir, "markdown", `${key}.json`);
  try {
    const first = new ConversionStore(new DiskCache(dir), "markdown", key);
    assert.equal(first.get("*a*"), undefined);
    first.set("*a*", "<p><em>a</em></p>\n");
    first.set("*b*", "<p><em>b</em></p>\n");
    first.save();
    const second = new ConversionStore(new DiskCache(dir), "markdown", key);
    assert.equal(second.has("*a*"), true);
    assert.equal(second.get("*a*"), "<p><em>a</em></p>\n");
    second.save();
    const third = new ConversionStore(new DiskCache(dir), "markdown", key);
    assert.equal(third.get("*b*"), undefined, "a text the previous build did not use is gone");
    assert.equal(third.get("*a*"), "<p><em>a</em></p>\n");
    const before = readFileSync(entryFile(), "utf8");
    utimesSync(entryFile(), new Date(0), new Date(0));
    third.save();
    assert.equal(readFileSync(entryFile(), "utf8"), before);
    assert.equal(statSync(entryFile()).mtimeMs, 0, "an unchanged store is not rewritten");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

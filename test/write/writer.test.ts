import { test } from "node:test";
import assert from "node:assert/strict";
import {
  mkdtempSync,
  mkdirSync,
  writeFileSync,
  readFileSync,
  statSync,
  rmSync,
  readdirSync,
  existsSync,
  linkSync,
  utimesSync,
} from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { writeAtomically } from "../../src/write/writer.js";
import type { OutputEntry } from "../../src/write/plan.js";

/** A temp folder with a source file `logo.png` and a destination path `_site` (not yet made). */
function setup() {
  const dir = mkdtempSync(join(tmpdir(), "lectern-writer-"));
  const src = join(dir, "src");
  mkdirSync(src);
  writeFileSync(join(src, "logo.png"), "PNG-1");
  utimesSync(join(src, "logo.png"), 1_600_000_000, 1_600_000_000);
  return { dir, src, dest: join(dir, "_site"), cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

function outputs(src: string, index: string): OutputEntry[] {
  return [
    { destRel: "index.html", from: "index.md", content: index },
    { destRel: "about/index.html", from: "about.md", content: "<p>about</p>\n" },
    { destRel: "assets/logo.png", from: "assets/logo.png", copyFrom: join(src, "logo.png") },
  ];
}

test("a copied static file keeps its source's modification time, as Jekyll's copies do", async () => {
  const s = setup();
  try {
    await writeAtomically(s.dest, outputs(s.src, "one"), []);
    assert.equal(readFileSync(join(s.dest, "assets/logo.png"), "utf8"), "PNG-1");
    assert.equal(Math.round(statSync(join(s.dest, "assets/logo.png")).mtimeMs / 1000), 1_600_000_000);
  } finally {
    s.cleanup();
  }
});

test("a rebuild links static files unchanged since the last copy and writes every page", async () => {
  const s = setup();
  try {
    await writeAtomically(s.dest, outputs(s.src, "one"), []);
    const now = (rel: string) => statSync(join(s.dest, rel));
    const logo = now("assets/logo.png"),
      about = now("about/index.html");
    const counts = await writeAtomically(s.dest, outputs(s.src, "two"), []);
    assert.deepEqual(counts, { written: 2, reused: 1 });
    // The very same file (inode and time) for the unchanged static file; a deploy tool sees nothing new.
    assert.equal(now("assets/logo.png").ino, logo.ino);
    assert.equal(now("assets/logo.png").mtimeMs, logo.mtimeMs);
    assert.notEqual(now("about/index.html").ino, about.ino);
    assert.equal(readFileSync(join(s.dest, "index.html"), "utf8"), "two");
    // Once the old output is gone, each file has one link again.
    for (const rel of ["index.html", "about/index.html", "assets/logo.png"]) assert.equal(now(rel).nlink, 1, rel);
    assert.deepEqual(readdirSync(s.dir).sort(), ["_site", "src"], "no temporary folders left");
  } finally {
    s.cleanup();
  }
});

test("a static file whose source has a new time is copied again, even at the same size", async () => {
  const s = setup();
  try {
    await writeAtomically(s.dest, outputs(s.src, "aaa"), []);
    writeFileSync(join(s.src, "logo.png"), "PNG-2");
    utimesSync(join(s.src, "logo.png"), 1_700_000_000, 1_700_000_000);
    const counts = await writeAtomically(s.dest, outputs(s.src, "bbb"), []);
    assert.deepEqual(counts, { written: 3, reused: 0 });
    assert.equal(readFileSync(join(s.dest, "assets/logo.png"), "utf8"), "PNG-2");
  } finally {
    s.cleanup();
  }
});

test("a static file changed just before the last build is copied again (times kept to the second could hide a change)", async () => {
  const s = setup();
  try {
    utimesSync(join(s.src, "logo.png"), Date.now() / 1000, Date.now() / 1000);
    await writeAtomically(s.dest, outputs(s.src, "one"), []);
    const counts = await writeAtomically(s.dest, outputs(s.src, "one"), []);
    assert.deepEqual(counts, { written: 3, reused: 0 });
  } finally {
    s.cleanup();
  }
});

test("an output file linked from elsewhere is not shared with the new output", async () => {
  const s = setup();
  try {
    await writeAtomically(s.dest, outputs(s.src, "one"), []);
    linkSync(join(s.dest, "assets/logo.png"), join(s.dir, "outside.png"));
    await writeAtomically(s.dest, outputs(s.src, "one"), []);
    writeFileSync(join(s.dir, "outside.png"), "edited elsewhere");
    assert.equal(readFileSync(join(s.dest, "assets/logo.png"), "utf8"), "PNG-1");
  } finally {
    s.cleanup();
  }
});

test("a failed write leaves the previous output whole, unchanged files included", async () => {
  const s = setup();
  try {
    await writeAtomically(s.dest, outputs(s.src, "one"), []);
    const broken = [
      ...outputs(s.src, "two"),
      { destRel: "gone.txt", from: "gone.txt", copyFrom: join(s.src, "missing") },
    ];
    await assert.rejects(writeAtomically(s.dest, broken, []), /ENOENT/);
    assert.equal(readFileSync(join(s.dest, "index.html"), "utf8"), "one");
    assert.equal(readFileSync(join(s.dest, "assets/logo.png"), "utf8"), "PNG-1");
    assert.equal(statSync(join(s.dest, "assets/logo.png")).nlink, 1, "the half-made output (and its link) is gone");
    assert.equal(existsSync(join(s.dest, "gone.txt")), false);
    assert.deepEqual(readdirSync(s.dir).sort(), ["_site", "src"]);
  } finally {
    s.cleanup();
  }
});

test("keep_files entries survive a rebuild", async () => {
  const s = setup();
  try {
    await writeAtomically(s.dest, outputs(s.src, "one"), []);
    mkdirSync(join(s.dest, ".git"));
    writeFileSync(join(s.dest, ".git", "HEAD"), "ref");
    await writeAtomically(s.dest, outputs(s.src, "two"), [".git"]);
    assert.equal(readFileSync(join(s.dest, ".git", "HEAD"), "utf8"), "ref");
  } finally {
    s.cleanup();
  }
});

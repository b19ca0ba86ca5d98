import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fixtureCopy, filesOf, differences, buildInChild } from "./helpers.js";
import { likelyStylesheets } from "../../src/render/sass/prewarm.js";

test("the Sass head start shares its worker with the build when cold, starts none when the cache is valid, and changes no byte", () => {
  const { root, source } = fixtureCopy();
  try {
    assert.equal(
      buildInChild(source, join(root, "cold"), {}, true).sassWorkers,
      1,
      "one worker: the build uses the one started ahead",
    );
    assert.equal(
      buildInChild(source, join(root, "warm"), {}, true).sassWorkers,
      0,
      "a valid cached compile: no worker at all",
    );
    buildInChild(source, join(root, "plain"), { disableDiskCache: true });
    const plain = filesOf(join(root, "plain"));
    assert.deepEqual(differences(plain, filesOf(join(root, "cold"))), []);
    assert.deepEqual(differences(plain, filesOf(join(root, "warm"))), []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("the head start looks for stylesheet pages (front matter, not partials) where sites keep them", () => {
  const source = mkdtempSync(join(tmpdir(), "lectern-prewarm-site-"));
  try {
    mkdirSync(join(source, "assets", "css"), { recursive: true });
    writeFileSync(join(source, "assets", "css", "main.scss"), "---\n---\n@import 'x';\n");
    writeFileSync(join(source, "assets", "css", "plain.scss"), "a { b: c }\n");
    writeFileSync(join(source, "assets", "css", "_partial.scss"), "---\n---\n");
    writeFileSync(join(source, "style.sass"), "---\n---\na\n  b: c\n");
    assert.deepEqual(
      likelyStylesheets(source)
        .map((p) => p.slice(source.length + 1))
        .sort(),
      ["assets/css/main.scss", "style.sass"],
    );
    assert.deepEqual(likelyStylesheets(join(source, "missing")), []);
  } finally {
    rmSync(source, { recursive: true, force: true });
  }
});

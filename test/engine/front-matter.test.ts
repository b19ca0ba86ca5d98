import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildEngineFixture, jekyllRun } from "./helpers.js";
import { listFiles } from "../sites/golden.js";
import { normalizeHtml } from "../../src/compare/normalize.js";

// What Jekyll 4.3 does with broken front matter (test/fixtures/engine/fm-*, scripts/regen-engine-golden.sh).

test("invalid YAML front matter: reported, the page built with empty data, exit 0; --strict fails", async () => {
  const jekyll = jekyllRun("fm-invalid-yaml");
  assert.equal(jekyll.status, 0);
  assert.match(jekyll.log, /YAML Exception reading SITE\/broken\.md/);
  const built = await buildEngineFixture("fm-invalid-yaml");
  try {
    assert.equal(built.error, undefined);
    assert.deepEqual(listFiles(built.out), listFiles(jekyll.out));
    const page = (dir: string) => normalizeHtml(readFileSync(join(dir, "broken.html"), "utf8"));
    assert.equal(page(built.out), page(jekyll.out));
    assert.match(built.log.lines.join("\n"), /broken\.md:3:7/);
  } finally {
    built.cleanup();
  }
  const strict = await buildEngineFixture("fm-invalid-yaml", { strict: true });
  try {
    assert.ok(strict.error, "--strict makes it fatal");
    assert.equal(existsSync(join(strict.out, "index.html")), false, "nothing is written");
  } finally {
    strict.cleanup();
  }
});

for (const [name, file] of [
  ["fm-list", "list.md"],
  ["fm-string", "string.md"],
  ["fm-number", "number.md"],
] as const) {
  test(`front matter that is not a mapping (${name}) fails the build as in Jekyll`, async () => {
    const jekyll = jekyllRun(name);
    assert.equal(jekyll.status, 1);
    assert.match(jekyll.log, new RegExp(`Invalid YAML front matter in SITE/${file.replace(".", "\\.")}`));
    const built = await buildEngineFixture(name);
    try {
      assert.ok(built.error, "the build fails");
      assert.match(String((built.error as Error).message), new RegExp(`^Invalid YAML front matter in ${file}`));
      assert.equal(existsSync(join(built.out, "index.html")), false, "nothing is written");
    } finally {
      built.cleanup();
    }
  });
}

test("a post whose front matter is a list is reported and built with its defaults only, as in Jekyll", async () => {
  const jekyll = jekyllRun("fm-list-post");
  assert.equal(jekyll.status, 0);
  assert.match(jekyll.log, /Error: could not read file SITE\/_posts\/2024-01-02-list\.md/);
  const built = await buildEngineFixture("fm-list-post");
  try {
    assert.equal(built.error, undefined);
    assert.deepEqual(listFiles(built.out), listFiles(jekyll.out));
    assert.match(built.log.lines.join("\n"), /_posts\/2024-01-02-list\.md/);
  } finally {
    built.cleanup();
  }
  const strict = await buildEngineFixture("fm-list-post", { strict: true });
  try {
    assert.ok(strict.error, "--strict makes it fatal");
  } finally {
    strict.cleanup();
  }
});

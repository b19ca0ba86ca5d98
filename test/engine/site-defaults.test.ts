import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildEngineFixture, jekyllRun } from "./helpers.js";
import { normalizeHtml } from "../../src/compare/normalize.js";

// A site without _layouts whose own `defaults:` set `layout: null` everywhere: Jekyll 4.3 renders each page
// with no layout (test/fixtures/engine/site-defaults-no-layout, scripts/regen-engine-golden.sh). Lectern's
// built-in theme, offered because there are no _layouts, must not bring its own defaults back.
test("a site's own defaults replace the built-in theme's, and layout: null means no layout", async () => {
  const jekyll = jekyllRun("site-defaults-no-layout");
  const built = await buildEngineFixture("site-defaults-no-layout");
  try {
    assert.equal(built.error, undefined);
    for (const file of ["index.html", "2024/05/06/first.html"]) {
      assert.equal(
        normalizeHtml(readFileSync(join(built.out, file), "utf8")),
        normalizeHtml(readFileSync(join(jekyll.out, file), "utf8")),
        file,
      );
    }
  } finally {
    built.cleanup();
  }
});

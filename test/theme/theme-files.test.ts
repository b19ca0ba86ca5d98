// The built-in theme is laid out like a Jekyll gem theme, and the example relies on it entirely.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { THEME_FOLDERS, exampleRoot, themeRoot } from "../../src/theme/index.js";

test("the theme ships its four folders and the layouts academicpages sites name", () => {
  for (const folder of THEME_FOLDERS) assert.ok(existsSync(join(themeRoot(), folder)), `${folder} in the theme`);
  for (const layout of ["default", "single", "archive", "talk", "splash"]) {
    assert.ok(existsSync(join(themeRoot(), "_layouts", `${layout}.html`)), `layout ${layout}`);
  }
});

test("the example has no theme files of its own", () => {
  for (const folder of ["_layouts", "_includes", "_sass"])
    assert.equal(existsSync(join(exampleRoot(), folder)), false, folder);
});

test("the theme's stylesheet is a Sass entry point with front matter, importing only theme partials that exist", () => {
  const main = readFileSync(join(themeRoot(), "assets", "css", "main.scss"), "utf8");
  assert.match(main, /^---\n[\s\S]*?\n---\n/);
  const imports = [...main.matchAll(/@import "([^"]+)";/g)].map((m) => m[1]!);
  assert.ok(imports.length > 5);
  for (const name of imports) {
    const [dir, file] = name.split("/");
    assert.ok(existsSync(join(themeRoot(), "_sass", dir!, `_${file}.scss`)), `_sass/${dir}/_${file}.scss`);
  }
});

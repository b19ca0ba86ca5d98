import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { buildPluginFixture, fixture, read, sameFilesAsJekyll, type Built } from "../fixture.js";

let built: Built, builtNoscript: Built;

before(async () => {
  built = await buildPluginFixture("gist");
  builtNoscript = await buildPluginFixture("gist-noscript");
});
after(() => {
  built?.cleanup();
  builtNoscript?.cleanup();
});

test("{% gist %} writes the script tag as jekyll-gist does without network (ids, files and variables), warning once per gist", () => {
  assert.equal(read(built.out, "index.html"), read(fixture("gist").expected, "index.html"));
  assert.equal(built.warnings.filter((w) => w.includes("<noscript>")).length, 3);
});

test("with gist.noscript: false only the script tag is written, without warning", () => {
  assert.deepEqual(sameFilesAsJekyll(builtNoscript, "gist-noscript"), { missing: [], extra: [], differing: [] });
  assert.equal(read(builtNoscript.out, "index.html"), read(fixture("gist-noscript").expected, "index.html"));
  assert.equal(builtNoscript.warnings.length, 0);
});

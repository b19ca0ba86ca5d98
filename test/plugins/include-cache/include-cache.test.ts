import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { buildPluginFixture, fixture, read, sameFilesAsJekyll, type Built } from "../fixture.js";

const main = fixture("include-cache");
let built: Built;

before(async () => {
  built = await buildPluginFixture("include-cache");
});
after(() => built?.cleanup());

test("include_cached renders once per file and parameter values, across pages, as jekyll-include-cache does", () => {
  assert.equal(read(built.out, "a.html"), read(main.expected, "a.html"));
  assert.equal(read(built.out, "b.html"), read(main.expected, "b.html"));
});

test('the cache is keyed by values, not names: name="Ada" and who="Ada" share an entry', () => {
  assert.equal(read(built.out, "a.html").match(/Hello Ada!/g)?.length, 2);
});

test("the second page repeats the header cached while rendering the first", () => {
  assert.match(read(built.out, "b.html"), /first rendered for Page A/);
  assert.deepEqual(sameFilesAsJekyll(built, "include-cache"), { missing: [], extra: [], differing: [] });
});

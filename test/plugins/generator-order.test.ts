import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { buildPluginFixture, fixture, read, sameFilesAsJekyll, type Built } from "./fixture.js";

let built: Built;
before(async () => {
  built = await buildPluginFixture("generator-order");
});
after(() => built?.cleanup());

test("generators run by Jekyll's priority, not by the plugins: list (jekyll-paginate, lowest, after jekyll-redirect-from)", () => {
  // Listed first, jekyll-paginate still runs last: the pager copy of index.html adds no second redirect.
  assert.equal(read(built.out, "redirects.json"), read(fixture("generator-order").expected, "redirects.json"));
  assert.deepEqual(sameFilesAsJekyll(built, "generator-order"), { missing: [], extra: [], differing: [] });
});

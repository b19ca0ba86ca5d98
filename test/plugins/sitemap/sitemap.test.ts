import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { buildPluginFixture, fixture, listFiles, read, canonical, type Built } from "../fixture.js";

const main = fixture("sitemap"),
  own = fixture("sitemap-own");
let built: Built, builtOwn: Built;

before(async () => {
  built = await buildPluginFixture("sitemap");
  builtOwn = await buildPluginFixture("sitemap-own");
});
after(() => {
  built?.cleanup();
  builtOwn?.cleanup();
});

test("sitemap.xml is byte for byte Jekyll's: documents, HTML pages, PDF/HTML static files; no sitemap: false, 404 or asset pages", () => {
  assert.equal(read(built.out, "sitemap.xml"), read(main.expected, "sitemap.xml"));
});

test("robots.txt points at the sitemap with the site's url and baseurl", () => {
  assert.equal(read(built.out, "robots.txt"), read(main.expected, "robots.txt"));
});

test("a site's own robots.txt is kept; its sitemap.xsl is linked; without url the locations are relative", () => {
  assert.equal(read(builtOwn.out, "robots.txt"), read(own.expected, "robots.txt"));
  assert.equal(read(builtOwn.out, "sitemap.xml"), read(own.expected, "sitemap.xml"));
});

test("the sitemap fixtures write the same files as Jekyll, with the same content", () => {
  for (const [b, f] of [
    [built, main],
    [builtOwn, own],
  ] as const) {
    const files = listFiles(f.expected);
    assert.deepEqual(listFiles(b.out), files);
    for (const file of files)
      assert.equal(canonical(file, read(b.out, file)), canonical(file, read(f.expected, file)), file);
  }
});

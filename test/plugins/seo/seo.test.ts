import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { buildPluginFixture, fixture, read, sameFilesAsJekyll, type Built } from "../fixture.js";

const main = fixture("seo"),
  bare = fixture("seo-bare");
let built: Built, builtBare: Built;

before(async () => {
  built = await buildPluginFixture("seo");
  builtBare = await buildPluginFixture("seo-bare");
});
after(() => {
  built?.cleanup();
  builtBare?.cleanup();
});

test("{% seo %} on the home page: WebSite JSON-LD with the social name and links, title with the tagline", () => {
  assert.equal(read(built.out, "index.html"), read(main.expected, "index.html"));
});

test("{% seo %} on a post: article tags, author from site.data.authors, image, dates, BlogPosting JSON-LD", () => {
  assert.equal(read(built.out, "2022/02/02/post.html"), read(main.expected, "2022/02/02/post.html"));
  assert.equal(read(built.out, "2022/03/03/second.html"), read(main.expected, "2022/03/03/second.html"));
});

test("{% seo title=false %} leaves out <title>; canonical_url, image hash and lang are honoured", () => {
  const html = read(built.out, "plain.html");
  assert.equal(html, read(main.expected, "plain.html"));
  assert.doesNotMatch(html.replace("<title>Own title</title>", ""), /<title>/);
});

test("seo front matter (type, name, links, date_modified) and an Organization author", () => {
  assert.equal(read(built.out, "typed.html"), read(main.expected, "typed.html"));
  assert.equal(read(built.out, "about/index.html"), read(main.expected, "about/index.html"));
});

test("with nothing configured the tag still writes generator, locale, type and JSON-LD", () => {
  assert.deepEqual(sameFilesAsJekyll(builtBare, "seo-bare"), { missing: [], extra: [], differing: [] });
  assert.equal(read(builtBare.out, "page.html"), read(bare.expected, "page.html"));
});

test("the seo fixture writes exactly Jekyll's files", () => {
  assert.deepEqual(sameFilesAsJekyll(built, "seo"), { missing: [], extra: [], differing: [] });
});

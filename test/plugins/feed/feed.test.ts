import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { existsSync } from "node:fs";
import { join } from "node:path";
import { buildPluginFixture, fixture, read, sameFilesAsJekyll, type Built } from "../fixture.js";
import { feedCollections, feedPath } from "../../../src/plugins/feed/collections.js";

const full = fixture("feed"),
  minimal = fixture("feed-minimal");
let built: Built, builtMinimal: Built;

before(async () => {
  built = await buildPluginFixture("feed");
  builtMinimal = await buildPluginFixture("feed-minimal");
});
after(() => {
  built?.cleanup();
  builtMinimal?.cleanup();
});

test("feed.xml is byte for byte Jekyll's: limit, authors, categories, tags, summaries, images, excerpt_only, lang", () => {
  assert.equal(read(built.out, "feed.xml"), read(full.expected, "feed.xml"));
});

test("a feed per configured category and collection (with its own path), titled with their names", () => {
  assert.equal(read(built.out, "feed/news.xml"), read(full.expected, "feed/news.xml"));
  assert.equal(read(built.out, "talks.atom"), read(full.expected, "talks.atom"));
});

test("{% feed_meta %} writes the alternate link with the escaped site title", () => {
  assert.equal(read(built.out, "index.html"), read(full.expected, "index.html"));
  assert.match(
    read(built.out, "index.html"),
    /<link type="application\/atom\+xml" rel="alternate" href="https:\/\/example.org\/blog\/feed.xml" title="Feed &amp; &quot;fixture&quot;" \/>/,
  );
});

test("feed.path moves the feed; tag feeds skip excepted tags and names with other characters than [A-Za-z0-9_]", () => {
  assert.equal(read(builtMinimal.out, "atom.xml"), read(minimal.expected, "atom.xml"));
  assert.equal(read(builtMinimal.out, "feed/by_tag/go.xml"), read(minimal.expected, "feed/by_tag/go.xml"));
  assert.equal(read(builtMinimal.out, "index.html"), read(minimal.expected, "index.html"));
});

test("the feed fixtures write exactly Jekyll's files", () => {
  assert.deepEqual(sameFilesAsJekyll(built, "feed"), { missing: [], extra: [], differing: [] });
  assert.deepEqual(sameFilesAsJekyll(builtMinimal, "feed-minimal"), { missing: [], extra: [], differing: [] });
});

test("feed settings: posts always published last unless named; top-level path and categories configure posts", () => {
  const m = feedCollections({ path: "/atom.xml", categories: ["a"], collections: { talks: { categories: ["x"] } } });
  assert.deepEqual([...m.keys()], ["talks", "posts"]);
  assert.deepEqual(m.get("posts"), { categories: ["a"], path: "/atom.xml" });
  assert.equal(feedPath("posts", null, m.get("posts")!), "/atom.xml");
  assert.equal(feedPath("posts", "a", m.get("posts")!), "/feed/a.xml");
  assert.equal(feedPath("talks", "x", m.get("talks")!), "/feed/talks/x.xml");
  assert.equal(feedPath("talks", null, m.get("talks")!), "/feed/talks.xml");
});

test("feed.disable_in_development skips the feeds in development only", async () => {
  const overrides = { feed: { path: "atom.xml", disable_in_development: true } };
  const dev = await buildPluginFixture("feed-minimal", { overrides }, "development");
  const prod = await buildPluginFixture("feed-minimal", { overrides }, "production");
  try {
    assert.equal(existsSync(join(dev.out, "atom.xml")), false);
    assert.equal(existsSync(join(prod.out, "atom.xml")), true);
  } finally {
    dev.cleanup();
    prod.cleanup();
  }
});

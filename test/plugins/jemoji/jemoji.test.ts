import { test, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { build } from "../../../src/index.js";
import { emojifyText, imageFilename } from "../../../src/plugins/jemoji/emoji.js";
import { emojifyHtml, emojifyPage } from "../../../src/plugins/jemoji/html.js";
import { assetRoot } from "../../../src/plugins/jemoji/index.js";

// Expected markup: jemoji 0.13's spec (html-pipeline's EmojiFilter with jemoji's `align: nil`).
const ROOT = "https://github.githubassets.com/images/icons/";
const THUMBS = `<img class="emoji" title=":+1:" alt=":+1:" src="${ROOT}emoji/unicode/1f44d.png" height="20" width="20">`;

test(":+1: becomes GitHub's image, as in jemoji's own spec", () => {
  assert.equal(emojifyText(":+1:", ROOT), THUMBS);
  assert.equal(emojifyText("a :+1: b :thumbsup:", ROOT), `a ${THUMBS} b ${THUMBS.replace(/:\+1:/g, ":thumbsup:")}`);
});

test("unknown names, lone colons and times stay as they are; a name may follow another colon", () => {
  assert.equal(emojifyText("at 10:30: :not_an_emoji: ::", ROOT), "at 10:30: :not_an_emoji: ::");
  assert.equal(emojifyText("x:y:smile:", ROOT), `x:y${emojifyText(":smile:", ROOT)}`);
});

test("image names follow gemoji: hex code points, variation selectors and joiners dropped", () => {
  assert.equal(imageFilename("👍"), "unicode/1f44d.png");
  assert.equal(imageFilename("©️"), "unicode/00a9.png");
  assert.equal(imageFilename("👨‍👩‍👧"), "unicode/1f468-1f469-1f467.png");
});

test("code, pre and tt keep their text; attributes and comments are not text", () => {
  const html = `<p>:smile: <code>:smile:</code></p><pre><b>:smile:</b></pre><tt>:smile:</tt><a title=":smile:">:smile:</a><!-- :smile: -->`;
  const out = emojifyHtml(html, ROOT);
  assert.equal(out.match(/<img/g)?.length, 2);
  assert.match(out, /<code>:smile:<\/code>/);
  assert.match(out, /<pre><b>:smile:<\/b><\/pre>/);
  assert.match(out, /title=":smile:">/);
  assert.match(out, /<!-- :smile: -->/);
});

test("in a whole document only the body changes; a page without emoji is returned unchanged", () => {
  const doc = `<html><head><title>:smile:</title></head>\n<body class="x">\n  <p>:smile:</p>\n</body>\n</html>`;
  const out = emojifyPage(doc, ROOT);
  assert.match(out, /<title>:smile:<\/title>/);
  assert.match(out, /<p><img class="emoji" title=":smile:"/);
  const plain = "<p>No emoji: here</p>";
  assert.equal(emojifyPage(plain, ROOT), plain);
});

test("emoji.src in the config replaces GitHub's asset host", () => {
  assert.equal(assetRoot({ emoji: { src: "http://mine.club/" } }, "https://assets.example"), "http://mine.club/");
  assert.equal(emojifyText(":+1:", "http://mine.club/"), THUMBS.replace(ROOT, "http://mine.club/"));
  assert.equal(assetRoot({}, undefined), ROOT);
  assert.equal(assetRoot({}, "https://assets.example/"), "https://assets.example/images/icons/");
});

const tmp = mkdtempSync(join(tmpdir(), "lectern-jemoji-"));
after(() => rmSync(tmp, { recursive: true, force: true }));

test("a site listing jemoji gets emoji in HTML pages and documents, not in other outputs", async () => {
  const src = join(tmp, "site");
  for (const d of ["_layouts", "_posts"]) mkdirSync(join(src, d), { recursive: true });
  writeFileSync(join(src, "_config.yml"), "plugins: [jemoji]\n");
  writeFileSync(
    join(src, "_layouts", "default.html"),
    "<html><head><title>{{ page.title }}</title></head><body>{{ content }}</body></html>\n",
  );
  writeFileSync(join(src, "index.md"), '---\nlayout: default\ntitle: "Hi :smile:"\n---\nHello :wave: and `:wave:`\n');
  writeFileSync(join(src, "_posts", "2020-01-01-post.md"), "---\nlayout: default\n---\nPost :tada:\n");
  writeFileSync(join(src, "data.json"), '---\n---\n{"x": ":smile:"}\n');
  const dest = join(tmp, "out");
  await build({ source: src, destination: dest, logger: { info() {}, warn() {}, error() {}, debug() {} } });
  const index = readFileSync(join(dest, "index.html"), "utf8");
  assert.match(index, /<title>Hi :smile:<\/title>/);
  assert.match(
    index,
    /Hello <img class="emoji" title=":wave:" alt=":wave:" src="https:\/\/github.githubassets.com\/images\/icons\/emoji\/unicode\/1f44b.png" height="20" width="20"> and <code[^>]*>:wave:<\/code>/,
  );
  assert.match(readFileSync(join(dest, "2020/01/01/post.html"), "utf8"), /Post <img class="emoji" title=":tada:"/);
  assert.equal(readFileSync(join(dest, "data.json"), "utf8"), '{"x": ":smile:"}\n');
});

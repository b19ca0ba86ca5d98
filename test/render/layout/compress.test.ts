import { test } from "node:test";
import assert from "node:assert/strict";
import { compressHtml, compressLayout, type CompressLayout } from "../../../src/render/layout/compress.js";

// The text Liquid prints around jekyll-compress-html's program: the blank line after its front matter and the final newline.
const layout: CompressLayout = { lead: "\n", trail: "\n" };
const all = { clippings: "all", ignore: { envs: "development" } };

test("only the jekyll-compress-html release is recognised; another layout renders through Liquid", () => {
  assert.equal(compressLayout("{{ content }}\n"), null);
  assert.equal(compressLayout("\n{% capture _LINE_FEED %}\n{% endcapture %}{{ content | strip }}\n"), null);
});

test("whitespace runs outside <pre> become one space (none at a chunk's ends); <pre> keeps its lines", () => {
  const page = "<div>\n  <p>Hello,\n\n   world</p>\n</div>\n<pre>line 1\n    line 2\n</pre>\n  <p>after</p>\n";
  assert.equal(
    compressHtml(layout, page, { ignore: { envs: "development" } }, "production"),
    "\n<div> <p>Hello, world</p> </div><pre>line 1\n    line 2\n</pre><p>after</p>\n",
  );
});

test("clippings: all removes the space before block tags and after their end tags, not around inline ones", () => {
  const page = '<ul>\n <li><a href="/">Home</a> <em>now</em></li>\n</ul>\n';
  assert.equal(
    compressHtml(layout, page, all, "production"),
    '\n<ul><li><a href="/">Home</a> <em>now</em></li></ul>\n',
  );
});

test("a tag name that starts with a clipped tag is clipped too, as the template's literal replace does", () => {
  // ` <col` also matches the start of ` <colgroup` and ` <h1` of ` <h1x`.
  assert.equal(
    compressHtml(layout, "x <colgroup> y <h1x>", { clippings: ["col", "h1"] }, "production"),
    "\nx<colgroup> y<h1x>\n",
  );
});

test("the ignored environment prints the page unchanged", () => {
  const page = "<p>a\n\n  b</p>\n";
  assert.equal(compressHtml(layout, page, all, "development"), "\n" + page + "\n");
  assert.equal(
    compressHtml(layout, page, { clippings: "all", ignore: { envs: ["test", "development"] } }, "development"),
    "\n" + page + "\n",
  );
});

test("text between a second </pre> and the next <pre is dropped, as the template's first/last parts do", () => {
  assert.equal(compressHtml(layout, "a<pre>b</pre>c</pre>d  e", {}, "production"), "\na<pre>b</pre>d e\n");
});

test("options the native path does not cover fall back to Liquid", () => {
  for (const extra of [
    { endings: "all" },
    { startings: ["p"] },
    { comments: "all" },
    { blanklines: true },
    { profile: true },
    { clippings: "some" },
  ]) {
    assert.equal(
      compressHtml(layout, "<p>x</p>", { ...all, ...extra }, "production"),
      undefined,
      JSON.stringify(extra),
    );
  }
  assert.equal(compressHtml(layout, "<p>x</p>", "yes", "production"), undefined);
});

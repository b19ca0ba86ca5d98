import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { buildPluginFixture, fixture, read, sameFilesAsJekyll, type Built } from "../fixture.js";
import { templatePage } from "../../../src/plugins/paginate/index.js";
import { makePager, pagerPath } from "../../../src/plugins/paginate/pager.js";
import { Page } from "../../../src/model/page.js";

const main = fixture("paginate");
let built: Built;

before(async () => {
  built = await buildPluginFixture("paginate");
});
after(() => built?.cleanup());

test("the blog index gets the first page of posts (hidden ones left out) and links to the next", () => {
  assert.equal(read(built.out, "blog/index.html"), read(main.expected, "blog/index.html"));
  assert.match(read(built.out, "blog/index.html"), /page=1 per=2 total=5 pages=3/);
});

test("page2 and page3 are written under paginate_path, keep the template's path, and get SEO prev/next links", () => {
  for (const file of ["blog/page2/index.html", "blog/page3/index.html"])
    assert.equal(read(built.out, file), read(main.expected, file), file);
  assert.match(
    read(built.out, "blog/page2/index.html"),
    /path=blog\/index.html url=\/blog\/page2\/ dir=\/blog\/page2\//,
  );
});

test("an index.html outside paginate_path's folder gets no paginator; pager pages are in the sitemap", () => {
  assert.equal(read(built.out, "index.html"), read(main.expected, "index.html"));
  assert.equal(read(built.out, "sitemap.xml"), read(main.expected, "sitemap.xml"));
});

test("the paginate fixture writes exactly Jekyll's files", () => {
  assert.deepEqual(sameFilesAsJekyll(built, "paginate"), { missing: [], extra: [], differing: [] });
});

test("the template is the deepest index.html at or above paginate_path's folder", () => {
  const page = (dir: string, name: string) => new Page(dir, name, "date");
  const pages = [
    page("", "index.html"),
    page("blog", "index.html"),
    page("blog/deep", "index.html"),
    page("blog", "about.html"),
  ];
  assert.equal(templatePage(pages, "/blog/page:num/")?.relativePath, "blog/index.html");
  assert.equal(templatePage(pages, "/page:num")?.relativePath, "index.html");
  assert.equal(templatePage(pages, "/blog/deep/p:num")?.relativePath, "blog/deep/index.html");
  assert.equal(templatePage([page("blog", "about.html")], "/blog/page:num"), undefined);
});

test("pager numbers and paths: the first page is the template's URL, the last has no next", () => {
  assert.equal(pagerPath(1, "/blog/", "/blog/page:num/"), "/blog/");
  assert.equal(pagerPath(3, "/blog/", "blog/page:num"), "/blog/page3");
  const last = makePager(3, 3, 2, [], "/", "/page:num/", () => null);
  assert.deepEqual(
    [last.previous_page, last.previous_page_path, last.next_page, last.next_page_path],
    [2, "/page2/", null, null],
  );
});

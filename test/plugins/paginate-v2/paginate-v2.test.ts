/**
 * jekyll-paginate-v2 on a site of ours: the paginator fields, paths and trail as the gem computes them
 * (generator/paginator.rb and paginationModel.rb), and the pages al-folio blogs get (/blog/page/2/).
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, existsSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { build } from "../../../src/index.js";

const LIST =
  "{{ page.title }}|{{ paginator.page }}/{{ paginator.total_pages }}|{{ paginator.total_posts }}|" +
  "{% for p in paginator.posts %}{{ p.title }},{% endfor %}|{{ paginator.previous_page_path }}|{{ paginator.next_page_path }}|" +
  "{% for t in paginator.page_trail %}{{ t.num }}:{{ t.path }}:{{ t.title }};{% endfor %}";

const FILES: Record<string, string> = {
  "_config.yml": "title: t\nplugins: [jekyll-paginate-v2]\npagination:\n  enabled: true\n",
  "blog.html": [
    "---",
    "layout: none",
    "permalink: /blog/",
    "title: blog",
    "pagination:",
    "  enabled: true",
    "  collection: posts",
    "  permalink: /page/:num/",
    "  per_page: 2",
    "  sort_field: date",
    "  sort_reverse: true",
    "  trail:",
    "    before: 1",
    "    after: 3",
    "---",
    LIST,
    "",
  ].join("\n"),
  "_posts/2020-01-01-a.md": "---\ntitle: A\n---\na\n",
  "_posts/2021-01-01-b.md": "---\ntitle: B\n---\nb\n",
  "_posts/2022-01-01-c.md": "---\ntitle: C\n---\nc\n",
  "_posts/2023-01-01-d.md": "---\ntitle: D\nhidden: true\n---\nd\n",
  "_posts/2024-01-01-e.md": "---\ntitle: E\n---\ne\n",
};

let dir: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "lectern-paginate-v2-"));
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, "src", name, ".."), { recursive: true });
    writeFileSync(join(dir, "src", name), text);
  }
  const logger = { info() {}, debug() {}, error() {}, warn() {} };
  await build({ source: join(dir, "src"), destination: join(dir, "out"), logger });
});
after(() => rmSync(dir, { recursive: true, force: true }));

const page = (p: string) => readFileSync(join(dir, "out", p), "utf8").trim();

test("the template page is page 1: newest first, hidden posts left out, paths with index.html, a trail", () => {
  assert.equal(
    page("blog/index.html"),
    "blog|1/2|4|E,C,||/blog/page/2/index.html|1:/blog/index.html:blog;2:/blog/page/2/index.html:blog - page 2;",
  );
});

test("page 2 is written under the permalink, titled ':title - page :num'", () => {
  assert.equal(
    page("blog/page/2/index.html"),
    "blog - page 2|2/2|4|B,A,|/blog/index.html||1:/blog/index.html:blog;2:/blog/page/2/index.html:blog - page 2;",
  );
  assert.equal(existsSync(join(dir, "out", "blog", "page", "3")), false);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { checkSite } from "../../src/check/check-site.js";
import { formatCheckReport } from "../../src/check/format.js";
import { writeTree } from "../compare/helpers.js";

const page = (title: string, body: string): string =>
  `<!doctype html>\n<html>\n<head>\n<title>${title}</title>\n<link rel="stylesheet" href="/assets/main.css">\n</head>\n<body>\n${body}\n</body>\n</html>\n`;

test("a site whose links, anchors and files all exist has no problems", async () => {
  const dir = await writeTree({
    "index.html": page(
      "Home",
      `<a href="/about/">About</a> <a href="about/#bio">Bio</a> <a href="/cv">CV</a> <a href="#top">Top</a>
<a href="/files/paper.pdf#page=2">PDF</a> <img src="images/me.png" srcset="images/me.png 1x, images/me@2x.png 2x" alt="">
<a href="mailto:me@example.org">Mail</a> <a href="https://example.org/a b">x</a>`.replace(' b"', '%20b"'),
    ),
    "about/index.html": page(
      "About",
      `<h2 id="bio">Bio</h2><a name="old"></a><a href="../index.html#">Home</a><a href="/#">x</a><a href="/about/#old">Old</a>`,
    ),
    "cv.html": page("CV", `<script src="/assets/app.js"></script>`),
    "files/paper.pdf": "%PDF",
    "images/me.png": "",
    "images/me@2x.png": "",
    "assets/main.css": "",
    "assets/app.js": "",
  });
  const report = await checkSite(dir);
  assert.deepEqual(report.problems, []);
  assert.equal(report.pages, 3);
  assert.equal(formatCheckReport(report), "No problems found in 3 pages.");
});

test("every kind of problem is found, with its page, line and column", async () => {
  const dir = await writeTree({
    "index.html": page(
      "Home",
      [
        `<a href="/missing/">Gone</a>`,
        `<a href="#nowhere">Here</a> <a href="/about/#team">Team</a>`,
        `<img src="/images/none.png" alt="">`,
        `<script src="/js/none.js"></script>`,
        `<p id="x">a</p><p id="x">b</p>`,
        `<a href="htp://example.org">typo</a> <a href="https://exa mple.org">space</a> <a href="www.example.com">no scheme</a>`,
      ].join("\n"),
    ),
    "about/index.html": `<!doctype html><html><head></head><body><p>No title</p></body></html>`,
    "bare.html": `<p>Content without a layout</p>`,
    "google123.html": `google-site-verification: google123.html`,
  });
  const report = await checkSite(dir);
  const rows = report.problems.map((p) => `${p.page} ${p.line}:${p.column} ${p.kind} ${p.detail}`);
  assert.deepEqual(rows, [
    `about/index.html 1:1 title the page has no <title>`,
    `bare.html 1:1 title the page has no <title> (nor <html>: is its layout missing?)`,
    `index.html 5:24 stylesheet "/assets/main.css" leads nowhere: there is no assets/main.css`,
    `index.html 8:4 link "/missing/" leads nowhere: there is no missing/index.html`,
    `index.html 9:4 anchor "#nowhere": this page has no id "nowhere"`,
    `index.html 9:32 anchor "/about/#team": about/index.html has no id "team"`,
    `index.html 10:6 image "/images/none.png" leads nowhere: there is no images/none.png`,
    `index.html 11:9 script "/js/none.js" leads nowhere: there is no js/none.js`,
    `index.html 12:19 duplicate-id id "x" is already used at 12:4`,
    `index.html 13:4 url "htp://example.org" uses the unknown scheme 'htp:' (a typo for 'https:'?)`,
    `index.html 13:41 url "https://exa mple.org" contains whitespace (write it as %20, or the link breaks)`,
    `index.html 13:82 link "www.example.com" leads nowhere: there is no www.example.com (missing "https://"?)`,
  ]);
  const text = formatCheckReport(report);
  assert.match(text, /^about\/index\.html\n  1:1  title  the page has no <title>\n/);
  assert.match(text, /\n  8:4    link          "\/missing\/" leads nowhere/);
  assert.match(
    text,
    /12 problems in 3 of 4 pages \(title 2, stylesheet 1, link 2, anchor 2, image 1, script 1, duplicate-id 1, url 2\)\.$/,
  );
});

test("baseurl: links must carry it, and absolute links to the site's url are checked too", async () => {
  const dir = await writeTree({
    "index.html": page(
      "Home",
      [
        `<a href="/blog/about/">ok</a> <a href="/about/">no baseurl</a>`,
        `<a href="https://me.github.io/blog/gone/">gone</a> <a href="https://me.github.io/">main site</a>`,
        `<a href="http://me.github.io/blog/about/#x">anchor</a>`,
      ].join("\n"),
    ).replace("/assets/main.css", "/blog/assets/main.css"),
    "about/index.html": page("About", "").replace("/assets/main.css", "main.css"),
    "assets/main.css": "",
    "about/main.css": "",
  });
  const report = await checkSite(dir, { baseurl: "/blog/", url: "https://me.github.io" });
  assert.deepEqual(
    report.problems.map((p) => `${p.kind} ${p.detail}`),
    [
      `link "/about/" leads outside the site's baseurl "/blog"; the file is at /blog/about/index.html, use the relative_url filter`,
      `link "https://me.github.io/blog/gone/" leads nowhere: there is no gone/index.html`,
      `anchor "http://me.github.io/blog/about/#x": about/index.html has no id "x"`,
    ],
  );
});

test("kinds can be ignored", async () => {
  const dir = await writeTree({ "a.html": `<p id="d"></p><p id="d"></p><a href="/nope">x</a>` });
  const report = await checkSite(dir, { ignore: ["title", "duplicate-id"] });
  assert.deepEqual(
    report.problems.map((p) => p.kind),
    ["link"],
  );
});

test("a link to a Markdown file gets a hint", async () => {
  const dir = await writeTree({ "index.html": `<a href="_pages/about.md">About</a><a href="cv.md#edu">CV</a>` });
  const report = await checkSite(dir, { ignore: ["title"] });
  assert.deepEqual(
    report.problems.map((p) => p.detail),
    [
      `"_pages/about.md" leads nowhere: there is no _pages/about.md (link to the page's URL, not to its Markdown file)`,
      `"cv.md#edu" leads nowhere: there is no cv.md (link to the page's URL, not to its Markdown file)`,
    ],
  );
});

test("a problem repeated on many pages is listed once, with the number of pages", async () => {
  const broken = (title: string): string =>
    page(title, `<img src="/images/logo.png" alt="">`).replace("/assets/main.css", "/main.css");
  const dir = await writeTree({
    "a.html": broken("A"),
    "b.html": broken("B"),
    "c.html": broken("C").replace("</body>", `<a href="#x">x</a></body>`),
    "main.css": "",
  });
  const report = await checkSite(dir);
  assert.equal(report.problems.length, 4);
  assert.equal(
    formatCheckReport(report),
    [
      "On many pages (shown at the first):",
      `  a.html 8:6  image  "/images/logo.png" leads nowhere: there is no images/logo.png  [3 pages]`,
      "c.html",
      `  9:4  anchor  "#x": this page has no id "x"`,
      "4 problems in 3 of 3 pages (image 3, anchor 1).",
    ].join("\n"),
  );
});

test("problems name the source file a page was built from, when known", async () => {
  const dir = await writeTree({ "about/index.html": `<!doctype html><title>A</title><a href="#x">x</a>` });
  const report = await checkSite(dir, { sources: new Map([["about/index.html", "_pages/about.md"]]) });
  assert.equal(report.problems[0]!.source, "_pages/about.md");
  assert.match(formatCheckReport(report), /^about\/index\.html  \(from _pages\/about\.md\)\n  1:35  anchor/);
});

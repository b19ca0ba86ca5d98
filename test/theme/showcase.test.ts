// The built-in theme's layouts and listings, as Lectern renders them for the showcase fixture
// (test/theme/fixtures/showcase: baseurl "/site", locale de-DE with _data/ui-text.yml, every collection).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildShowcase, type BuiltSite } from "./helpers.js";

let site: BuiltSite;
before(async () => {
  site = await buildShowcase();
});
after(() => site?.cleanup());

const read = (file: string): string => readFileSync(join(site.dir, file), "utf8");
/** Visible text of an HTML fragment, whitespace collapsed. */
const text = (html: string): string =>
  html
    .replace(/<script[\s\S]*?<\/script>/g, "")
    .replace(/<[^>]+>/g, " ")
    .replace(/\s+/g, " ")
    .trim();
const headings = (html: string, tag: string): string[] =>
  [...html.matchAll(new RegExp(`<${tag}[^>]*>([\\s\\S]*?)</${tag}>`, "g"))].map((m) => text(m[1]!));

test("the showcase builds without warnings", () => {
  assert.deepEqual(site.warnings, []);
});

test("UI strings come from _data/ui-text.yml for the site's language (locale de-DE, strings under de), English for missing ones", () => {
  const home = read("index.html");
  assert.match(home, /<html lang="de-DE">/);
  assert.match(home, /<a class="skip-link" href="#main">Zum Inhalt springen<\/a>/);
  assert.match(home, /<span class="sr-only">Menü<\/span>/);
  assert.match(read("publications/index.html"), /Erschienen in <cite>Journal of Examples<\/cite>/);
  assert.match(home, /<span>Webseite<\/span>|<span>Feed<\/span>/);
  assert.match(read("publications/2021-03-01-journal/index.html"), /Zitieren als:/);
  assert.match(read("blog/index.html"), /<span class="pager__label">|<h2 class="archive__subtitle"/);
});

test("every link and asset carries the baseurl", () => {
  const home = read("index.html");
  assert.match(home, /<link rel="stylesheet" href="\/site\/assets\/css\/main\.css">/);
  assert.match(home, /<a class="masthead__title" href="\/site\/">/);
  assert.match(home, /<a href="\/site\/publications\/">Publikationen<\/a>/);
  assert.match(
    home,
    /<a href="https:\/\/github\.com\/ada-example">GitHub<\/a>/,
    "external navigation links stay as they are",
  );
  assert.match(home, /src="\/site\/images\/ada\.svg"/);
  assert.match(read("publications/index.html"), /href="\/site\/files\/a-slides\.pdf"/);
  assert.match(read("portfolio/index.html"), /src="\/site\/images\/teaser\.svg"/);
});

test("publications are grouped in publication_category order, unlisted categories last", () => {
  const html = read("publications/index.html");
  assert.deepEqual(headings(html, "h2"), ["Journal Articles", "Conference Papers", "Other"]);
  assert.deepEqual(headings(html, "h3"), [
    "A Journal Article with \\(x^2\\) in the Title",
    "A Conference Paper",
    "An Uncategorised Preprint",
  ]);
});

test("talks and posts are grouped by year, newest first", () => {
  assert.deepEqual(headings(read("talks/index.html"), "h2"), ["2024", "2022"]);
  assert.deepEqual(headings(read("blog/index.html"), "h2"), ["2024", "2023"]);
  assert.match(text(read("talks/index.html")), /June 1, 2022 Keynote, Example Summit ?, Berlin, Germany/);
});

test("a publication page shows venue, year, citation and its paper, slides, BibTeX and code links", () => {
  const html = read("publications/2021-03-01-journal/index.html");
  assert.match(text(html), /Erschienen in Journal of Examples ?, 2021/);
  for (const label of ["Artikel", "Folien", "BibTeX", "Code"]) assert.match(html, new RegExp(`<span>${label}</span>`));
  assert.match(html, /Example, A\. \(2021\)\. <i>A Journal Article<\/i>/);
});

test("the author card shows every configured profile with a visible name", () => {
  const card = read("index.html").split('<div class="author h-card">')[1]!.split("</aside>")[0]!;
  for (const [label, href] of [
    ["Google Scholar", "https://scholar.google.com/citations?user=abc"],
    ["ORCID", "https://orcid.org/0000-0002-1825-0097"],
    ["arXiv", "https://arxiv.org/a/example_a_1"],
    ["DBLP", "https://dblp.org/pid/00/0000"],
    ["ResearchGate", "https://www.researchgate.net/profile/Ada-Example"],
    ["GitHub", "https://github.com/ada-example"],
    ["LinkedIn", "https://www.linkedin.com/in/ada-example"],
    ["X (Twitter)", "https://x.com/ada_example"],
    ["Bluesky", "https://bsky.app/profile/ada.example.org"],
    ["Mastodon", "https://mastodon.social/@ada"],
    ["Zhihu", "https://www.zhihu.com/people/ada"],
    ["YouTube", "https://www.youtube.com/@ada"],
  ]) {
    assert.ok(card.includes(`href="${href}"`) && card.includes(`<span>${label}</span>`), `${label} → ${href}`);
  }
  assert.match(card, /she\/her/);
  assert.match(card, /Zürich/);
  assert.match(card, /Example Institute/);
});

test("posts link to their neighbours and show date and reading time", () => {
  const newer = read("2024/newer/index.html");
  assert.match(newer, /<a class="pager__prev" href="\/site\/2023\/older\/">/);
  assert.match(text(newer), /March 1, 2024 1 minute read/);
  const older = read("2023/older/index.html");
  assert.match(older, /<a class="pager__next" href="\/site\/2024\/newer\/">/);
  assert.match(text(older), /Tags: winter/);
  assert.match(text(older), /Categories: notes/);
});

test("MathJax loads on pages with TeX delimiters, Mermaid on pages with a diagram, neither elsewhere", () => {
  assert.match(read("2024/newer/index.html"), /id="MathJax-script"/);
  assert.doesNotMatch(read("2023/older/index.html"), /MathJax|mermaid\.esm/);
  assert.match(read("index.html"), /mermaid\.esm\.min\.mjs/);
  assert.doesNotMatch(read("teaching/index.html"), /mermaid\.esm|MathJax/);
  assert.match(read("cv/index.html"), /id="MathJax-script"/, "the CV lists a title with $$…$$ math");
});

test("the splash layout has no sidebar and shows the overlay title", () => {
  const html = read("start/index.html");
  assert.doesNotMatch(html, /class="sidebar"/);
  assert.match(html, /<div class="hero hero--overlay" style="background-color: #1b4f73">/);
  assert.match(html, /<h1 class="page__title">Start<\/h1>/);
});

test("the CV adds publications, talks and teaching after its own text", () => {
  assert.deepEqual(headings(read("cv/index.html"), "h2"), ["Ausbildung", "Publications", "Talks", "Teaching"]);
});

test("a site's own include shadows the theme's, and the rest of the theme stays", () => {
  const home = read("index.html");
  assert.match(
    home,
    /<p class="site-footer__note">This footer line comes from the site's own _includes\/footer\/custom\.html/,
  );
  assert.match(home, /<footer class="site-footer">/);
});

// The example site, a real researcher's homepage on the built-in theme: Lectern builds it into the pages,
// redirects, feed and sitemap a visitor expects, with a head that describes the author.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { buildExample, type BuiltSite } from "./helpers.js";

let site: BuiltSite;
before(async () => {
  site = await buildExample();
});
after(() => site?.cleanup());

test("the example builds with no warnings into the home page, its redirects, the feed and the sitemap", () => {
  // Hints are advice about the content; the seed page is kept byte for byte (it writes \textbf in Markdown).
  assert.deepEqual(
    site.warnings.filter((w) => !/^warn Hint:? /.test(w)),
    [],
  );
  for (const file of [
    "index.html",
    "sitemap/index.html",
    "404.html",
    "assets/css/main.css",
    "assets/js/theme.js",
    "images/avatar.svg",
    "feed.xml",
    "sitemap.xml",
  ]) {
    assert.ok(existsSync(join(site.dir, file)), `${file} is built`);
  }
  for (const stub of ["about/index.html", "about.html"]) {
    const html = readFileSync(join(site.dir, stub), "utf8");
    assert.match(
      html,
      /http-equiv="refresh" content="0; url=https:\/\/helicqin\.github\.io\/"/,
      `${stub} redirects home`,
    );
  }
});

test("the home page's head describes the author for search engines and link previews", () => {
  const html = readFileSync(join(site.dir, "index.html"), "utf8");
  assert.match(html, /<title>Keqing He<\/title>/);
  assert.match(html, /<link rel="canonical" href="https:\/\/helicqin\.github\.io\/">/);
  assert.match(html, /<meta property="og:title" content="Keqing He">/);
  assert.match(html, /<link rel="alternate" type="application\/atom\+xml" href="\/feed\.xml"/);
  const jsonld = /<script type="application\/ld\+json">([\s\S]*?)<\/script>/.exec(html);
  assert.ok(jsonld, "JSON-LD is present");
  const person = JSON.parse(jsonld[1]!) as Record<string, unknown>;
  assert.equal(person["@type"], "Person");
  assert.equal(person.name, "Keqing He");
  assert.deepEqual(person.worksFor, { "@type": "Organization", name: "Meituan" });
  assert.ok((person.sameAs as string[]).includes("https://www.semanticscholar.org/author/Keqing-He/2058349088"));
});

test("MathJax and Mermaid are not loaded on a page without math or diagrams", () => {
  const html = readFileSync(join(site.dir, "index.html"), "utf8");
  assert.doesNotMatch(html, /mathjax|mermaid/i);
});

test("the home page shows the seed's \\textbf{…} as bold and its co-first-author stars as stars (markdown_latex_text)", () => {
  const html = readFileSync(join(site.dir, "index.html"), "utf8");
  assert.doesNotMatch(html, /\\textbf\{/, "no raw \\textbf");
  assert.match(html, /Dayuan Fu\*, <strong>Keqing He\*<\/strong>, Wei Wang/);
  assert.doesNotMatch(html, /Fu<em>/, "no stray italics from the stars");
});

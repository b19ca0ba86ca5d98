import { test } from "node:test";
import assert from "node:assert/strict";
import { runLectern } from "../support/index.js";
import { writeFile } from "node:fs/promises";
import { join } from "node:path";
import { writeTree } from "../compare/helpers.js";

const lectern = (...args: string[]) => runLectern(args);

test("lectern check --skip-build lists problems by page and exits 1; a clean site exits 0", async () => {
  const site = await writeTree({
    "_config.yml": `baseurl: /me\n`,
    "_site/index.html": `<!doctype html><title>Home</title><a href="/me/about/">About</a>\n<a href="/about/">wrong</a>`,
    "_site/about/index.html": `<!doctype html><title>About</title>`,
  });
  const bad = lectern("check", "--skip-build", "-s", site);
  assert.equal(bad.status, 1, bad.stderr);
  assert.equal(
    bad.stdout,
    `index.html\n  2:4  link  "/about/" leads outside the site's baseurl "/me"; the file is at /me/about/index.html, use the relative_url filter\n1 problem in 1 of 2 pages (link 1).\n`,
  );
  await writeFile(join(site, "_site/index.html"), `<!doctype html><title>Home</title><a href="/me/about/">About</a>`);
  const good = lectern("check", "--skip-build", "-s", site);
  assert.equal(good.status, 0, good.stderr);
  assert.equal(good.stdout, "No problems found in 2 pages.\n");
});

test("--baseurl overrides the config and --json gives the report", async () => {
  const site = await writeTree({
    "out/index.html": `<!doctype html><title>x</title><a href="/x/a.html">a</a>`,
    "out/a.html": "",
  });
  const run = lectern("check", "--skip-build", "-d", join(site, "out"), "--baseurl", "/x", "--json");
  assert.equal(run.status, 0, run.stderr);
  assert.deepEqual(JSON.parse(run.stdout).problems, []);
});

test("usage errors exit 2", async () => {
  assert.equal(lectern("check", "--skip-build", "-d", "/nonexistent/site").status, 2);
  assert.match(lectern("check", "--ignore", "typo").stderr, /--ignore takes link, anchor/);
});

test("lectern check builds the site first, then reports what in the output leads nowhere", async () => {
  const site = await writeTree({
    "_config.yml": "title: T\nbaseurl: /b\n",
    "_layouts/default.html":
      "<!doctype html><html><head><title>{{ page.title }}</title></head><body>{{ content }}</body></html>\n",
    "index.md": `---\nlayout: default\ntitle: Home\n---\n# Hi\n\n[About]({{ "/about/" | relative_url }}) [Anchor](#hi) [Nope](#nope)\n`,
    "about.md": "---\nlayout: default\ntitle: About\npermalink: /about/\n---\nAbout\n",
  });
  const run = lectern("check", "-s", site);
  assert.equal(run.status, 1, run.stderr);
  assert.match(
    run.stdout,
    /^index\.html  \(from index\.md\)\n  \d+:\d+  anchor  "#nope": this page has no id "nope"\n1 problem in 1 of 2 pages \(anchor 1\)\.\n$/,
    run.stderr,
  );
});

test("lectern check reports a failed build and checks nothing", async () => {
  const site = await writeTree({ "_config.yml": "title: [unclosed\n", "index.html": "<p>x</p>" });
  const run = lectern("check", "-s", site);
  assert.equal(run.status, 1);
  assert.equal(run.stdout, "");
  assert.match(run.stderr, /_config\.yml/);
  assert.match(run.stderr, /the build failed, so nothing was checked/);
});

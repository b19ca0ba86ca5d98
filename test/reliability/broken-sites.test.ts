import { test } from "node:test";
import assert from "node:assert/strict";
import { join } from "node:path";
import { writeFileSync, mkdirSync, symlinkSync } from "node:fs";
import { makeSite, lectern, maybeRead } from "./helpers.js";

// An empty _layouts keeps the built-in theme out, so pages render bare as in Jekyll.
const GOOD = { "_config.yml": "title: Good\n", "_layouts/.gitkeep": "", "index.md": "---\n---\nfirst build\n" };

/** Builds a good site, breaks it with `broken`, builds again; returns the second run and the surviving index. */
function breakSite(broken: Record<string, string>, ...args: string[]) {
  const site = makeSite(GOOD);
  const src = join(site.dir, "site");
  const first = lectern(src, "build", "-q");
  assert.equal(first.status, 0, first.stderr);
  for (const [rel, text] of Object.entries(broken)) {
    mkdirSync(join(src, rel, ".."), { recursive: true });
    writeFileSync(join(src, rel), text);
  }
  const run = lectern(src, "build", ...args);
  const index = maybeRead(join(src, "_site", "index.html"));
  site.cleanup();
  return { run, index };
}

/** A failed build exits 1, names topic, file and line with a code frame, and leaves the old output. */
function assertFatal(r: ReturnType<typeof breakSite>, topic: string, where: string, frameLine: string) {
  assert.equal(r.run.status, 1, r.run.stdout + r.run.stderr);
  assert.ok(r.run.stderr.includes(`${topic}: ${where}`), `expected "${topic}: ${where}" in:\n${r.run.stderr}`);
  assert.match(
    r.run.stderr,
    new RegExp(`^> +\\d+ \\| ${frameLine.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}`, "m"),
    r.run.stderr,
  );
  assert.equal(r.index, "<p>first build</p>\n", "the previous output survives a failed build");
  assert.equal(r.run.stderr.split(`${topic}: `).length - 1, 1, "the error is printed once");
  assert.doesNotMatch(r.run.stderr, /\n\s+at .*\.js:\d+/, "no raw stack trace without --trace");
}

test("invalid _config.yml: YAML error at its line, nothing written", () => {
  // Psych names the unclosed [ (line 2, column 7), not the line after it.
  assertFatal(
    breakSite({ "_config.yml": "title: Good\nlist: [a, b\nnext: 1\n" }),
    "YAML",
    "_config.yml:2:7",
    "list: [a, b",
  );
});

test("invalid data file: names the data file and line", () => {
  assertFatal(
    breakSite({ "_data/people.yml": "- name: Ada\n  role: [x\n- name: Bo\n" }),
    "Data",
    "_data/people.yml:2:9",
    "  role: [x",
  );
});

test("Liquid syntax error: line counted in the file, front matter included", () => {
  assertFatal(
    breakSite({ "index.md": "---\ntitle: t\n---\nok\n{% if x %}\nnever closed\n" }),
    "Liquid",
    "index.md:5",
    "{% if x %}",
  );
});

test("missing include: names the include and where it was asked for", () => {
  const r = breakSite({ "index.md": "---\n---\n{% include nowhere.html %}\n" });
  assertFatal(r, "Liquid", "index.md:3", "{% include nowhere.html %}");
  assert.match(r.run.stderr, /nowhere\.html/);
});

test("error inside an include inside a layout: the chain is named", () => {
  const r = breakSite({
    "_includes/box.html": "<div>\n{{ 1 | divided_by: 0 }}\n</div>\n",
    "_layouts/page.html": "---\n---\n<main>{% include box.html %}{{ content }}</main>\n",
    "index.md": "---\nlayout: page\n---\nx\n",
  });
  assertFatal(r, "Liquid", "_includes/box.html:2", "{{ 1 | divided_by: 0 }}");
  assert.match(r.run.stderr, /included from _layouts\/page\.html, rendering index\.md/);
});

test("layout cycle: named with every layout in it", () => {
  const r = breakSite({
    "_layouts/a.html": "---\nlayout: b\n---\nA{{ content }}\n",
    "_layouts/b.html": "---\nlayout: a\n---\nB{{ content }}\n",
    "index.md": "---\nlayout: a\n---\nx\n",
  });
  assert.equal(r.run.status, 1);
  assert.match(r.run.stderr, /Layout: _layouts\/[ab]\.html:\d+: layout cycle: a → b → a/);
  assert.equal(r.index, "<p>first build</p>\n");
});

test("Sass error: names the partial and line", () => {
  const r = breakSite({
    "_sass/_base.scss": "body {\n  color: $undefined-variable;\n}\n",
    "css/main.scss": '---\n---\n@import "base";\n',
  });
  assertFatal(r, "Sass", "_sass/_base.scss:2", "  color: $undefined-variable;");
});

test("a destination that is or contains the source is refused", () => {
  const site = makeSite(GOOD);
  const src = join(site.dir, "site");
  for (const dest of [".", ".."]) {
    const r = lectern(src, "build", "-d", dest);
    assert.equal(r.status, 1);
    assert.match(r.stderr, /Config: destination .* is or contains the source/);
  }
  assert.equal(maybeRead(join(src, "index.md")), GOOD["index.md"], "the source is untouched");
  site.cleanup();
});

test("tolerated problems are warned with their location, counted, and fatal with --strict", () => {
  const broken = {
    "_config.yml": "title: Good\nplugins: [jekyll-not-a-real-plugin]\n",
    "bad.md": "---\ntitle: [unclosed\n---\nbody\n",
    "missing.md": "---\nlayout: nowhere\n---\nx\n",
    "clash.html": "---\npermalink: /index.html\n---\nclash\n",
  };
  const lax = breakSite(broken);
  assert.equal(lax.run.status, 0, lax.run.stderr);
  assert.match(lax.run.stderr, /Plugins: not available in Lectern, skipped: jekyll-not-a-real-plugin/);
  assert.match(lax.run.stderr, /Front matter: bad\.md:\d+:\d+: invalid front matter/);
  assert.match(lax.run.stderr, /Layout 'nowhere' requested in missing\.md does not exist/);
  assert.match(lax.run.stderr, /Conflict: .*\n.*\n.*_site\/index\.html\n\s+- clash\.html\n\s+- index\.md/);
  assert.match(lax.run.stdout, /with 4 warnings\./);
  const strict = breakSite(broken, "--strict");
  assert.equal(strict.run.status, 1);
  assert.match(strict.run.stderr, /--strict makes them fatal/);
  assert.equal(strict.index, "<p>first build</p>\n");
});

test("permalinks with .. and absolute paths stay inside the destination", () => {
  const site = makeSite({
    "_config.yml": "title: t\n",
    "_layouts/.gitkeep": "",
    "escape.md": "---\npermalink: /../../../outside/escape.html\n---\nx\n",
    "abs.md": "---\npermalink: //etc/passwd-lectern\n---\ny\n",
  });
  const src = join(site.dir, "site");
  const r = lectern(src, "build", "-q");
  assert.equal(r.status, 0, r.stderr);
  assert.equal(maybeRead(join(site.dir, "outside", "escape.html")), undefined);
  assert.equal(maybeRead(join(src, "_site", "outside", "escape.html")), "<p>x</p>\n");
  assert.equal(
    maybeRead(join(src, "_site", "etc", "passwd-lectern", "index.html")) ??
      maybeRead(join(src, "_site", "etc", "passwd-lectern.html")),
    "<p>y</p>\n",
  );
  site.cleanup();
});

test("symlinks pointing outside the source are not followed", () => {
  const site = makeSite({ "_config.yml": "title: t\n", "index.md": "---\n---\nx\n", "../secret.txt": "secret\n" });
  const src = join(site.dir, "site");
  symlinkSync(join(site.dir, "secret.txt"), join(src, "leak.txt"));
  const r = lectern(src, "build", "-q");
  assert.equal(r.status, 0, r.stderr);
  assert.equal(maybeRead(join(src, "_site", "leak.txt")), undefined);
  site.cleanup();
});

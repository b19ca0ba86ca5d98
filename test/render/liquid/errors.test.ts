import { test } from "node:test";
import assert from "node:assert/strict";
import path from "node:path";
import { LecternError, formatError } from "../../../src/errors/index.js";
import { engineFor, tempSite } from "./helpers.js";

function thrown(run: () => unknown): LecternError {
  try {
    run();
  } catch (e) {
    assert.ok(e instanceof LecternError, `expected a LecternError, got ${String(e)}`);
    return e;
  }
  assert.fail("expected an error");
}

test("a syntax error names the file and the line counted from the top of the file (front matter included)", () => {
  const engine = engineFor(tempSite({}));
  const fileSource = "---\ntitle: x\n---\nline one\n{% if %}\n";
  const err = thrown(() =>
    engine.parse("line one\n{% if %}\n", { file: "_pages/about.md", lineOffset: 3, fileSource }),
  );
  assert.equal(err.topic, "Liquid");
  assert.equal(err.file, "_pages/about.md");
  assert.equal(err.line, 5);
  assert.ok(err.column && err.column > 0);
  assert.match(formatError(err), /> 5 \| \{% if %\}/);
});

test("an unknown tag fails the build, as in Jekyll", () => {
  const engine = engineFor(tempSite({}));
  const err = thrown(() => engine.renderString("a\n{% frobnicate %}", {}, { file: "index.html" }));
  assert.equal(err.line, 2);
  assert.match(err.message, /frobnicate/);
});

test("liquidjs-only tags (layout, block) are unknown tags in Jekyll", () => {
  const engine = engineFor(tempSite({}));
  assert.throws(() => engine.renderString("{% layout 'x' %}", {}, { file: "index.html" }), LecternError);
});

test("a missing include fails with Jekyll's message, naming the page and line of the include tag", () => {
  const site = tempSite({ "_includes/a.html": "A" });
  const engine = engineFor(site);
  const err = thrown(() =>
    engine.renderString("x\n\n{% include nope.html %}", {}, { file: "missing.html", lineOffset: 2 }),
  );
  assert.equal(
    err.message,
    `Could not locate the included file 'nope.html' in any of ["${path.join(site, "_includes")}"]. Ensure it exists in one of those directories and, if it is a symlink, does not point outside your site source.`,
  );
  assert.equal(err.file, "missing.html");
  assert.equal(err.line, 5);
});

test("an error inside an include names the include file and the chain of callers", () => {
  const site = tempSite({
    "_includes/outer.html": "outer\n{% include inner.html %}",
    "_includes/inner.html": "ok\nok\n{{ 1 | plus: 1 }}{% if 1 < 'a' %}{% endif %}",
  });
  const engine = engineFor(site);
  const err = thrown(() => engine.renderString("{% include outer.html %}", {}, { file: "_layouts/single.html" }));
  assert.equal(err.message, "comparison of Integer with String failed");
  assert.equal(err.file, "_includes/inner.html");
  assert.equal(err.line, 3);
  assert.deepEqual(err.chain, ["included from _includes/outer.html", "included from _layouts/single.html"]);
  assert.match(formatError(err), /> 3 \| /);
});

test("an include that includes itself stops with 'Nesting too deep'", () => {
  const site = tempSite({ "_includes/rec.html": "R{% include rec.html %}" });
  const err = thrown(() => engineFor(site).renderString("{% include rec.html %}", {}, { file: "rec.html" }));
  assert.equal(err.message, "Nesting too deep");
  assert.equal(err.file, "_includes/rec.html");
});

test("invalid include file names and parameters are rejected as Jekyll rejects them", () => {
  const site = tempSite({ "_includes/a.html": "A" });
  const engine = engineFor(site);
  assert.match(
    thrown(() => engine.renderString("{% include ../secret %}", {}, { file: "p.html" })).message,
    /invalid characters or sequences/,
  );
  assert.match(
    thrown(() => engine.renderString('{% include a.html a="x" junk %}', {}, { file: "p.html" })).message,
    /Invalid syntax for include tag/,
  );
});

test("post_url and link of something that does not exist fail the build", () => {
  const engine = engineFor(tempSite({}));
  assert.match(
    thrown(() => engine.renderString("{% post_url 2020-01-01-nope %}", {}, { file: "p.md" })).message,
    /Could not find post "2020-01-01-nope" in tag 'post_url'/,
  );
  assert.match(
    thrown(() => engine.renderString("{% link nope.md %}", {}, { file: "p.md" })).message,
    /Could not find document 'nope.md' in tag 'link'/,
  );
});

test("comparing a number with a string is a Liquid error that fails the build", () => {
  const err = thrown(() => engineFor(tempSite({})).renderString("{% if 1 < '2' %}{% endif %}", {}, { file: "a.html" }));
  assert.equal(err.message, "comparison of Integer with String failed");
});

test("an invalid date given to a Jekyll date filter is an error; Liquid's date filter leaves it unchanged", () => {
  const engine = engineFor(tempSite({}));
  assert.match(
    thrown(() => engine.renderString("{{ 'soon' | date_to_xmlschema }}", {}, { file: "a.html" })).message,
    /Invalid Date: '"soon"' is not a valid datetime/,
  );
  assert.equal(engine.renderString("{{ 'soon' | date: '%Y' }}", {}, { file: "a.html" }), "soon");
});

test("syntax errors are worded as Ruby Liquid words them", () => {
  const engine = engineFor(tempSite({}));
  assert.equal(
    thrown(() => engine.parse("{% frobnicate %}", { file: "a.html" })).message,
    "Liquid syntax error: Unknown tag 'frobnicate'",
  );
  const err = thrown(() => engine.parse("x\n{% if true %}\nopen", { file: "b.html" }));
  assert.equal(err.message, "Liquid syntax error: 'if' tag was never closed");
  assert.equal(err.line, 2);
});

test("a syntax error in an included file names that file and who included it", () => {
  const site = tempSite({ "_includes/bad.html": "{% if x %}\n{% frob %}\n{% endif %}" });
  const err = thrown(() => engineFor(site).renderString("hello\n{% include bad.html %}", {}, { file: "index.html" }));
  assert.equal(err.file, "_includes/bad.html");
  assert.equal(err.line, 2);
  assert.deepEqual(err.chain, ["included from index.html"]);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { buildInWorker, type BuildOutcome } from "./run-build.js";

// Each input must finish within 10 s (the worker is stopped after that) with output or a LecternError
// naming the file: never a hang, never a raw RangeError or stack trace. Jekyll's behaviour: docs/reliability.md.

const nested = (n: number, open: string, close: string, inner: string) => open.repeat(n) + inner + close.repeat(n);
const page = (body: string, fm = "") => `---\n${fm}---\n${body}`;

/** The build failed with a LecternError naming `file:line`, printed without a stack. */
function assertClearError(r: BuildOutcome, topic: string, file: string, line: number) {
  assert.equal(r.ok, false, "the build fails");
  assert.equal(r.lectern, true, `a LecternError, not a raw ${r.kind}: ${r.printed}`);
  assert.equal(`${r.topic}: ${r.file}:${r.line}`, `${topic}: ${file}:${line}`);
  assert.ok(r.printed!.startsWith(`${topic}: ${file}:${line}`), r.printed ?? "");
  assert.doesNotMatch(r.printed!, /\n\s+at .*:\d+:\d+/, "no stack trace");
}

test("10,000 nested Liquid ifs: a Liquid error at the page's line, no stack overflow escaping", async () => {
  assertClearError(
    await buildInWorker({ "index.md": page(nested(10000, "{% if true %}", "{% endif %}", "deep") + "\n") }),
    "Liquid",
    "index.md",
    3,
  );
});

test("10,000 nested Liquid for loops and 10,000 unclosed ifs: Liquid errors naming the page", async () => {
  assertClearError(
    await buildInWorker({ "index.md": page(nested(10000, "{% for i in (1..1) %}", "{% endfor %}", "deep") + "\n") }),
    "Liquid",
    "index.md",
    3,
  );
  assertClearError(
    await buildInWorker({
      "_layouts/l.html": "---\n---\n" + "{% if x %}".repeat(10000) + "\n",
      "index.md": page("x\n", "layout: l\n"),
    }),
    "Liquid",
    "_layouts/l.html",
    3,
  );
});

test("20,000 nested blockquotes (>) render (250 levels, the rest as text), each level closed", async () => {
  const r = await buildInWorker({ "index.md": page(">".repeat(20000) + " deep\n") });
  assert.equal(r.ok, true, r.printed ?? "");
  const html = r.outputs.get("index.html")!.toString();
  assert.equal(html.split("<blockquote>").length - 1, 250);
  assert.equal(html.split("</blockquote>").length - 1, 250);
  assert.match(
    html,
    /<blockquote>\n»+ deep\n\s*<\/blockquote>/,
    "the levels past 250 stay text (typographic » as kramdown's >>)",
  );
});

test("a 5 MB Markdown page renders within the limit", async () => {
  const para = (i: number) =>
    i % 10 === 0
      ? `Paragraph ${i} has *emphasis*, a [link](/p${i}/) and \`code\`.\n\n`
      : `Paragraph ${i} is plain text about nothing in particular, long enough to fill a line.\n\n`;
  let body = "";
  for (let i = 0; body.length < 5_000_000; i++) body += para(i);
  const r = await buildInWorker({ "index.md": page(body), "p0/index.md": page("target\n") });
  assert.equal(r.ok, true, r.printed ?? "");
  const html = r.outputs.get("index.html")!.toString();
  assert.ok(html.length > 5_000_000, `${html.length} bytes`);
  assert.ok(
    html.includes(
      '<p>Paragraph 10 has <em>emphasis</em>, a <a href="/p10/">link</a> and <code class="language-plaintext highlighter-rouge">code</code>.</p>',
    ),
  );
});

test("invalid UTF-8 in a page: warned with file and line, copied byte for byte (never re-encoded)", async () => {
  const bytes = Buffer.concat([
    Buffer.from("---\ntitle: caf"),
    Buffer.from([0xe9, 0xff]),
    Buffer.from("\n---\nbad "),
    Buffer.from([0xc3, 0x28, 0xfe]),
    Buffer.from("\n"),
  ]);
  const r = await buildInWorker({ "index.md": bytes }, ["index.md", "index.html"]);
  assert.equal(r.ok, true, r.printed ?? "");
  assert.deepEqual(r.warnings, [
    "Encoding: index.md:2: not valid UTF-8; its front matter is ignored and it is copied byte for byte",
  ]);
  assert.ok(r.outputs.get("index.md")!.equals(bytes));
  assert.equal(r.outputs.get("index.html"), undefined);
  const strict = await buildInWorker({ "index.md": bytes }, [], 10, true);
  assert.equal(strict.ok, false, "--strict makes it fatal");
});

test("a binary file that starts with a --- line is copied unchanged", async () => {
  const bytes = Buffer.concat([
    Buffer.from("---\n"),
    Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256)),
  ]);
  const r = await buildInWorker({ "blob.bin": bytes }, ["blob.bin"]);
  assert.equal(r.ok, true, r.printed ?? "");
  assert.match(r.warnings.join("\n"), /^Encoding: blob\.bin:\d+: not valid UTF-8/);
  assert.ok(r.outputs.get("blob.bin")!.equals(bytes));
});

test("NUL bytes: in front matter a warned YAML error (as Psych), in the body kept as Jekyll keeps them, in data fatal", async () => {
  const r = await buildInWorker({ "index.md": "---\ntitle: a\u0000b\n---\nbody \u0000 nul\n" });
  assert.equal(r.ok, true, r.printed ?? "");
  assert.match(
    r.warnings.join("\n"),
    /^Front matter: index\.md:2:9: invalid front matter: control characters are not allowed \(U\+0000\)/,
  );
  assert.equal(r.outputs.get("index.html")!.toString(), "<p>body \u0000 nul</p>\n");
  assertClearError(
    await buildInWorker({ "_data/people.yml": "- name: Ada\n- name: B\u0000o\n", "index.md": page("x\n") }),
    "Data",
    "_data/people.yml",
    2,
  );
});

test("a 100,000-key YAML data file loads; 10,000 nested YAML lists fail with a Data error", async () => {
  const big = Array.from({ length: 100000 }, (_, i) => `key${i}: value ${i}\n`).join("");
  const r = await buildInWorker({
    "_data/big.yml": big,
    "index.md": page("{{ site.data.big.key99999 }} {{ site.data.big.size }}\n"),
  });
  assert.equal(r.ok, true, r.printed ?? "");
  assert.equal(r.outputs.get("index.html")!.toString(), "<p>value 99999 100000</p>\n");
  const deep = await buildInWorker({
    "_data/deep.yml": "[".repeat(10000) + "]".repeat(10000) + "\n",
    "index.md": page("x\n"),
  });
  assert.equal(deep.ok, false);
  assert.equal(deep.lectern, true, deep.printed ?? "");
  assert.match(deep.printed!, /^Data: _data\/deep\.yml:1:\d+: nesting too deep/);
});

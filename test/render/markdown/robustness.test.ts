import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { renderMarkdown } from "../../../src/render/markdown/index.js";

// Hang guards, not performance tests: each input must finish well within a generous bound.
const BOUND_MS = 5000;

function timed(input: string): { html: string; ms: number } {
  const t = performance.now();
  const html = renderMarkdown(input);
  return { html, ms: performance.now() - t };
}

const PATHOLOGICAL: Record<string, string> = {
  "20,000 nested >": ">".repeat(20_000),
  "20,000 nested '> '": "> ".repeat(20_000),
  "20,000 [": "[".repeat(20_000),
  "20,000 [ then 20,000 ]": "[".repeat(20_000) + "]".repeat(20_000),
  "20,000 '[a]('": "[a](".repeat(20_000),
  "20,000 unclosed *a": "*a ".repeat(20_000),
  "20,000 unclosed _a": "_a ".repeat(20_000),
  "20,000 unclosed backticks": "`a ".repeat(20_000),
  "20,000 nested <div>": "<div>".repeat(20_000),
  "20,000 nested <div> lines": "<div>\n".repeat(20_000),
  "20,000 nested <span>": "<span>".repeat(20_000),
  "20,000 unclosed attributes": '<a href="'.repeat(20_000),
  "20,000 unclosed comments": "<!--".repeat(20_000),
  "20,000 unclosed fences": "```a\n".repeat(20_000),
  "20,000 unclosed IALs": "{:".repeat(20_000),
  "20,000 unclosed extensions": "{::comment}".repeat(20_000),
  "20,000 quotes": "\"'".repeat(20_000),
  "20,000 $$": "$$".repeat(20_000),
  "20,000 ~~a": "~~a".repeat(20_000),
  "20,000 table rows": "|a|\n".repeat(20_000),
  "a 1 MB line": "a".repeat(1 << 20),
  "a 1 MB line of words": "word ".repeat(200_000),
  "5,000 '> * '": "> * ".repeat(5_000),
};

for (const [name, input] of Object.entries(PATHOLOGICAL)) {
  test(`pathological input finishes without throwing: ${name}`, () => {
    const { html, ms } = timed(input);
    assert.equal(typeof html, "string");
    assert.ok(html.length > 0);
    assert.ok(ms < BOUND_MS, `took ${ms.toFixed(0)} ms`);
  });
}

test("deeply nested blockquotes keep their text", () => {
  const html = renderMarkdown("> ".repeat(20_000) + "deep");
  assert.match(html, /deep/);
  assert.match(html, /^<blockquote>/);
});

const PIECES = [
  "*",
  "**",
  "_",
  "__",
  "`",
  "```",
  "~~~",
  "[",
  "]",
  "(",
  ")",
  "![",
  "<",
  ">",
  "</div>",
  "<div>",
  "<span>",
  '<div markdown="1">',
  "{: .x}",
  "{::comment}",
  "{:/}",
  "$$",
  "\\",
  "&",
  "&amp;",
  "&#",
  ";",
  '"',
  "'",
  "--",
  "...",
  "|",
  "---",
  "\n",
  "\n\n",
  "    ",
  "\t",
  " ",
  "1. ",
  "* ",
  "- ",
  "> ",
  "# ",
  ": ",
  "[^1]",
  "[^1]: ",
  "*[A]: ",
  "[a]: /x",
  "<http://x>",
  "a",
  "b",
  "中",
  "é",
  "\u00a0",
  "\r\n",
];

test("fuzz: any mix of Markdown syntax renders to a string without throwing", () => {
  fc.assert(
    fc.property(fc.array(fc.constantFrom(...PIECES), { maxLength: 80 }), (parts) => {
      const html = renderMarkdown(parts.join(""));
      assert.equal(typeof html, "string");
    }),
    { numRuns: 1500 },
  );
});

test("fuzz: arbitrary unicode text renders without throwing", () => {
  fc.assert(
    fc.property(fc.string({ unit: "grapheme", maxLength: 300 }), (s) => {
      assert.equal(typeof renderMarkdown(s), "string");
    }),
    { numRuns: 800 },
  );
});

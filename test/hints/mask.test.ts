import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { maskCodeAndMath, findLatex } from "../../src/hints/index.js";

test("LaTeX inside code, math and MathJax environments is not counted; text-mode commands are", () => {
  const body = [
    "Plain \\textbf{bold} here.",
    "`\\emph{code}` and ``\\cite{two ` ticks}``",
    "$$\\textbf{display}$$ and \\(\\textit{inline}\\) and $\\textrm{dollar}$",
    "\\begin{equation}",
    "\\tau_{\\textrm{DL}}",
    "\\end{equation}",
    "```",
    "\\section{fenced}",
    "```",
    "Then \\cite{a} and \\emph{b}.",
  ].join("\n");
  const found = findLatex(body)!;
  assert.equal(found.count, 3);
  assert.deepEqual(
    [...found.names],
    [
      ["textbf", 1],
      ["cite", 1],
      ["emph", 1],
    ],
  );
  assert.equal(body.slice(0, found.first), "Plain ");
});

test("masking keeps length and every newline, so lines stay right", () => {
  const piece = fc.constantFrom(
    "`",
    "``",
    "```\n",
    "$",
    "$$",
    "\\(",
    "\\)",
    "\\[",
    "\\]",
    "\\begin{x}",
    "\\end{x}",
    "\n",
    "a",
    " ",
    "\\textbf{",
    "}",
    "~~~\n",
    "😀",
  );
  fc.assert(
    fc.property(
      fc.array(piece, { maxLength: 60 }).map((a) => a.join("")),
      (text) => {
        const masked = maskCodeAndMath(text);
        assert.equal(masked.length, text.length);
        for (let i = 0; i < text.length; i++)
          if (text[i] === "\n" || masked[i] === "\n") assert.equal(masked[i], text[i]);
      },
    ),
    { numRuns: 1000, seed: 3 },
  );
});

test("masking stays linear on unmatched delimiters", () => {
  const started = performance.now();
  for (const unit of ["`", "$$ ", "\\( ", "\\begin{a} ", "`` x ` "]) maskCodeAndMath(unit.repeat(200_000));
  assert.ok(performance.now() - started < 3000, `${Math.round(performance.now() - started)} ms`);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { buildEngineFixture, jekyllRun } from "./helpers.js";

// test/fixtures/engine/markdown-latex-text (scripts/regen-engine-golden.sh): authors.md pastes \textbf{…},
// \emph{…} and co-first-author stars from a paper; hand.md writes what the author meant in plain Markdown.
const page = (dir: string, file: string) => readFileSync(join(dir, file), "utf8");

test("off by default: Markdown with LaTeX text commands renders exactly as Jekyll renders it", async () => {
  const jekyll = jekyllRun("markdown-latex-text");
  const built = await buildEngineFixture("markdown-latex-text");
  try {
    assert.equal(page(built.out, "authors.html"), page(jekyll.out, "authors.html"));
  } finally {
    built.cleanup();
  }
});

test("markdown_latex_text: true renders them as bold and italics and keeps author stars, as hand.md reads in Jekyll", async () => {
  const jekyll = jekyllRun("markdown-latex-text");
  const built = await buildEngineFixture("markdown-latex-text", { overrides: { markdown_latex_text: true } });
  try {
    assert.equal(page(built.out, "authors.html"), page(jekyll.out, "hand.html"));
  } finally {
    built.cleanup();
  }
});

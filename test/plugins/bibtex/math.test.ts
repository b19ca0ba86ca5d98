import { test } from "node:test";
import assert from "node:assert/strict";
import { parseBibtex } from "../../../src/plugins/bibtex/parse.js";
import { toBibEntry } from "../../../src/plugins/bibtex/entry.js";
import { scholarTags, scholarlyArticle } from "../../../src/plugins/bibtex/scholar-head.js";

// Math is kept as the author wrote it (MathJax reads `$…$` and `\(…\)` in the page); the expectations are the
// source of the fields below. Text commands outside math become the text LaTeX prints for them.
const BIB = String.raw`@article{math2024,
  title = {Sorting in $O(n \log n)$: \max and \min of $\exp(x)$ on $\mathbb{R}^d$ with $\frac{a}{b}$ in {\LaTeX}},
  abstract = {We bound $\sum_{i=1}^n x_i < k$ and \(a^2\); then $$E = mc^2$$ holds for Mar{\'\i}a's \TeX{} file, at 50\%.},
  author = {Mar{\'\i}a P{\'e}rez and Jos{\'e} Ruiz},
  journal = {Journal of $k$-Means},
  year = 2024
}`;

for (const wholeParse of [false, true]) {
  const entry = () => toBibEntry(parseBibtex(BIB, "_bibliography/papers.bib", { wholeParse }).entries[0]!);
  const how = wholeParse ? " (whole parse)" : "";

  test(`math spans in titles and abstracts are kept as written${how}`, () => {
    const e = entry();
    assert.equal(
      e.title,
      String.raw`Sorting in $O(n \log n)$: max and min of $\exp(x)$ on $\mathbb{R}^d$ with $\frac{a}{b}$ in LaTeX`,
    );
    assert.equal(
      e.html.title,
      String.raw`Sorting in $O(n \log n)$: max and min of $\exp(x)$ on $\mathbb{R}^d$ with $\frac{a}{b}$ in LaTeX`,
    );
    assert.equal(
      e.html.abstract,
      String.raw`We bound $\sum_{i=1}^n x_i &lt; k$ and \(a^2\); then $$E = mc^2$$ holds for María's TeX file, at 50%.`,
    );
    assert.equal(e.venue, "Journal of $k$-Means");
  });

  test(`an accent on a dotless i is the accented letter i${how}`, () => {
    const e = entry();
    assert.deepEqual(
      e.authors.map((a) => a.full),
      ["María Pérez", "José Ruiz"],
    );
    assert.doesNotMatch(e.authors[0]!.full, /\u0131|\p{M}/u, "no dotless i, no combining accent");
  });

  test(`citation_title and the JSON-LD name carry the math source as plain text${how}`, () => {
    const e = entry();
    const site = { url: "https://example.org", baseurl: "" };
    const title = scholarTags(e, site).find(([name]) => name === "citation_title")?.[1];
    assert.equal(title, e.title);
    const ld = scholarlyArticle(e, site, "/publication/math2024/") as { headline?: string; name?: string };
    assert.equal(ld.headline ?? ld.name, e.title);
  });
}

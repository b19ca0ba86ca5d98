import { test } from "node:test";
import assert from "node:assert/strict";
import { renderMarkdown } from "../../../src/render/markdown/index.js";
import { normalizeHtml } from "../../../src/compare/normalize.js";
import { knownDifferences, loadCases } from "./helpers.js";

// Expected HTML comes from real Jekyll 4.3 + kramdown 2.4 (scripts/regen-markdown-golden.sh),
// with the kramdown options academicpages sets, which are also Jekyll's defaults.
const cases = loadCases();
const known = knownDifferences();
const failing: string[] = [];

for (const c of cases) {
  const reason = known[c.name];
  test(`kramdown conformance: ${c.name}`, reason ? { todo: reason } : {}, () => {
    const ours = normalizeHtml(renderMarkdown(c.markdown));
    const theirs = normalizeHtml(c.expected);
    if (ours !== theirs) failing.push(c.name);
    assert.equal(ours, theirs);
  });
}

test("conformance suite: at least 300 cases, at least 97% equal after DOM normalisation", () => {
  assert.ok(cases.length >= 300, `only ${cases.length} cases`);
  const rate = (cases.length - failing.length) / cases.length;
  assert.ok(rate >= 0.97, `pass rate ${(rate * 100).toFixed(1)}%; failing: ${failing.join(", ")}`);
});

test("known-differences.json lists exactly the failing cases", () => {
  const unlisted = failing.filter((n) => !(n in known));
  const fixed = Object.keys(known).filter((n) => !failing.includes(n));
  assert.deepEqual({ unlisted, fixed }, { unlisted: [], fixed: [] });
});

test("the seed page's '1. 1. 1. 2. 3.' publication list renders exactly as kramdown's", () => {
  const c = cases.find((x) => x.name.endsWith("list-seed-publications"));
  assert.ok(c);
  assert.equal(renderMarkdown(c.markdown), c.expected);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { parseBibtex } from "../../../src/plugins/bibtex/parse.js";
import { toBibEntry } from "../../../src/plugins/bibtex/entry.js";
import { isMe } from "../../../src/plugins/bibtex/names.js";
import { formatAuthors, authorsText } from "../../../src/plugins/bibtex/authors.js";

const entry = (authors: string, extra = "") =>
  toBibEntry(parseBibtex(`@misc{k, title = {T}, author = {${authors}}${extra}}`, "x.bib").entries[0]!);
const ME = ["Keqing He", "K. He"];

test("the owner is found whatever way the name is written", () => {
  for (const written of [
    "Keqing He",
    "He, Keqing",
    "K. He",
    "He, K.",
    "K He",
    "Keqing He*",
    "He*, Keqing",
    String.raw`He\*, Keqing`,
    String.raw`\textbf{Keqing He}`,
    "KEQING HE",
  ]) {
    const e = entry(`Ann Lee and ${written}`);
    assert.equal(isMe(e.authors[1]!, ME), true, written);
    assert.equal(isMe(e.authors[0]!, ME), false, written);
  }
});

test("accents and initials do not stop a match, a different first name does", () => {
  assert.equal(isMe({ first: "Jörg", last: "Müller" }, ["Jorg Muller"]), true);
  assert.equal(isMe({ first: "J.", last: "Müller" }, ["Jörg Müller"]), true);
  assert.equal(isMe({ first: "Jean-Pierre", last: "Dupont" }, ["J.-P. Dupont"]), true);
  assert.equal(isMe({ first: "Junxian", last: "He" }, ME), false);
  assert.equal(isMe({ first: "Kai", last: "He" }, ["Keqing He"]), false);
  // A "K." variant is as wide as the owner asked for.
  assert.equal(isMe({ first: "Kai", last: "He" }, ["K. He"]), true);
  assert.equal(isMe({ first: "He", last: "Keqing" }, ["Keqing He"]), true);
  // A middle initial left out on one side still matches; a different middle name does not.
  assert.equal(isMe({ first: "Albert A.", last: "Einstein" }, ["Albert Einstein"]), true);
  assert.equal(isMe({ first: "Albert", last: "Einstein" }, ["A. B. Einstein"]), true);
  assert.equal(isMe({ first: "Albert Bob", last: "Einstein" }, ["Albert Einstein"]), false);
});

test("owner highlighted, co-first authors marked with the configured mark, others as et al.", () => {
  const e = entry(String.raw`Yejie Wang* and \textbf{Keqing He*} and Mengdi Zhang and others`);
  assert.equal(
    formatAuthors(e, { me: ME, coFirstMark: "†" }),
    'Yejie Wang<sup class="author-cofirst" title="Equal contribution">†</sup>, <strong class="author-me">Keqing He</strong><sup class="author-cofirst" title="Equal contribution">†</sup>, Mengdi Zhang, et al.',
  );
  assert.equal(authorsText(e), "Yejie Wang*, Keqing He*, Mengdi Zhang, et al.");
});

test("a cofirst field marks authors by position", () => {
  const e = entry("Ann Lee and Bo Chen and Keqing He", ", cofirst = {1,2}");
  assert.deepEqual(
    e.authors.map((a) => a.coFirst),
    [true, true, false],
  );
  const f = entry("Ann Lee and Bo Chen", ", equal_contribution = {2}");
  assert.deepEqual(
    f.authors.map((a) => a.coFirst),
    [false, true],
  );
});

test("names are escaped in HTML", () => {
  const e = entry(String.raw`{Lee \& Partners} and Keqing He`);
  assert.equal(formatAuthors(e, { me: ME }), 'Lee &amp; Partners, <strong class="author-me">Keqing He</strong>');
});

test("any name is found in its usual written forms, and a different family name never matches", () => {
  const word = fc.stringMatching(/^[A-Z][a-z]{1,8}$/);
  fc.assert(
    fc.property(word, word, word, (first, last, other) => {
      fc.pre(other.toLowerCase() !== last.toLowerCase() && other.toLowerCase() !== first.toLowerCase());
      const me = [`${first} ${last}`];
      for (const written of [
        `${first} ${last}`,
        `${last}, ${first}`,
        `${first[0]}. ${last}`,
        `${last}, ${first[0]}.`,
        `${first} ${last}*`,
        `${first.toUpperCase()} ${last}`,
      ]) {
        const [author] = entry(written).authors;
        assert.equal(isMe(author!, me), true, written);
      }
      assert.equal(isMe(entry(`${first} ${other}`).authors[0]!, me), false);
    }),
    { numRuns: 40 },
  );
});

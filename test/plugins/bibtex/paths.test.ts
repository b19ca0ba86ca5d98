import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { parseBibtex } from "../../../src/plugins/bibtex/parse.js";
import { toBibEntry } from "../../../src/plugins/bibtex/entry.js";

const EXAMPLE = readFileSync(new URL("../../../../example/_bibliography/papers.bib", import.meta.url), "utf8");
const TRICKY = String.raw`@string{acl = "Proceedings of the Annual Meeting of the ACL"}
@inproceedings{a, title = {Caf\'e {BERT} -- a \emph{study}}, author = {M{\"u}ller, J{\"o}rg and Keqing He* and others},
  booktitle = acl # " 2021", year = 2021, month = jun, url = {https://x.org/a_b%20c}, note = {oral}, pages = {1--10},
  publisher = {ACM and IEEE}, abstract = {Plain words
  over two lines.}}
@article{b, title = {Plain Title}, author = {Ann Lee}, journal = {Journal of Tests}, year = {2020}, doi = {10.1/x}}
@inproceedings{c, title = {Child}, author = {Lee, Ann}, crossref = {p}}
@proceedings{p, title = {Parent Proceedings}, booktitle = {Parent Proceedings}, year = 2019}`;

// (Keywords differ in one way only: the whole parse sorts them in the BibTeX shown; the fast path keeps them as written.)

/** What a visitor sees of an entry: everything the pages, tags and importer use. */
function seen(bib: string, wholeParse: boolean) {
  return parseBibtex(bib, "x.bib", { wholeParse }).entries.map((p) => {
    const e = toBibEntry(p);
    return { ...e, fields: Object.fromEntries(Object.entries(e.fields).sort(([a], [b]) => a.localeCompare(b))) };
  });
}

test("converting only the fields that need it gives what the library's whole parse gives", () => {
  for (const bib of [EXAMPLE, TRICKY]) {
    const fast = seen(bib, false);
    const whole = seen(bib, true);
    assert.ok(fast.length > 0);
    assert.deepEqual(fast, whole);
  }
});

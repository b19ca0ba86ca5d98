import { test } from "node:test";
import assert from "node:assert/strict";
import { parseBibtex } from "../../../src/plugins/bibtex/parse.js";
import { toBibEntry } from "../../../src/plugins/bibtex/entry.js";
import { entryView } from "../../../src/plugins/bibtex/view.js";
import { entryHtml, paperHtml } from "../../../src/plugins/bibtex/html.js";

// Lectern's own publication list (no Jekyll counterpart): venue, then year, unless the venue names the year.
const view = (booktitle: string, year: string) =>
  entryView(
    toBibEntry(
      parseBibtex(
        `@inproceedings{k, title = {T}, author = {Lee, Ann}, booktitle = {${booktitle}}, year = {${year}}}`,
        "x.bib",
      ).entries[0]!,
    ),
  );
const venueLine = (html: string) => /<p class="bib-entry__venue">(.*?)<\/p>/.exec(html)?.[1];

test("a venue that names its year is not followed by the year again", () => {
  const v = view("ICLR 2025", "2025");
  assert.equal(venueLine(entryHtml(v)), "<cite>ICLR 2025</cite>");
  assert.equal(venueLine(paperHtml(v, "")), "<cite>ICLR 2025</cite>");
});

test("other venues keep the year after them, even when they hold other numbers", () => {
  assert.equal(venueLine(entryHtml(view("Proceedings of ACL", "2024"))), "<cite>Proceedings of ACL</cite>, 2024");
  assert.equal(venueLine(entryHtml(view("ICLR 2024 Workshop", "2025"))), "<cite>ICLR 2024 Workshop</cite>, 2025");
  assert.equal(venueLine(entryHtml(view("NeurIPS 20250", "2025"))), "<cite>NeurIPS 20250</cite>, 2025");
});

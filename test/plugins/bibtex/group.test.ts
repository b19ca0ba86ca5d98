import { test } from "node:test";
import assert from "node:assert/strict";
import { parseBibtex } from "../../../src/plugins/bibtex/parse.js";
import { toBibEntry } from "../../../src/plugins/bibtex/entry.js";
import { groupEntries, sortEntries } from "../../../src/plugins/bibtex/group.js";

const BIB = `@article{old, title={Old}, journal={J}, year=2019}
@inproceedings{mid1, title={Mid One}, booktitle={C}, year=2021}
@misc{undated, title={Undated}}
@inproceedings{new, title={New}, booktitle={C}, year=2023, month=mar}
@article{mid2, title={Mid Two}, journal={J}, year=2021}
@inproceedings{newer, title={Newer}, booktitle={C}, year=2023, month=oct}
@book{bk, title={Book}, publisher={P}, year=2021}`;
const entries = sortEntries(parseBibtex(BIB, "x.bib").entries.map((p) => toBibEntry(p)));

test("entries are sorted newest first by year and month, ties in file order, undated last", () => {
  assert.deepEqual(
    entries.map((e) => e.key),
    ["newer", "new", "mid1", "mid2", "bk", "old", "undated"],
  );
});

test("grouping by year gives years newest first", () => {
  const groups = groupEntries(entries, "year");
  assert.deepEqual(
    groups.map((g) => [g.title, g.entries.map((e) => e.key)]),
    [
      ["2023", ["newer", "new"]],
      ["2021", ["mid1", "mid2", "bk"]],
      ["2019", ["old"]],
      ["Undated", ["undated"]],
    ],
  );
});

test("grouping by category follows publication_category order and titles", () => {
  const cats = {
    books: { title: "Books" },
    manuscripts: { title: "Journal Articles" },
    conferences: { title: "Conference Papers" },
  };
  const groups = groupEntries(entries, "category", cats);
  assert.deepEqual(
    groups.map((g) => [g.title, g.entries.map((e) => e.key)]),
    [
      ["Books", ["bk"]],
      ["Journal Articles", ["mid2", "old", "undated"]],
      ["Conference Papers", ["newer", "new", "mid1"]],
    ],
  );
});

test("without publication_category titles, categories get academicpages' headings", () => {
  assert.deepEqual(
    groupEntries(entries, "category").map((g) => g.title),
    ["Books", "Conference Papers", "Journal Articles"],
  );
});

test("grouping by type", () => {
  assert.deepEqual(
    groupEntries(entries, "type").map((g) => g.key),
    ["article", "book", "inproceedings", "misc"],
  );
});

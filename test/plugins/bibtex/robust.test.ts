import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { parseBibtex } from "../../../src/plugins/bibtex/parse.js";
import { toBibEntry } from "../../../src/plugins/bibtex/entry.js";
import { scholarHead } from "../../../src/plugins/bibtex/scholar-head.js";
import { entryHtml } from "../../../src/plugins/bibtex/html.js";
import { entryView } from "../../../src/plugins/bibtex/view.js";

// Entries built from valid and damaged pieces: a bad file must give warnings, never an exception.
const text = fc
  .array(
    fc.constantFrom(
      "Caf\\'e",
      "\\textbf{K. He*}",
      "$x^2$",
      "{BERT}",
      "<i>",
      "&",
      "\\&",
      "50\\%",
      " and ",
      "A*",
      "B, C",
      "--",
      "~",
      "{",
      "}",
      '"',
      "\\unknown{x}",
      "https://a.b/c_d",
    ),
    { maxLength: 8 },
  )
  .map((a) => a.join(""));
const field = fc
  .tuple(
    fc.constantFrom(
      "title",
      "author",
      "editor",
      "booktitle",
      "journal",
      "year",
      "month",
      "url",
      "code",
      "doi",
      "note",
      "abstract",
      "pages",
      "crossref",
      "cofirst",
      "category",
    ),
    text,
    fc.boolean(),
  )
  .map(([name, value, braced]) => (braced ? `${name} = {${value}}` : `${name} = ${value.replace(/\W/g, "") || "x"}`));
const entry = fc
  .tuple(
    fc.constantFrom("article", "inproceedings", "misc", "phdthesis", "proceedings", "string", "comment"),
    fc.constantFrom("k", "k", "j", "a:b"),
    fc.array(field, { maxLength: 6 }),
    fc.boolean(),
  )
  .map(([type, key, fields, closed]) => `@${type}{${key},\n  ${fields.join(",\n  ")}${closed ? "\n}" : ""}\n`);

test("damaged .bib text never throws; every entry read still renders to HTML and a Scholar head", () => {
  let read = 0;
  fc.assert(
    fc.property(fc.array(entry, { maxLength: 5 }), (parts) => {
      const { entries, warnings } = parseBibtex(parts.join(""), "x.bib");
      assert.ok(Array.isArray(warnings));
      read += entries.length;
      for (const p of entries) {
        const e = toBibEntry(p);
        const html = entryHtml(entryView(e, { me: ["A"] }));
        assert.doesNotMatch(html, /<script/);
        assert.equal(scholarHead(e).match(/<\/script>/g)?.length, 1);
      }
    }),
    { numRuns: 150 },
  );
  assert.ok(read > 40, `only ${read} entries were read: the generator no longer makes real entries`);
});

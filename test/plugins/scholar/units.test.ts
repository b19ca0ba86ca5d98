/**
 * jekyll-scholar's pieces against what bibtex-ruby / jekyll-scholar do (facts read from their source and from
 * sites GitHub built with them): BibTeX reading, the query language, the entry object, tag options, LaTeX.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import { readBibtex, entrySource, valueText } from "../../../src/plugins/scholar/bibtex.js";
import { matchesQuery } from "../../../src/plugins/scholar/query.js";
import { liquidify } from "../../../src/plugins/scholar/liquidify.js";
import { parseTagOptions, splitArguments } from "../../../src/plugins/scholar/options.js";
import { decodeLatex, applyFilters } from "../../../src/plugins/scholar/latex.js";
import { parseNames } from "../../../src/plugins/scholar/names.js";

const BIB = `
@string{qj = "Quantum J"}
@Article{lee2023,
  title = {Graph {S}tates and F{\\"o}rderung},
  author = {Lee, Seok-Hyung and Jeong, Hyunseok},
  year = {2023},
  month = dec,
  journal = qj # " Letters",
  abstract = {Long text.},
  selected = true,
  keywords = {quantum, graphs},
}
@inproceedings{vdw2020,
  author = "Ludwig van der Waals and Marc {Girons Lopez}",
  title = "Second",
  year = 2020,
  crossref = {conf},
}
@proceedings{conf, title = {The Conference}, year = {2020}, publisher = {ACM}}
`;
const opts = { replaceStrings: true, joinStrings: true };

test("BibTeX: types and fields lower case, @string replaced and joined, bare undefined words kept, months parsed", () => {
  const { entries, problems } = readBibtex(BIB, "t.bib", opts);
  assert.deepEqual(problems, []);
  assert.deepEqual(
    entries.map((e) => `${e.type}:${e.key}`),
    ["article:lee2023", "inproceedings:vdw2020", "proceedings:conf"],
  );
  const lee = entries[0]!;
  assert.equal(valueText(lee.fields.get("journal")!), "Quantum J Letters");
  assert.equal(valueText(lee.fields.get("selected")!), "true");
  assert.equal(valueText(lee.fields.get("month")!), "dec");
  assert.equal(valueText(lee.fields.get("month_numeric")!), "12");
  // The source shown in al-folio's "Bib" box: braces kept, bare words bare, skipped fields left out.
  assert.equal(
    entrySource(lee, ["abstract", "month_numeric"]),
    '@article{lee2023,\n  title = {Graph {S}tates and F{\\"o}rderung},\n  author = {Lee, Seok-Hyung and Jeong, Hyunseok},\n  year = {2023},\n  month = dec,\n  journal = {Quantum J Letters},\n  selected = true,\n  keywords = {quantum, graphs}\n}\n',
  );
});

test("query: type, field=value, ^= with a leading * (matches anywhere, as Onigmo reads ^*), >=, &&, ||, !@", () => {
  const { entries } = readBibtex(BIB, "t.bib", opts);
  const byKey = new Map(entries.map((e) => [e.key, e]));
  const keys = (q: string) => entries.filter((e) => matchesQuery(e, q, byKey)).map((e) => e.key);
  assert.deepEqual(keys("@*"), ["lee2023", "vdw2020", "conf"]);
  assert.deepEqual(keys("@*[selected=true]*"), ["lee2023"]);
  assert.deepEqual(keys("@*[year=2020]*"), ["vdw2020", "conf"]);
  assert.deepEqual(keys("@article"), ["lee2023"]);
  assert.deepEqual(keys("!@article"), ["vdw2020", "conf"]);
  assert.deepEqual(keys("@*[keywords ^= *graphs]*"), ["lee2023"]);
  assert.deepEqual(keys("@*[author ^= *Girons]*"), ["vdw2020"]);
  assert.deepEqual(keys("@*[year>=2021]*"), ["lee2023"]);
  assert.deepEqual(keys("@*[year>=2020 && selected=true]*"), ["lee2023"]);
  assert.deepEqual(keys("@*[year=2020 || selected=true]*"), ["lee2023", "vdw2020", "conf"]);
  // crossref: a missing field is read from the parent.
  assert.deepEqual(keys("@*[publisher=ACM]*"), ["vdw2020", "conf"]);
});

test("entry object: filtered fields, author_array with first/last/prefix/suffix, author_0_last keys", () => {
  const { entries } = readBibtex(BIB, "t.bib", opts);
  const e = liquidify(entries[0]!, ["latex", "smallcaps", "superscript"], ["abstract", "month_numeric"]);
  assert.equal(e["title"], "Graph States and Förderung");
  assert.equal(e["month"], "dec");
  assert.equal(e["abstract"], "Long text.");
  assert.deepEqual(e["author_array"], [
    { first: "Seok-Hyung", last: "Lee", prefix: "", suffix: "" },
    { first: "Hyunseok", last: "Jeong", prefix: "", suffix: "" },
  ]);
  assert.equal(e["author_1_first"], "Hyunseok");
  const v = liquidify(entries[1]!, ["latex"], []);
  assert.deepEqual((v["author_array"] as unknown[])[0], {
    first: "Ludwig",
    last: "Waals",
    prefix: "van der",
    suffix: "",
  });
  assert.deepEqual((v["author_array"] as unknown[])[1], {
    first: "Marc",
    last: "Girons Lopez",
    prefix: "",
    suffix: "",
  });
});

test("LaTeX filter and markup filters", () => {
  assert.equal(
    decodeLatex(`Schr{\\"o}dinger -- {\\'E}cole~Normale \\& co --- {\\ss}`),
    "Schrödinger – École\u00A0Normale & co — ß",
  );
  assert.equal(decodeLatex("Marc's ``quoted''"), "Marc’s “quoted”");
  assert.equal(
    applyFilters("\\textsc{Abc} x\\textsuperscript{th}", ["smallcaps", "superscript"]),
    '<font style="font-variant: small-caps">Abc</font> x<sup>th</sup>',
  );
  assert.deepEqual(parseNames("Doe, Jr, John and {World Health Organization}")[0], {
    first: "John",
    last: "Doe",
    prefix: "",
    suffix: "Jr",
  });
});

test("tag options as jekyll-scholar splits them", () => {
  assert.deepEqual(parseTagOptions("-f papers -q @*[year={{y}}]*"), { files: ["papers"], query: "@*[year={{y}}]*" });
  assert.deepEqual(parseTagOptions("--group_by none --query @*[selected=true]* --max 3"), {
    files: [],
    groupBy: "none",
    query: "@*[selected=true]*",
    max: 3,
  });
  assert.deepEqual(parseTagOptions("--cited_in_order"), { files: [], cited: true, citedInOrder: true });
  assert.deepEqual(parseTagOptions("-f {{ page.projecttag }} --template bib2"), {
    files: ["{{ page.projecttag }}"],
    template: "bib2",
  });
  assert.deepEqual(splitArguments("a b -f x"), { keys: ["a", "b"], options: "-f x" });
});

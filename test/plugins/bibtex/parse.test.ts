import { test } from "node:test";
import assert from "node:assert/strict";
import { FAST_CHUNKER, parseBibtex } from "../../../src/plugins/bibtex/parse.js";
import { toBibEntry } from "../../../src/plugins/bibtex/entry.js";

const BIB = String.raw`@string{acl = "Proceedings of the Annual Meeting of the ACL"}

@inproceedings{mueller2021,
  title = {Caf\'e {BERT}: Learning with \emph{Accents} for M{\"u}nchen},
  author = {M{\"u}ller, J{\"o}rg and Fran\c{c}ois, Ren\'ee and van der Berg, Jan},
  booktitle = acl # " 2021",
  year = 2021,
  month = jun,
}

@article{broken,
  title = {Unclosed title,
  author = {Nobody, A}

@article{after2019,
  title = {After the Broken One},
  author = {Smith, Jane},
  journal = {Journal of Tests},
  year = {2019},
}
`;

test("LaTeX accents, braces and @string macros become Unicode text", () => {
  const { entries } = parseBibtex(BIB, "_bibliography/papers.bib");
  const e = toBibEntry(entries[0]!);
  assert.equal(e.title, "Café BERT: Learning with Accents for München");
  assert.equal(e.html.title, "Café BERT: Learning with <i>Accents</i> for München");
  assert.deepEqual(
    e.authors.map((a) => a.full),
    ["Jörg Müller", "Renée François", "Jan van der Berg"],
  );
  assert.equal(e.venue, "Proceedings of the Annual Meeting of the ACL 2021");
  assert.equal(e.year, 2021);
  assert.equal(e.month, 6);
});

test("a malformed entry is reported with file and line while the others are still read", () => {
  const { entries, warnings } = parseBibtex(BIB, "_bibliography/papers.bib");
  assert.deepEqual(
    entries.map((e) => e.key),
    ["mueller2021", "after2019"],
  );
  assert.equal(warnings.length, 1);
  assert.equal(warnings[0]!.file, "_bibliography/papers.bib");
  assert.equal(warnings[0]!.line, 11);
  assert.match(warnings[0]!.message, /Unterminated/);
  assert.equal(entries[1]!.line, 15);
});

test("crossref: a paper inherits its proceedings' fields and the proceedings is not listed as a paper", () => {
  const bib = `@inproceedings{child, title = {Child Paper}, author = {Lee, Ann}, crossref = {conf}}
@proceedings{conf, booktitle = {Proceedings of Conf}, year = {2018}, publisher = {ACM}}`;
  const { entries } = parseBibtex(bib, "x.bib");
  assert.deepEqual(
    entries.map((e) => e.key),
    ["child"],
  );
  const e = toBibEntry(entries[0]!);
  assert.equal(e.venue, "Proceedings of Conf");
  assert.equal(e.year, 2018);
  assert.equal(
    e.bibtex,
    "@inproceedings{child,\n  title = {Child Paper},\n  author = {Lee, Ann},\n  booktitle = {Proceedings of Conf},\n  year = {2018},\n  publisher = {ACM}\n}",
  );
});

test("the library's fast first stage is found (raw mode is only a slower fallback)", () => {
  assert.equal(FAST_CHUNKER, true);
});

test("month names, numbers and biblatex dates", () => {
  const bib = `@misc{a, title = {A}, year = 2020, month = {September}}
@misc{b, title = {B}, date = {2022-03-07}}
@misc{c, title = {C}, year = {2021}, month = {11}}`;
  const [a, b, c] = parseBibtex(bib, "x.bib").entries.map((p) => toBibEntry(p));
  assert.deepEqual([a!.year, a!.month, a!.day], [2020, 9, undefined]);
  assert.deepEqual([b!.year, b!.month, b!.day], [2022, 3, 7]);
  assert.deepEqual([c!.year, c!.month], [2021, 11]);
});

test("links, DOI and arXiv ids are read from their fields", () => {
  const bib = String.raw`@article{x, title = {X}, author = {A, B}, journal = {J}, year = 2020,
  doi = {https://doi.org/10.1000/xyz_1}, eprint = {2503.18892}, archivePrefix = {arXiv},
  url = {https://example.org/paper_1%20v2}, code = {https://github.com/a/b}, slides = {/files/x.pdf}, pdf = {/files/paper.pdf}}`;
  const e = toBibEntry(parseBibtex(bib, "x.bib").entries[0]!);
  assert.equal(e.doi, "10.1000/xyz_1");
  assert.equal(e.arxivId, "2503.18892");
  assert.deepEqual(e.links, {
    pdf: "/files/paper.pdf",
    url: "https://example.org/paper_1%20v2",
    code: "https://github.com/a/b",
    slides: "/files/x.pdf",
    doi: "https://doi.org/10.1000/xyz_1",
    arxiv: "https://arxiv.org/abs/2503.18892",
  });
  assert.equal(e.pdfUrl, "/files/paper.pdf");
});

test("an arxiv field may be an id, arXiv:id or an address", () => {
  const ids = [
    "2503.18892",
    "arXiv:2503.18892",
    "https://arxiv.org/abs/2503.18892v3",
    "https://arxiv.org/pdf/2503.18892.pdf",
  ].map((a) => toBibEntry(parseBibtex(`@misc{x, title={X}, arxiv={${a}}}`, "x.bib").entries[0]!));
  for (const e of ids) {
    assert.equal(e.arxivId, "2503.18892");
    assert.equal(e.links.arxiv, "https://arxiv.org/abs/2503.18892");
  }
});

test("an arXiv PDF url gives the arXiv id and the PDF address", () => {
  const e = toBibEntry(
    parseBibtex(`@misc{z, title = {Z}, url = {https://arxiv.org/pdf/2210.10722v2.pdf}}`, "x.bib").entries[0]!,
  );
  assert.equal(e.arxivId, "2210.10722");
  assert.equal(e.pdfUrl, "https://arxiv.org/pdf/2210.10722v2.pdf");
});

test("category comes from a category field, else from the entry type (academicpages keys)", () => {
  const bib = `@inproceedings{a, title={A}} @article{b, title={B}} @book{c, title={C}} @phdthesis{d, title={D}}
@misc{e, title={E}, category={talks}}`;
  const cats = parseBibtex(bib, "x.bib").entries.map((p) => toBibEntry(p).category);
  assert.deepEqual(cats, ["conferences", "manuscripts", "books", "theses", "talks"]);
});

test("the BibTeX shown to visitors is tidy and drops site-only fields and stars", () => {
  const bib = String.raw`@inproceedings{k,
    title  = {Learning {OOV}   Tokens},
    author = {Zeng\*, Weihao and Keqing He* and \textbf{Wei Liu*}},
    booktitle = {ACL 2020}, year = 2020,
    code = {https://github.com/x}, note = {oral}, abstract = {Long text.}
  }`;
  const e = toBibEntry(parseBibtex(bib, "x.bib").entries[0]!);
  assert.equal(
    e.bibtex,
    "@inproceedings{k,\n  title = {Learning {OOV} Tokens},\n  author = {Zeng, Weihao and He, Keqing and Liu, Wei},\n  booktitle = {ACL 2020},\n  year = {2020}\n}",
  );
  assert.equal(e.note, "oral");
  assert.equal(e.abstract, "Long text.");
});

test("a derived category takes the site's own spelling of the publication_category key", () => {
  const bib = `@phdthesis{d, title={D}} @article{a, title={A}} @inproceedings{c, title={C}}`;
  const cats = parseBibtex(bib, "x.bib").entries.map(
    (p) => toBibEntry(p, ["thesis", "journals", "conferences"]).category,
  );
  assert.deepEqual(cats, ["thesis", "journals", "conferences"]);
});

test("link fields are addresses, not LaTeX: ~, _ and % stay as written", () => {
  const e = toBibEntry(
    parseBibtex(
      String.raw`@misc{u, title={U}, code={https://x.org/~me/a_b%20c}, slides={https://x.org/s_1.pdf}}`,
      "x.bib",
    ).entries[0]!,
  );
  assert.equal(e.links.code, "https://x.org/~me/a_b%20c");
  assert.equal(e.links.slides, "https://x.org/s_1.pdf");
});

test("a literal < or > in a title stays one (not TeX's ¡ ¿) and is escaped in HTML", () => {
  const e = toBibEntry(parseBibtex(`@misc{l, title={When a < b and c > d}}`, "x.bib").entries[0]!);
  assert.equal(e.title, "When a < b and c > d");
  assert.equal(e.html.title, "When a &lt; b and c &gt; d");
});

test("rich fields stay inline HTML: paragraphs become line breaks, emphasis and superscripts are kept", () => {
  const e = toBibEntry(
    parseBibtex(
      String.raw`@misc{a, title={T}, abstract={First.

Second \emph{part}.}, note={Best paper \\ \& oral

x\textsuperscript{1}}}`,
      "x.bib",
    ).entries[0]!,
  );
  assert.equal(e.html.abstract, "First. Second <i>part</i>.");
  assert.equal(e.html.note, "Best paper <br> &amp; oral<br>x¹");
  assert.equal(e.note, "Best paper & oral x¹");
});

test("markup from the .bib cannot inject script: unsafe link targets are dropped, other tags escaped", () => {
  const e = toBibEntry(
    parseBibtex(
      String.raw`@misc{x, title={Click \href{javascript:alert(1)}{here} or \href{https://ok.org/a}{there}},
    note={<script>alert(1)</script> <img src=x onerror=alert(1)>}}`,
      "x.bib",
    ).entries[0]!,
  );
  assert.equal(e.html.title, 'Click <a>here</a> or <a href="https://ok.org/a">there</a>');
  assert.equal(e.html.note, "&lt;script&gt;alert(1)&lt;/script&gt; &lt;img src=x onerror=alert(1)&gt;");
});

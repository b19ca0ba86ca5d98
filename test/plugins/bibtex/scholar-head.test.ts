import { test } from "node:test";
import assert from "node:assert/strict";
import { parseBibtex } from "../../../src/plugins/bibtex/parse.js";
import { toBibEntry } from "../../../src/plugins/bibtex/entry.js";
import { scholarHead, scholarTags, scholarlyArticle } from "../../../src/plugins/bibtex/scholar-head.js";
import { scholarHeadFromFrontMatter } from "../../../src/plugins/bibtex/front-matter-head.js";

/** The tags of Google Scholar's inclusion guidelines, plus the Highwire DOI and arXiv tags the issue asks for. */
const DOCUMENTED = new Set([
  "citation_title",
  "citation_author",
  "citation_publication_date",
  "citation_online_date",
  "citation_journal_title",
  "citation_conference_title",
  "citation_volume",
  "citation_issue",
  "citation_issn",
  "citation_isbn",
  "citation_firstpage",
  "citation_lastpage",
  "citation_pdf_url",
  "citation_dissertation_institution",
  "citation_technical_report_institution",
  "citation_technical_report_number",
  "citation_doi",
  "citation_arxiv_id",
]);
const SITE = { url: "https://helicqin.github.io", baseurl: "" };
const one = (bib: string) => toBibEntry(parseBibtex(bib, "x.bib").entries[0]!);

test("a conference paper gets title, every author in order, date, conference, PDF and arXiv id", () => {
  const e = one(String.raw`@inproceedings{zeng2022,
    title = {Semi-Supervised Knowledge-Grounded Pre-training for Task-Oriented Dialog Systems},
    author = {Weihao Zeng* and Keqing He* and Zechen Wang* and others},
    booktitle = {EMNLP 2022 SereTOD Workshop}, year = {2022},
    url = {https://arxiv.org/pdf/2210.08873.pdf}, code = {https://github.com/Zeng-WH/S2KG}}`);
  assert.deepEqual(scholarTags(e, SITE), [
    ["citation_title", "Semi-Supervised Knowledge-Grounded Pre-training for Task-Oriented Dialog Systems"],
    ["citation_author", "Zeng, Weihao"],
    ["citation_author", "He, Keqing"],
    ["citation_author", "Wang, Zechen"],
    ["citation_publication_date", "2022"],
    ["citation_conference_title", "EMNLP 2022 SereTOD Workshop"],
    ["citation_pdf_url", "https://arxiv.org/pdf/2210.08873.pdf"],
    ["citation_arxiv_id", "2210.08873"],
  ]);
});

test("a journal article gets journal, volume, issue, pages, full date, DOI and an absolute PDF address", () => {
  const e = one(String.raw`@article{j, title = {On {\"U}ber Graphs}, author = {M{\"u}ller, J{\"o}rg and Ann Lee},
    journal = {Journal of Tests}, volume = 12, number = 3, pages = {101--120}, date = {2021-05-04},
    doi = {10.1000/j.1}, pdf = {/files/j.pdf}}`);
  const tags = scholarTags(e, SITE);
  for (const [name] of tags) assert.ok(DOCUMENTED.has(name), name);
  assert.deepEqual(Object.fromEntries(tags.filter(([n]) => n !== "citation_author")), {
    citation_title: "On Über Graphs",
    citation_publication_date: "2021/05/04",
    citation_journal_title: "Journal of Tests",
    citation_volume: "12",
    citation_issue: "3",
    citation_firstpage: "101",
    citation_lastpage: "120",
    citation_pdf_url: "https://helicqin.github.io/files/j.pdf",
    citation_doi: "10.1000/j.1",
  });
  assert.deepEqual(
    tags.filter(([n]) => n === "citation_author").map(([, v]) => v),
    ["Müller, Jörg", "Lee, Ann"],
  );
});

test("theses and reports use their institution tags", () => {
  const t = scholarTags(one(`@phdthesis{t, title={T}, author={A B}, school={MIT}, year=2019}`));
  assert.deepEqual(
    t.find(([n]) => n === "citation_dissertation_institution"),
    ["citation_dissertation_institution", "MIT"],
  );
  const r = scholarTags(one(`@techreport{r, title={R}, author={A B}, institution={Lab}, number={TR-7}, year=2019}`));
  assert.deepEqual(r.slice(-2), [
    ["citation_technical_report_institution", "Lab"],
    ["citation_technical_report_number", "TR-7"],
  ]);
});

test("only conference papers get citation_conference_title (not a misc's howpublished or a chapter's book)", () => {
  const venueTags = (bib: string) => scholarTags(one(bib)).filter(([n]) => /_title$/.test(n) && n !== "citation_title");
  assert.deepEqual(venueTags(`@misc{m, title={M}, howpublished={Blog post}, year=2020}`), []);
  assert.deepEqual(venueTags(`@incollection{c, title={C}, booktitle={A Book}, year=2020}`), []);
  assert.deepEqual(venueTags(`@misc{w, title={W}, booktitle={NeurIPS Workshop}, year=2020}`), [
    ["citation_conference_title", "NeurIPS Workshop"],
  ]);
});

test("the head escapes attribute values and carries ScholarlyArticle JSON-LD that cannot close its script", () => {
  const e = one(
    String.raw`@article{q, title = {Quotes "and" </script> \& more}, author = {Ann Lee}, journal = {J}, year = 2020, doi = {10.1/x}}`,
  );
  const head = scholarHead(e, SITE, "/publications/q/");
  assert.match(head, /<meta name="citation_title" content="Quotes &quot;and&quot; &lt;\/script&gt; &amp; more">/);
  assert.equal(head.match(/<\/script>/g)?.length, 1);
  const json = JSON.parse(/<script type="application\/ld\+json">(.*)<\/script>/.exec(head)![1]!);
  assert.equal(json["@type"], "ScholarlyArticle");
  assert.equal(json.headline, 'Quotes "and" </script> & more');
  assert.deepEqual(json.author, [{ "@type": "Person", name: "Ann Lee" }]);
  assert.equal(json.url, "https://helicqin.github.io/publications/q/");
  assert.deepEqual(json.identifier, { "@type": "PropertyValue", propertyID: "DOI", value: "10.1/x" });
  assert.deepEqual(scholarlyArticle(e).datePublished, "2020");
});

test("academicpages front matter gives the same tags, authors taken from an APA citation", () => {
  const head = scholarHeadFromFrontMatter(
    {
      title: "Rank Aggregation by Dissatisfaction Minimisation",
      venue: "20th International Conference on Autonomous Agents and Multiagent Systems (AAMAS 2021)",
      date: new Date(Date.UTC(2021, 4, 3)),
      paperurl: "/files/aamas.pdf",
      citation:
        "Grivet Sébert, A., Maudet, N., & Perny, P. (2021, May). Rank Aggregation. In AAMAS (pp. 1518-1520). ACM.",
    },
    SITE,
    "/publication/2021-05-03-rank",
  );
  const names = [...head.matchAll(/<meta name="citation_author" content="([^"]*)">/g)].map((m) => m[1]);
  assert.deepEqual(names, ["Grivet Sébert, A.", "Maudet, N.", "Perny, P."]);
  assert.match(head, /<meta name="citation_publication_date" content="2021\/05\/03">/);
  assert.match(head, /<meta name="citation_conference_title" content="20th International Conference/);
  assert.match(head, /<meta name="citation_pdf_url" content="https:\/\/helicqin.github.io\/files\/aamas.pdf">/);
});

test("front matter with an authors list and a journal venue; no title gives no head", () => {
  const head = scholarHeadFromFrontMatter({
    title: "Paper 1",
    venue: "Journal 1",
    date: "2009-10-01",
    authors: "Paul Oh;Peter Allen",
    paperurl: "http://x.org/page",
  });
  assert.deepEqual(
    [...head.matchAll(/citation_author" content="([^"]*)"/g)].map((m) => m[1]),
    ["Oh, Paul", "Allen, Peter"],
  );
  assert.match(head, /citation_journal_title" content="Journal 1"/);
  // A first of the month stands for "day unknown" (academicpages needs a full date): the year alone.
  assert.match(head, /citation_publication_date" content="2009"/);
  assert.doesNotMatch(head, /citation_pdf_url/);
  assert.equal(scholarHeadFromFrontMatter({ venue: "J" }), "");
});

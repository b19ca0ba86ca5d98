// A whole build with the real engine: a site with a config, a home page and a .bib file gets the
// publications list, a page per paper and Google Scholar's tags in each paper page's head.
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { build } from "../../../src/build.js";
import type { Logger } from "../../../src/config/options.js";

const BIB = String.raw`@inproceedings{mou2022watch,
  title     = {Watch the Neighbors: A Unified K-Nearest Neighbor Contrastive Learning Framework for OOD Intent Discovery},
  author    = {Yutao Mou* and Keqing He* and Pei Wang and Yanan Wu and Jingang Wang and Wei Wu and Weiran Xu},
  booktitle = {EMNLP 2022},
  year      = {2022},
  url       = {https://arxiv.org/pdf/2210.08909.pdf},
  code      = {https://github.com/myt517/KCOD},
  note      = {oral},
  abstract  = {Out-of-domain intent discovery \{\{ page.title \}\} is hard; 50\% of Liquid-looking text stays text.}
}
@article{mueller2021,
  title   = {{\"U}ber Graphs},
  author  = {M{\"u}ller, J{\"o}rg and He, K.},
  journal = {Journal of Tests},
  year    = 2021, month = may,
  doi     = {10.1000/j.1}
}
`;

let root: string;
const warnings: string[] = [];
const logger: Logger = {
  info() {},
  debug() {},
  warn: (t, m) => void warnings.push(`${t} ${m}`),
  error: (t, m) => void warnings.push(`${t} ${m}`),
};

before(async () => {
  root = mkdtempSync(join(tmpdir(), "lectern-bibsite-"));
  const src = join(root, "src");
  mkdirSync(join(src, "_bibliography"), { recursive: true });
  writeFileSync(
    join(src, "_config.yml"),
    'title: "Keqing He"\nurl: "https://helicqin.github.io"\nscholar:\n  me: ["Keqing He", "K. He"]\n',
  );
  writeFileSync(join(src, "_bibliography", "papers.bib"), BIB);
  // The theme links every page to the home page; without one the build rightly hints at a dead link.
  writeFileSync(join(src, "index.md"), "---\ntitle: Home\n---\nWelcome.\n");
  // A page of the site's own, listing the entries through Liquid.
  writeFileSync(
    join(src, "mine.md"),
    "---\nlayout: none\n---\n{% for p in site.bibliography %}{{ p.year }}|{{ p.authors_html }}|{% endfor %}\n{% assign g = site.data.bibliography | group_by: 'year' %}{{ g.size }} years\n",
  );
  writeFileSync(
    join(src, "own.html"),
    "---\nlayout: none\n---\n{{ site.bibliography | where: 'type', 'article' | bib_list: 'none' }}",
  );
  await build({ source: src, destination: join(root, "_site"), logger, time: new Date(Date.UTC(2027, 0, 1)) });
});
after(() => rmSync(root, { recursive: true, force: true }));

const read = (path: string) => readFileSync(join(root, "_site", path), "utf8");

test("the list page shows every paper, newest first, owner highlighted, Liquid-looking text kept as text", () => {
  assert.deepEqual(warnings, []);
  const html = read("publications/index.html");
  const items = html.split('<article class="archive__item bib-entry"').slice(1);
  assert.equal(items.length, 2);
  assert.match(items[1]!, /Über Graphs/);
  assert.match(items[1]!, /<strong class="author-me">K\. He<\/strong>/);
  assert.match(items[0]!, /<strong class="author-me">Keqing He<\/strong><sup class="author-cofirst"/);
  assert.match(items[0]!, /<span class="bib-badge">oral<\/span>/);
  assert.match(items[0]!, /discovery \{\{ page\.title \}\} is hard; 50% of Liquid-looking text stays text\./);
  assert.match(html, /<title>Publications - Keqing He<\/title>/);
});

test("each paper page carries citation_* tags and ScholarlyArticle JSON-LD in its head", () => {
  const html = read("publications/mou2022watch/index.html");
  const head = html.slice(0, html.indexOf("</head>"));
  const authors = [...head.matchAll(/<meta name="citation_author" content="([^"]*)">/g)].map((m) => m[1]);
  assert.deepEqual(authors, [
    "Mou, Yutao",
    "He, Keqing",
    "Wang, Pei",
    "Wu, Yanan",
    "Wang, Jingang",
    "Wu, Wei",
    "Xu, Weiran",
  ]);
  assert.match(
    head,
    /<meta name="citation_title" content="Watch the Neighbors: A Unified K-Nearest Neighbor Contrastive Learning Framework for OOD Intent Discovery">/,
  );
  assert.match(head, /<meta name="citation_publication_date" content="2022">/);
  assert.match(head, /<meta name="citation_conference_title" content="EMNLP 2022">/);
  assert.match(head, /<meta name="citation_pdf_url" content="https:\/\/arxiv.org\/pdf\/2210.08909.pdf">/);
  assert.match(head, /<meta name="citation_arxiv_id" content="2210.08909">/);
  assert.match(head, /"@type":"ScholarlyArticle"/);
  const journal = read("publications/mueller2021/index.html");
  assert.match(journal, /<meta name="citation_journal_title" content="Journal of Tests">/);
  assert.match(journal, /<meta name="citation_doi" content="10.1000\/j.1">/);
  assert.ok(existsSync(join(root, "_site", "publications", "mueller2021", "index.html")));
});

test("a site's own Liquid sees the entries as site.bibliography and site.data.bibliography", () => {
  const html = read("mine.html");
  assert.match(
    html,
    /^<p>2022\|Yutao Mou<sup class="author-cofirst" title="Equal contribution">\*<\/sup>, <strong class="author-me">Keqing He<\/strong>.*\|2021\|Jörg Müller, <strong class="author-me">K\. He<\/strong>\|\n2 years<\/p>/s,
  );
});

test("a site's own page can render entries with the bib_list filter", () => {
  const html = read("own.html");
  assert.equal(html.split('<article class="archive__item bib-entry"').length - 1, 1);
  assert.match(html, /<a href="\/publications\/mueller2021\/">Über Graphs<\/a>/);
  assert.doesNotMatch(html, /archive__subtitle/);
});

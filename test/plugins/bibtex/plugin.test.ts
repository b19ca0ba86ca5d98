import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import plugin, { highlightAuthors } from "../../../src/plugins/bibtex/plugin.js";
import type { GeneratedPage, GeneratorSite, PluginApi } from "../../../src/plugins/types.js";

interface Run {
  pages: GeneratedPage[];
  data: Record<string, unknown>;
  warnings: string[];
  filters: Record<string, (...a: any[]) => unknown>;
}

/** Runs the plugin's setup and generator against an in-memory site (the engine's GeneratorSite contract). */
async function run(
  source: string,
  config: Record<string, unknown>,
  docs: Record<string, Array<{ relativePath: string; url: string; data: Record<string, unknown> }>> = {},
  takenUrls: string[] = [],
): Promise<Run> {
  const out: Run = { pages: [], data: {}, warnings: [], filters: {} };
  const generators: Array<(s: GeneratorSite) => void | Promise<void>> = [];
  const api = {
    site: {} as PluginApi["site"],
    config,
    source,
    hook() {},
    generator: (fn) => void generators.push(fn),
    registerFilter: (name, fn) => void (out.filters[name] = fn),
    registerTag() {},
    registerConverter() {},
    warn: (m, file, line) => void out.warnings.push(`${file ?? ""}:${line ?? ""}: ${m}`),
  } as PluginApi;
  await plugin.setup(api);
  const view = {
    site: { pages: takenUrls.map((url) => ({ url })), collections: new Map() } as unknown as GeneratorSite["site"],
    config,
    data: out.data,
    addPage: (p: GeneratedPage) => {
      out.pages.push(p);
      return {} as ReturnType<GeneratorSite["addPage"]>;
    },
    documents: (label: string) => docs[label] ?? [],
  } as GeneratorSite;
  for (const g of generators) await g(view);
  return out;
}

const EXAMPLE = new URL("../../../../example/", import.meta.url).pathname;
const EXAMPLE_CONFIG = {
  url: "https://helicqin.github.io",
  baseurl: "",
  scholar: { me: ["Keqing He", "K. He"], co_first_mark: "*" },
};

test("the example's publications page lists all 37 papers, Keqing He highlighted in each", async () => {
  const { pages, data, warnings } = await run(EXAMPLE, EXAMPLE_CONFIG);
  assert.deepEqual(warnings, []);
  const list = pages.find((p) => p.url === "/publications/")!;
  assert.equal(list.frontMatter.title, "Publications");
  const items = list.content.split('<article class="archive__item bib-entry"').slice(1);
  assert.equal(items.length, 37);
  for (const item of items) assert.match(item, /<strong class="author-me">Keqing He<\/strong>/);
  const headings = [...list.content.matchAll(/<h2 class="archive__subtitle"[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
  assert.deepEqual(headings, ["2025", "2024", "2023", "2022", "2021", "2020"]);
  assert.match(list.content, /<span class="bib-badge">oral<\/span>/);
  assert.match(list.content, /<article class="archive__item bib-entry" id="bib-liu2023deita">/);
  const bibliography = data.bibliography as Array<Record<string, unknown>>;
  assert.equal(bibliography.length, 37);
  assert.ok(bibliography.every((e) => e.me === true));
  const paperPages = pages.filter((p) => /^\/publications\/[^/]+\/$/.test(p.url));
  assert.equal(paperPages.length, 37);
  for (const p of paperPages) {
    const head = String(p.frontMatter.scholar_head);
    assert.match(head, /<meta name="citation_title" content="[^"]+">/, p.url);
    assert.match(head, /<meta name="citation_author" content="He, Keqing">/, p.url);
    assert.match(head, /<meta name="citation_publication_date" content="20(2[0-5])">/, p.url);
    assert.match(head, /<meta name="citation_(conference|journal)_title" content="[^"]+">/, p.url);
  }
});

test("each paper page carries Scholar's tags in page.scholar_head, the abstract-less body and the BibTeX", async () => {
  const { pages } = await run(EXAMPLE, EXAMPLE_CONFIG);
  const page = pages.find((p) => p.url === "/publications/liu2023deita/")!;
  const head = String(page.frontMatter.scholar_head);
  const tags = [...head.matchAll(/<meta name="([^"]+)" content="([^"]*)">/g)].map((m) => [m[1], m[2]]);
  assert.deepEqual(tags, [
    [
      "citation_title",
      "What Makes Good Data for Alignment? A Comprehensive Study of Automatic Data Selection in Instruction Tuning",
    ],
    ["citation_author", "Liu, Wei"],
    ["citation_author", "Zeng, Weihao"],
    ["citation_author", "He, Keqing"],
    ["citation_author", "Jiang, Yong"],
    ["citation_author", "He, Junxian"],
    ["citation_publication_date", "2023"],
    ["citation_conference_title", "ICLR 2023"],
    ["citation_pdf_url", "https://arxiv.org/pdf/2312.15685.pdf"],
    ["citation_arxiv_id", "2312.15685"],
  ]);
  assert.match(head, /"@type":"ScholarlyArticle"/);
  assert.match(head, /"url":"https:\/\/helicqin.github.io\/publications\/liu2023deita\/"/);
  assert.equal(page.renderWithLiquid, false);
  assert.equal(page.frontMatter.layout, "single");
  assert.match(page.content, /<h2 id="bibtex">BibTeX<\/h2>/);
  assert.match(page.content, /@inproceedings\{liu2023deita,/);
  assert.match(page.content, /<button type="button" class="btn bib-copy">Copy<\/button>/);
  assert.match(page.content, /Wei Liu<sup class="author-cofirst"[^>]*>\*<\/sup>/);
});

test("a site's own /publications/ page wins; group_by and publication_category are honoured", async () => {
  const taken = await run(EXAMPLE, EXAMPLE_CONFIG, {}, ["/publications/"]);
  assert.equal(
    taken.pages.some((p) => p.url === "/publications/"),
    false,
  );
  const byCategory = await run(EXAMPLE, {
    ...EXAMPLE_CONFIG,
    publication_category: { manuscripts: { title: "Journal Articles" }, conferences: { title: "Conference Papers" } },
  });
  const list = byCategory.pages.find((p) => p.url === "/publications/")!;
  const headings = [...list.content.matchAll(/<h2 class="archive__subtitle"[^>]*>([^<]*)<\/h2>/g)].map((m) => m[1]);
  assert.deepEqual(headings, ["Journal Articles", "Conference Papers"]);
  const flat = await run(EXAMPLE, {
    ...EXAMPLE_CONFIG,
    scholar: { ...EXAMPLE_CONFIG.scholar, group_by: "none", paper_url: false },
  });
  assert.equal(flat.pages.length, 1);
  assert.doesNotMatch(flat.pages[0]!.content, /archive__subtitle/);
  assert.doesNotMatch(flat.pages[0]!.content, /<a href="\/publications\//);
});

test("a broken .bib entry is a warning with file and line; the other entries are still published", async () => {
  const site = mkdtempSync(join(tmpdir(), "lectern-bib-"));
  try {
    mkdirSync(join(site, "_bibliography"));
    writeFileSync(
      join(site, "_bibliography", "a.bib"),
      "@article{good, title={Good}, author={Keqing He}, journal={J}, year=2020}\n\n@article{bad,\n  title = {Never closed,\n  year = 2021\n",
    );
    const { pages, warnings } = await run(site, { baseurl: "/site" });
    assert.equal(warnings.length, 1);
    assert.match(warnings[0]!, /^_bibliography\/a\.bib:3: BibTeX: /);
    const list = pages.find((p) => p.url === "/publications/")!;
    assert.match(list.content, /<a href="\/site\/publications\/good\/">Good<\/a>/);
    // No `scholar.me`: nobody is highlighted.
    assert.doesNotMatch(list.content, /author-me/);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

test("academicpages _publications documents get scholar_head from their front matter", async () => {
  const data: Record<string, unknown> = {
    title: "Paper Title Number 1",
    venue: "Journal 1",
    date: new Date(Date.UTC(2009, 9, 1)),
    paperurl: "http://academicpages.github.io/files/paper1.pdf",
    citation: "Your Name, You. (2009). &quot;Paper Title Number 1.&quot; <i>Journal 1</i>. 1(1).",
  };
  const none = mkdtempSync(join(tmpdir(), "lectern-nobib-"));
  try {
    const { pages } = await run(
      none,
      { url: "https://x.org" },
      {
        publications: [
          {
            relativePath: "_publications/2009-10-01-paper-title-number-1.md",
            url: "/publication/2009-10-01-paper-title-number-1",
            data,
          },
        ],
      },
    );
    assert.equal(pages.length, 0);
    assert.match(String(data.scholar_head), /<meta name="citation_title" content="Paper Title Number 1">\n/);
    assert.match(String(data.scholar_head), /<meta name="citation_publication_date" content="2009">/);
    assert.match(String(data.scholar_head), /<meta name="citation_journal_title" content="Journal 1">/);
    assert.match(
      String(data.scholar_head),
      /<meta name="citation_pdf_url" content="http:\/\/academicpages.github.io\/files\/paper1.pdf">/,
    );
    const undated: Record<string, unknown> = { title: "Dated by its name", venue: "Journal 2" };
    await run(
      none,
      {},
      {
        publications: [{ relativePath: "_publications/2021-05-04-named.md", url: "/publication/named", data: undated }],
      },
    );
    assert.match(String(undated.scholar_head), /<meta name="citation_publication_date" content="2021\/05\/04">/);
  } finally {
    rmSync(none, { recursive: true, force: true });
  }
});

test("the highlight_authors filter marks the owner in front-matter author strings", async () => {
  const { filters } = await run(EXAMPLE, EXAMPLE_CONFIG);
  assert.equal(
    filters.highlight_authors!("Yutao Mou*, Keqing He*, Pei Wang"),
    'Yutao Mou<sup class="author-cofirst" title="Equal contribution">*</sup>, <strong class="author-me">Keqing He</strong><sup class="author-cofirst" title="Equal contribution">*</sup>, Pei Wang',
  );
  assert.equal(
    highlightAuthors(["He, K.", "Lee, Ann"], { me: ["Keqing He"], coFirstMark: "*" }),
    '<strong class="author-me">K. He</strong>, Ann Lee',
  );
});

test("the highlight_me filter marks the owner inside an academicpages citation, not inside tags", async () => {
  const { filters } = await run(EXAMPLE, EXAMPLE_CONFIG);
  const citation =
    'Mou, Y., He, K., &amp; Xu, W. (2022). &quot;Watch the Neighbors.&quot; <i>EMNLP 2022</i>. <a href="/k-he">Keqing He</a>';
  assert.equal(
    filters.highlight_me!(citation),
    'Mou, Y., <strong class="author-me">He, K.</strong>, &amp; Xu, W. (2022). &quot;Watch the Neighbors.&quot; <i>EMNLP 2022</i>. <a href="/k-he"><strong class="author-me">Keqing He</strong></a>',
  );
  assert.equal(filters.highlight_me!("Junxian He and Keqing Hei"), "Junxian He and Keqing Hei");
});

test("keys that differ only in punctuation or case still get distinct paper pages; an untitled entry shows its key", async () => {
  const site = mkdtempSync(join(tmpdir(), "lectern-bib-"));
  try {
    mkdirSync(join(site, "_bibliography"));
    writeFileSync(
      join(site, "_bibliography", "a.bib"),
      "@misc{he:2020, title={One}, year=2020}\n@misc{he-2020, title={Two}, year=2020}\n@misc{HE-2020, year=2020}\n",
    );
    const { pages } = await run(site, {});
    assert.deepEqual(
      pages.map((p) => p.url),
      ["/publications/he-2020/", "/publications/he-2020-2/", "/publications/HE-2020-3/", "/publications/"],
    );
    assert.equal(pages[2]!.frontMatter.title, "HE-2020");
    assert.match(pages[3]!.content, /<a href="\/publications\/HE-2020-3\/">HE-2020<\/a>/);
  } finally {
    rmSync(site, { recursive: true, force: true });
  }
});

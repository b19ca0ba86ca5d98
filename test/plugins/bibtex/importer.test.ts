import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readFileSync, readdirSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse as parseYaml } from "yaml";
import { parseBibtex } from "../../../src/plugins/bibtex/parse.js";
import { toBibEntry } from "../../../src/plugins/bibtex/entry.js";
import { importPublications, publicationFile, slugify } from "../../../src/plugins/bibtex/importer.js";
import { scholarTags } from "../../../src/plugins/bibtex/scholar-head.js";
import { entryFromFrontMatter } from "../../../src/plugins/bibtex/front-matter-head.js";
import importCommand from "../../../src/cli/commands/import.js";

const BIB = String.raw`@inproceedings{liu2023deita,
  title = {What Makes Good Data for Alignment? A Comprehensive Study of Automatic Data Selection in Instruction Tuning},
  author = {Wei Liu\* and Weihao Zeng\* and Keqing He and Yong Jiang and Junxian He},
  booktitle = {ICLR 2023}, year = {2023}, month = {dec},
  url = {https://arxiv.org/pdf/2312.15685.pdf}, code = {https://github.com/hkust-nlp/deita},
  abstract = {Data engineering matters. We study it.}
}
@article{mueller2020, title = {{\"U}ber "Quotes": Colons and 'Apostrophes'}, author = {M{\"u}ller, J{\"o}rg}, journal = {Journal of Tests}, year = 2020, pdf = {/files/m.pdf}}`;
const entries = parseBibtex(BIB, "papers.bib").entries.map((p) => toBibEntry(p));

function frontMatter(content: string): Record<string, unknown> {
  return parseYaml(/^---\n([\s\S]*?)\n---\n/.exec(content)![1]!) as Record<string, unknown>;
}

test("a document has academicpages' front matter, a dated file name and the abstract and links as body", () => {
  const file = publicationFile(entries[0]!);
  assert.equal(file.name, "2023-12-01-what-makes-good-data-for-alignment-a-comprehensive-study-of.md");
  const fm = frontMatter(file.content);
  assert.deepEqual(fm, {
    title:
      "What Makes Good Data for Alignment? A Comprehensive Study of Automatic Data Selection in Instruction Tuning",
    collection: "publications",
    category: "conferences",
    permalink: "/publication/2023-12-01-what-makes-good-data-for-alignment-a-comprehensive-study-of",
    excerpt: "Data engineering matters.",
    date: "2023-12-01",
    venue: "ICLR 2023",
    paperurl: "https://arxiv.org/pdf/2312.15685.pdf",
    codeurl: "https://github.com/hkust-nlp/deita",
    bibtex_key: "liu2023deita",
    citation:
      "Wei Liu*, Weihao Zeng*, Keqing He, Yong Jiang, Junxian He. (2023). &quot;What Makes Good Data for Alignment? A Comprehensive Study of Automatic Data Selection in Instruction Tuning.&quot; <i>ICLR 2023</i>.",
  });
  assert.match(file.content, /^date: 2023-12-01$/m);
  assert.match(
    file.content,
    /\n---\n\nData engineering matters\. We study it\.\n\n\[Paper\]\(https:\/\/arxiv\.org\/pdf\/2312\.15685\.pdf\) · \[Code\]\(https:\/\/github\.com\/hkust-nlp\/deita\)\n$/,
  );
});

test("round trip: the imported front matter gives the same Scholar tags as the BibTeX entry", () => {
  for (const e of entries) {
    const fm = frontMatter(publicationFile(e).content);
    assert.equal(fm.title, e.title);
    const back = entryFromFrontMatter(fm)!;
    // The arXiv id is not carried by academicpages front matter (its PDF address is).
    const keep = (tags: [string, string][]) => tags.filter(([n]) => n !== "citation_arxiv_id");
    assert.deepEqual(keep(scholarTags(back)), keep(scholarTags(e)), e.key);
  }
});

test("slugs are ASCII words", () => {
  assert.equal(slugify("Über \"Quotes\": Colons and 'Apostrophes'"), "uber-quotes-colons-and-apostrophes");
});

test("importing twice changes nothing; an edited file is kept, a deleted one written again", () => {
  const dir = mkdtempSync(join(tmpdir(), "lectern-import-"));
  try {
    const first = importPublications(entries, dir);
    assert.deepEqual(
      first.map((o) => o.status),
      ["written", "written"],
    );
    assert.deepEqual(
      importPublications(entries, dir).map((o) => o.status),
      ["unchanged", "unchanged"],
    );
    const edited = first[0]!.path;
    writeFileSync(edited, readFileSync(edited, "utf8") + "\nMy own notes.\n");
    rmSync(first[1]!.path);
    assert.deepEqual(
      importPublications(entries, dir).map((o) => o.status),
      ["kept", "written"],
    );
    assert.match(readFileSync(edited, "utf8"), /My own notes\./);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("lectern import bibtex FILE --into DIR -s SITE writes the documents and reports edited files", async () => {
  const site = mkdtempSync(join(tmpdir(), "lectern-site-"));
  const logs: string[] = [];
  const log = console.log;
  console.log = (...a: unknown[]) => void logs.push(a.join(" "));
  try {
    writeFileSync(join(site, "refs.bib"), BIB);
    assert.equal(await importCommand.run(["bibtex", join(site, "refs.bib"), "--into", "_pubs", "-s", site]), 0);
    const names = readdirSync(join(site, "_pubs")).sort();
    assert.deepEqual(names, [
      "2020-01-01-uber-quotes-colons-and-apostrophes.md",
      "2023-12-01-what-makes-good-data-for-alignment-a-comprehensive-study-of.md",
    ]);
    writeFileSync(join(site, "_pubs", names[0]!), "---\ntitle: mine\n---\n");
    logs.length = 0;
    assert.equal(await importCommand.run(["bibtex", join(site, "refs.bib"), "--into", "_pubs", "-s", site]), 0);
    assert.ok(
      logs.some((l) => l.startsWith("kept (edited): ") && l.endsWith(names[0]!)),
      logs.join("\n"),
    );
    assert.equal(readFileSync(join(site, "_pubs", names[0]!), "utf8"), "---\ntitle: mine\n---\n");
    assert.equal(await importCommand.run(["bibtex"]), 2);
  } finally {
    console.log = log;
    rmSync(site, { recursive: true, force: true });
  }
});

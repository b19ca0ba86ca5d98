/**
 * A small jekyll-scholar site of ours built end to end. The expected HTML follows what jekyll-scholar writes (its
 * render_items/render_groups/cite, read from its source) and the APA text GitHub-built al-folio sites show for
 * such entries ("Girons Lopez, M., Crochemore, L., & Pechlivanidis, I. G. (2021). Title. Journal, 25(3), 1189–1209.").
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, existsSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { build } from "../../../src/index.js";

const FILES: Record<string, string> = {
  "_config.yml": [
    "title: t",
    "permalink: /blog/:year/:title/",
    "plugins: [jekyll/scholar]",
    "scholar:",
    "  style: apa",
    "  locale: en",
    "  source: /_bibliography/",
    "  bibliography: papers.bib",
    "  bibliography_template: bib",
    "  bibtex_filters: [latex, smallcaps, superscript]",
    "  details_layout: bibtex.html",
    "",
  ].join("\n"),
  "_bibliography/papers.bib": [
    "@article{girons2021,",
    "  title = {Benchmarking a Hydrological Model},",
    "  author = {Girons Lopez, Marc and Crochemore, Louise and Pechlivanidis, Ilias G.},",
    "  journal = {Hydrology and Earth System Sciences},",
    "  volume = {25}, number = {3}, pages = {1189--1209}, year = {2021},",
    "  selected = true, abbr = {HESS},",
    "}",
    "@misc{old2019,",
    "  title = {An \\textsc{Old} Note},",
    "  author = {Doe, Jane},",
    "  year = {2019},",
    "}",
    "",
  ].join("\n"),
  "_layouts/bib.html":
    '---\n---\n<div id="{{entry.key}}">{{ entry.abbr }}|{{ entry.title }}|{{ entry.author_array[0].last }}|{{index}}|{{reference}}</div>',
  "index.html": [
    "---",
    "layout: none",
    "---",
    "SEL:{% bibliography -f papers -q @*[selected=true]* %}",
    "YEAR:{% assign y = 2019 %}{% bibliography -f papers -q @*[year={{y}}]* %}",
    "GROUP:{% bibliography --group_by year %}",
    "MAX:{% bibliography --max 1 --template {{reference}} %}",
    "CITE:{% cite girons2021 %} {% cite nope %}",
    "REF:{% reference old2019 %}",
    "COUNT:{% bibliography_count -q @misc %}",
    "",
  ].join("\n"),
};

let dir: string;
let out: string;
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "lectern-scholar-"));
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, "src", name, ".."), { recursive: true });
    writeFileSync(join(dir, "src", name), text);
  }
  const logger = { info() {}, debug() {}, error() {}, warn() {} };
  await build({ source: join(dir, "src"), destination: join(dir, "out"), logger });
  out = readFileSync(join(dir, "out", "index.html"), "utf8");
});
after(() => rmSync(dir, { recursive: true, force: true }));

const APA_2021 =
  '<span id="girons2021">Girons Lopez, M., Crochemore, L., &amp; Pechlivanidis, I. G. (2021). Benchmarking a Hydrological Model. <i>Hydrology and Earth System Sciences</i>, <i>25</i>(3), 1189–1209.</span>';

function line(prefix: string): string {
  return out.split("\n").find((l) => l.startsWith(prefix))!;
}

test('{% bibliography -q @*[selected=true]* %} renders each entry through the site\'s template inside <ol class="bibliography">', () => {
  assert.equal(
    line("SEL:"),
    `SEL:<ol class="bibliography"><li><div id="girons2021">HESS|Benchmarking a Hydrological Model|Girons Lopez|1|${APA_2021}</div></li></ol>`,
  );
});

test("a query with {{ y }} reads the variable; filters run in the site's order (latex first strips \\textsc's braces, as in Ruby)", () => {
  assert.match(line("YEAR:"), /<div id="old2019">\|An \\textscOld Note\|Doe\|1\|/);
});

test("--group_by year: a heading per group, in ascending order, then its list", () => {
  const g = out.slice(out.indexOf("GROUP:"), out.indexOf("MAX:"));
  assert.match(g, /^GROUP:<h2 class="bibliography">2019<\/h2>\n<ol class="bibliography"><li><div id="old2019">/);
  assert.match(g, /<\/ol>\n<h2 class="bibliography">2021<\/h2>\n<ol class="bibliography"><li><div id="girons2021">/);
});

test("--max 1 with --template: the first entry only, through the given template", () => {
  assert.equal(line("MAX:"), `MAX:<ol class="bibliography"><li>${APA_2021}</li></ol>`);
});

test("{% cite %} links to the reference with an APA in-text citation; an unknown key is the missing reference", () => {
  assert.equal(
    line("CITE:"),
    'CITE:<a class="citation" href="#girons2021">(Girons Lopez et al., 2021)</a> (missing reference)',
  );
});

test("{% reference %} and {% bibliography_count %}", () => {
  assert.match(line("REF:"), /^REF:<span id="old2019">Doe, J\. \(2019\)\. <i>An \\textscOld Note<\/i>\.<\/span>$/);
  assert.equal(line("COUNT:"), "COUNT:1");
});

test("with jekyll-scholar, Lectern's own BibTeX plugin adds no pages; no details pages without the details layout", () => {
  assert.equal(existsSync(join(dir, "out", "publications")), false);
  assert.equal(existsSync(join(dir, "out", "bibliography")), false);
});

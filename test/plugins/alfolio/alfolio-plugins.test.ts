/**
 * al-folio's own `_plugins/*.rb` and small gems, recognised by name: what each does, as its Ruby source does it
 * (hideCustomBibtex's gsub, file-exists' File.exist?, details' Markdown, I18n.transliterate, jekyll-regex-replace).
 */
import { test, before, after } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { build } from "../../../src/index.js";
import { transliterate } from "../../../src/plugins/alfolio/filters.js";

const FILES: Record<string, string> = {
  "_config.yml":
    "title: t\nplugins: [jekyll-regex-replace, jekyll-email-protect]\nfiltered_bibtex_keywords: [abbr, selected]\n",
  "_plugins/hideCustomBibtex.rb": "# Ruby\n",
  "_plugins/remove-accents.rb": "# Ruby\n",
  "_plugins/file-exists.rb": "# Ruby\n",
  "_plugins/details.rb": "# Ruby\n",
  "assets/img/a.png": "x",
  "index.html": [
    "---",
    "layout: none",
    "---",
    "{% capture bib %}@article{k,\n  abbr = {X},\n  title = {T},\n  selected = {true},\n}{% endcapture %}[{{ bib | hideCustomBibtex }}]",
    "[{{ 'Gómez Łukasz' | remove_accents }}]",
    "[{% assign p = 'a.png' %}{% file_exists assets/img/{{ p }} %}][{% file_exists assets/img/none.png %}]",
    "[{{ 'Lee*† and Kim' | regex_replace: '([*∗†‡§¶‖&^]+)', '<sup>\\1</sup>' }}]",
    "[{{ 'a.b@c.de' | encode_email }}]",
    "{% details Click *here* %}Some **bold**{% enddetails %}",
    "",
  ].join("\n"),
};

let dir: string;
let out: string[];
before(async () => {
  dir = mkdtempSync(join(tmpdir(), "lectern-alfolio-"));
  for (const [name, text] of Object.entries(FILES)) {
    mkdirSync(join(dir, "src", name, ".."), { recursive: true });
    writeFileSync(join(dir, "src", name), text);
  }
  const logger = { info() {}, debug() {}, error() {}, warn() {} };
  await build({ source: join(dir, "src"), destination: join(dir, "out"), logger });
  out = readFileSync(join(dir, "out", "index.html"), "utf8").split("\n");
});
after(() => rmSync(dir, { recursive: true, force: true }));

test("hideCustomBibtex drops the lines of the listed fields", () => {
  assert.deepEqual(out.slice(0, 3), ["[@article{k,", "  title = {T},", "}]"]);
});

test("remove_accents, file_exists, regex_replace with \\1, encode_email", () => {
  assert.equal(out[3], "[Gomez Lukasz]");
  assert.equal(out[4], "[true][false]");
  assert.equal(out[5], "[Lee<sup>*†</sup> and Kim]");
  assert.equal(out[6], "[%61.%62@%63.%64%65]");
});

test("{% details %} writes <details> with the caption and body through Markdown", () => {
  assert.equal(
    out.slice(7).join("\n").trim(),
    "<details><summary>Click <em>here</em></summary><p>Some <strong>bold</strong></p>\n</details>",
  );
});

test("transliterate spells out letters without a decomposition", () => {
  assert.equal(transliterate("Straße Ærø"), "Strasse AEro");
});

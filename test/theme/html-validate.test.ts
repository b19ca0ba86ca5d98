// Every themed page of the example site, the `lectern new` starter and the showcase fixture is valid HTML (html-validate,
// recommended rules; test/theme/htmlvalidate.json turns off only whitespace/doctype style and the SEO
// advice that titles stay under 70 characters (paper titles are longer), allows inline styles (kramdown
// writes style="text-align: right" for aligned table columns; the hero takes header.overlay_color), and accepts
// kramdown's footnote ids such as "fn:1", which HTML allows).
import { after, before, test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { HtmlValidate, type ConfigData } from "html-validate";
import { packageRoot } from "../../src/theme/index.js";
import { buildExample, buildShowcase, buildStarter, type BuiltSite } from "./helpers.js";
import { themedPages } from "./pages.js";

const config = JSON.parse(
  readFileSync(join(packageRoot(), "test", "theme", "htmlvalidate.json"), "utf8"),
) as ConfigData;
const validator = new HtmlValidate(config);
const sites: Record<string, BuiltSite> = {};

before(async () => {
  sites.example = await buildExample();
  sites.starter = await buildStarter();
  sites.showcase = await buildShowcase();
});
after(() => {
  for (const s of Object.values(sites)) s.cleanup();
});

for (const name of ["example", "starter", "showcase"]) {
  test(`every ${name} page is valid HTML`, async () => {
    const pages = themedPages(sites[name]!.dir);
    assert.ok(pages.length >= 3, `expected pages in the ${name} build`);
    const problems: string[] = [];
    for (const page of pages) {
      const report = await validator.validateString(page.html, page.file);
      for (const result of report.results) {
        for (const m of result.messages) problems.push(`${page.file}:${m.line}:${m.column} ${m.ruleId}: ${m.message}`);
      }
    }
    assert.deepEqual(problems, []);
  });
}

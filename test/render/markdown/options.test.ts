import { test } from "node:test";
import assert from "node:assert/strict";
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { parse } from "yaml";
import { renderMarkdown, markdownOptionsFromConfig } from "../../../src/render/markdown/index.js";
import { normalizeHtml } from "../../../src/compare/normalize.js";

// Each folder holds a site `_config.yml`; output.html is what Jekyll made of input.md with it
// (scripts/regen-markdown-golden.sh).
const DIR = fileURLToPath(new URL("../../../../test/render/markdown/options/", import.meta.url));
const input = readFileSync(join(DIR, "input.md"), "utf8");

for (const name of readdirSync(DIR).filter((n) => !n.includes("."))) {
  test(`site kramdown options are honoured as Jekyll does: ${name}`, () => {
    const config = parse(readFileSync(join(DIR, name, "_config.yml"), "utf8")) as Record<string, unknown>;
    const expected = readFileSync(join(DIR, name, "output.html"), "utf8");
    assert.equal(normalizeHtml(renderMarkdown(input, markdownOptionsFromConfig(config))), normalizeHtml(expected));
  });
}

test("without a kramdown: key, Jekyll's defaults apply (GFM, auto ids, smart quotes, Rouge, guess_lang)", () => {
  const o = markdownOptionsFromConfig({});
  assert.equal(o.input, "GFM");
  assert.equal(o.auto_ids, true);
  assert.equal(o.hard_wrap, false);
  assert.equal(o.syntax_highlighter, "rouge");
  assert.equal(o.default_lang, "plaintext");
  assert.equal(o.guess_lang, true);
  assert.deepEqual(o.smart_quotes, ["lsquo", "rsquo", "ldquo", "rdquo"]);
});

test("renderMarkdown accepts camelCase option names too", () => {
  assert.equal(renderMarkdown("## Hi", { autoIds: false }), "<h2>Hi</h2>\n");
  assert.equal(renderMarkdown("## Hi", { auto_ids: false }), "<h2>Hi</h2>\n");
});

/**
 * Golden test: each page of test/fixtures/liquid/site is rendered by our engine and compared, line by
 * line, with what real Jekyll 4.3 wrote for it (test/fixtures/liquid/expected, made by
 * scripts/regen-liquid-golden.sh). The site model is not ours to test here, so the scope is built
 * by hand from the fixture's _config.yml and each page's front matter.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import YAML from "yaml";
import { createJekyllLiquid, withFixedZone, type LiquidHost } from "../../../src/render/liquid/index.js";
import { RubyDate } from "../../../src/ruby/date.js";
import { renderMarkdown } from "../../../src/render/markdown/index.js";

const root = path.resolve(import.meta.dirname, "../../../../test/fixtures/liquid");
const site = path.join(root, "site");

/** YAML as Psych reads it for these fixtures: 1.1 scalars, date-only values as Ruby Dates. */
function readYaml(text: string): Record<string, unknown> {
  const doc = YAML.parseDocument(text, { schema: "yaml-1.1" });
  YAML.visit(doc, {
    Scalar(_key, node) {
      if (!(node.value instanceof Date)) return;
      const src = node.source ?? "";
      const m = /^(\d{4})-(\d{2})-(\d{2})$/.exec(src);
      if (m) node.value = new RubyDate(Number(m[1]), Number(m[2]), Number(m[3]));
      // Psych keeps an explicit zone: "Z" is UTC, "+02:00" a fixed offset; no zone means local time.
      else if (/Z$/i.test(src)) withFixedZone(node.value, "UTC");
      else {
        const z = /([+-])(\d{1,2})(?::?(\d{2}))?$/.exec(src.replace(/^\d{4}-\d{2}-\d{2}/, ""));
        if (z) withFixedZone(node.value, (z[1] === "-" ? -1 : 1) * (Number(z[2]) * 60 + Number(z[3] ?? 0)));
      }
    },
  });
  return (doc.toJS() ?? {}) as Record<string, unknown>;
}

function splitFrontMatter(text: string): { data: Record<string, unknown>; body: string; lines: number } {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n/.exec(text);
  if (!m) return { data: {}, body: text, lines: 0 };
  return { data: readYaml(m[1]!), body: text.slice(m[0].length), lines: m[0].split("\n").length - 1 };
}

const config = readYaml(fs.readFileSync(path.join(site, "_config.yml"), "utf8"));
const host: LiquidHost = {
  source: site,
  includeDirs: [path.join(site, "_includes")],
  config,
  markdownify: (text) => renderMarkdown(text, config),
  postUrl: (name) => (name === "2020-01-02-hello" ? "/2020/01/02/hello.html" : undefined),
  linkUrl: (p) => (p === "linked.md" ? "/linked/" : undefined),
};
const engine = createJekyllLiquid(host);

for (const name of fs.readdirSync(path.join(root, "expected")).sort()) {
  test(`Liquid golden: ${name} renders as Jekyll does`, () => {
    const source = fs.readFileSync(path.join(site, name), "utf8");
    const { data, body, lines } = splitFrontMatter(source);
    const page = { ...data, path: name, name };
    const out = engine.renderString(
      body,
      { site: config, page },
      { file: name, lineOffset: lines, fileSource: source },
    );
    const expected = fs.readFileSync(path.join(root, "expected", name), "utf8");
    assert.deepEqual(out.split("\n"), expected.split("\n"));
  });
}

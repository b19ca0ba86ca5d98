import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { splitFrontMatter } from "../../src/read/front-matter.js";
import { parseYaml } from "../../src/ruby/yaml.js";
import { createJekyllLiquid } from "../../src/render/liquid/index.js";
import { renderMarkdown } from "../../src/render/markdown/index.js";
import { LecternError, formatError } from "../../src/errors/index.js";
import { build } from "../../src/index.js";

// Random inputs never crash Lectern: each yields output or a LecternError whose line lies in the file.
// (Markup inside a single tag and Markdown alone are fuzzed in test/render/*/robustness.test.ts.)

const YAML_PIECES = [
  "key",
  ": ",
  ":",
  " ",
  "\n",
  "\n  ",
  "- ",
  "[",
  "]",
  "{",
  "}",
  ",",
  "'",
  '"',
  "# c",
  "&a ",
  "*a",
  "<<: *a",
  "!!str ",
  "!!binary ",
  "!ruby/object ",
  "|",
  ">-",
  "? ",
  "\t",
  "2020-01-01",
  "2020-13-45 10:00:00 +0100",
  "1e3",
  "0x1F",
  "~",
  "yes",
  "no",
  "\\",
  "%YAML 1.1\n",
  "@",
  "`",
  "---\n",
  "...\n",
  "é",
  "😀",
  "\u0000",
  "\r\n",
];
const LIQUID_PIECES = [
  "{% if page.a %}",
  "{% elsif x %}",
  "{% else %}",
  "{% endif %}",
  "{% for i in (1..3) %}",
  "{% for p in site.pages limit: 2 %}",
  "{% endfor %}",
  "{% unless a %}",
  "{% endunless %}",
  "{% case page.a %}",
  "{% when 1 %}",
  "{% endcase %}",
  "{% capture c %}",
  "{% endcapture %}",
  "{% assign a = page.a | plus: 1 %}",
  "{% raw %}",
  "{% endraw %}",
  "{% comment %}",
  "{% endcomment %}",
  "{% include missing.html %}",
  "{% break %}",
  "{% continue %}",
  "{% cycle 'a', 'b' %}",
  "{% increment n %}",
  "{% highlight ruby %}",
  "{% endhighlight %}",
  "{{ page.a }}",
  "{{ page.a | date: '%Y' }}",
  "{{ 'x' | append: page.b | upcase }}",
  "{{ 10 | divided_by: page.z }}",
  "{{ site.time | date_to_xmlschema }}",
  "{{ c | markdownify }}",
  "{{",
  "}}",
  "{%",
  "%}",
  "{{-",
  "-}}",
  "text",
  "\n",
  " ",
  "'",
  '"',
  "|",
  ":",
];
const MD_PIECES = [
  "# ",
  "*",
  "**",
  "_",
  "`",
  "```\n",
  "[",
  "](",
  ")",
  "![",
  "<div>",
  "</div>",
  "<",
  ">",
  "|",
  "---\n",
  "- ",
  "1. ",
  "\n",
  "\n\n",
  "    ",
  "{: .c}",
  "{::nomarkdown}",
  "{:/}",
  "$$",
  "\\textbf{x}",
  "&amp;",
  "[^1]",
  "[^1]: ",
  "*[A]: ",
  "~~~\n",
  "<!--",
  "-->",
  "word",
  " ",
];

const joined = (pieces: string[], max: number) =>
  fc.array(fc.constantFrom(...pieces), { maxLength: max }).map((a) => a.join(""));

/** Asserts `e` is a LecternError whose line (if any) lies within `lines` lines of its file. */
function assertLocated(e: unknown, lines: number, what: string) {
  assert.ok(e instanceof LecternError, `${what}: raw ${(e as Error)?.constructor?.name}: ${String(e)}`);
  if (e.line !== undefined)
    assert.ok(e.line >= 1 && e.line <= lines, `${what}: line ${e.line} outside 1..${lines}\n${formatError(e)}`);
  assert.doesNotMatch(formatError(e), /\n\s+at .*:\d+:\d+/);
}

const lineCount = (s: string) => s.split("\n").length;

test("fuzz: front matter splits without throwing; bad YAML becomes a located error the page survives", () => {
  fc.assert(
    fc.property(joined(YAML_PIECES, 30), joined(MD_PIECES, 10), (yaml, body) => {
      const text = `---\n${yaml}\n---\n${body}`;
      const fm = splitFrontMatter(text, "page.md");
      if (fm.error) assertLocated(fm.error, lineCount(text), JSON.stringify(text));
      assert.ok(text.endsWith(fm.content), "the body is the end of the file");
      assert.equal(fm.lineOffset, lineCount(text.slice(0, text.length - fm.content.length)) - 1);
    }),
    { numRuns: 800, seed: 7 },
  );
});

test("fuzz: any YAML text parses or fails with a YAML error inside the file", () => {
  fc.assert(
    fc.property(fc.oneof(joined(YAML_PIECES, 40), fc.string({ maxLength: 80 })), (yaml) => {
      try {
        parseYaml(yaml, "_data/x.yml");
      } catch (e) {
        assertLocated(e, lineCount(yaml), JSON.stringify(yaml));
        assert.equal((e as LecternError).topic, "YAML");
      }
    }),
    { numRuns: 800, seed: 8 },
  );
});

test("fuzz: whole Liquid templates render or fail with a Liquid error at a line of the file (front matter counted)", () => {
  const dir = mkdtempSync(join(tmpdir(), "lectern-fuzz-"));
  const liquid = createJekyllLiquid({
    source: dir,
    includeDirs: [join(dir, "_includes")],
    config: {},
    markdownify: (s) => renderMarkdown(s),
    postUrl: () => undefined,
    linkUrl: () => undefined,
  });
  let n = 0;
  try {
    fc.assert(
      fc.property(joined(LIQUID_PIECES, 40), fc.nat(4), (body, fmLines) => {
        const front = `---\n${"k: v\n".repeat(fmLines)}---\n`;
        const file = `page${n++}.md`;
        try {
          const out = liquid.renderString(
            body,
            { page: { a: 1, b: "b", z: 0 }, site: { pages: [], time: new Date(0) } },
            { file, lineOffset: lineCount(front) - 1, fileSource: front + body },
          );
          assert.equal(typeof out, "string");
        } catch (e) {
          assertLocated(e, lineCount(front + body), JSON.stringify(body));
          if ((e as LecternError).file === file && (e as LecternError).line !== undefined)
            assert.ok(
              (e as LecternError).line! >= lineCount(front),
              `line ${(e as LecternError).line} is in the front matter: ${JSON.stringify(body)}`,
            );
        }
      }),
      { numRuns: 600, seed: 9 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("fuzz: random pages (front matter, Liquid, Markdown) build, or fail with a located LecternError", async () => {
  const dir = mkdtempSync(join(tmpdir(), "lectern-fuzz-site-"));
  const logger = { info() {}, debug() {}, warn() {}, error() {} };
  writeFileSync(join(dir, "_config.yml"), "theme: false\n");
  try {
    await fc.assert(
      fc.asyncProperty(joined(YAML_PIECES, 12), joined([...LIQUID_PIECES, ...MD_PIECES], 30), async (yaml, body) => {
        const text = `---\n${yaml}\n---\n${body}\n`;
        writeFileSync(join(dir, "index.md"), text);
        try {
          await build({ source: dir, destination: join(dir, "_site"), logger, quiet: true, time: new Date(0) });
        } catch (e) {
          assertLocated(e, lineCount(text), JSON.stringify(text));
        }
      }),
      { numRuns: 25, seed: 10 },
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

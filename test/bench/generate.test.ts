import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, readdirSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { FLAVOURS, PUBLICATION_DIR, generateAll, type Flavour } from "../../bench/generate.js";

const N = 5;

/** Every file under `dir` as relative path → content, sorted by path. */
function snapshot(dir: string): [string, string][] {
  return readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((e) => e.isFile())
    .map((e): [string, string] => {
      const path = join(e.parentPath, e.name);
      return [path.slice(dir.length + 1), readFileSync(path, "utf8")];
    })
    .sort(([a], [b]) => (a < b ? -1 : 1));
}

function withTemp(fn: (dir: string) => void): void {
  const dir = mkdtempSync(join(tmpdir(), "lectern-gen-test-"));
  try {
    fn(dir);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** The page sources of each flavour besides the publications: the index page. */
const INDEX_SOURCE: Record<Flavour, string> = {
  jekyll: "index.html",
  hugo: "content/_index.md",
  eleventy: "index.liquid",
};
const CONFIG: Record<Flavour, string> = { jekyll: "_config.yml", hugo: "hugo.toml", eleventy: "eleventy.config.mjs" };

test("the same seed writes byte-identical sites; another seed writes different content", () => {
  withTemp((dir) => {
    generateAll(join(dir, "a"), N, 7);
    generateAll(join(dir, "b"), N, 7);
    generateAll(join(dir, "c"), N, 8);
    for (const flavour of FLAVOURS) {
      const a = snapshot(join(dir, "a", flavour));
      assert.deepEqual(snapshot(join(dir, "b", flavour)), a, `${flavour} differs between two runs with seed 7`);
      assert.notDeepEqual(snapshot(join(dir, "c", flavour)), a, `${flavour} ignores the seed`);
    }
  });
});

test("each flavour has a config, N publication sources and one index page source (N + 1 pages)", () => {
  withTemp((dir) => {
    const sites = generateAll(dir, N);
    for (const flavour of FLAVOURS) {
      const files = snapshot(sites[flavour]).map(([p]) => p);
      assert.ok(files.includes(CONFIG[flavour]), `${flavour} has no ${CONFIG[flavour]}`);
      const pubs = files.filter((p) => p.startsWith(PUBLICATION_DIR[flavour] + "/") && p.endsWith(".md"));
      assert.equal(pubs.length, N, `${flavour} publications`);
      assert.ok(files.includes(INDEX_SOURCE[flavour]), `${flavour} has no index page`);
      const otherPages = files.filter(
        (p) => (p.endsWith(".md") || p === "index.html" || p === "index.liquid") && !pubs.includes(p),
      );
      assert.deepEqual(
        otherPages,
        [INDEX_SOURCE[flavour]],
        `${flavour} has page sources besides the publications and the index`,
      );
    }
  });
});

test("every flavour gets the same publications: front matter fields and a body with the required Markdown", () => {
  withTemp((dir) => {
    const sites = generateAll(dir, N);
    const read = (flavour: Flavour): [string, string][] =>
      snapshot(join(sites[flavour], PUBLICATION_DIR[flavour])).filter(([p]) => p.endsWith(".md"));
    const jekyll = read("jekyll");
    assert.deepEqual(read("hugo"), jekyll, "Hugo's publications differ from Jekyll's");
    assert.deepEqual(read("eleventy"), jekyll, "Eleventy's publications differ from Jekyll's");
    for (const [name, text] of jekyll) {
      const m = /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(text);
      assert.ok(m, `${name} has no front matter`);
      const data = parse(m[1]!) as { title: unknown; date: unknown; venue: unknown; authors: unknown };
      assert.equal(typeof data.title, "string");
      assert.equal(typeof data.venue, "string");
      assert.ok(Array.isArray(data.authors) && data.authors.length >= 2 && data.authors.includes("Ada Example"));
      assert.match(String(data.date), /^\d{4}-\d{2}-\d{2}$/);
      assert.ok(String(data.date) < "2026-01-01", "dates must be in the past, or engines skip the page");
      const body = m[2]!;
      assert.match(body, /^## \w/m, "heading");
      assert.match(body, /^- \w/m, "list");
      assert.match(body, /\*[a-z ]+\*/, "emphasis");
      assert.match(body, /\[[^\]]+\]\(https:\/\/[^)]+\)/, "link");
      assert.match(body, /^```\w+\n[\s\S]+?\n```$/m, "fenced code block");
    }
  });
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { build } from "../../../src/index.js";
import { declaredPlugins, gemfilePlugins } from "../../../src/plugins/declared.js";

/** Writes `files` into a new site folder and builds it; returns the output folder, warnings and the error. */
async function buildSite(files: Record<string, string>) {
  const dir = mkdtempSync(join(tmpdir(), "lectern-declared-"));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, "src", name, ".."), { recursive: true });
    writeFileSync(join(dir, "src", name), text);
  }
  const warnings: string[] = [];
  const logger = { info() {}, debug() {}, error() {}, warn: (t: string, m: string) => void warnings.push(`${t} ${m}`) };
  let error: unknown;
  try {
    await build({ source: join(dir, "src"), destination: join(dir, "out"), logger });
  } catch (e) {
    error = e;
  }
  const read = (f: string) => readFileSync(join(dir, "out", f), "utf8");
  return { read, warnings, error, cleanup: () => rmSync(dir, { recursive: true, force: true }) };
}

const PAGE = "---\nlayout: none\n---\n[{% toc %}][{% tabs x %}in {{ 1 | plus: 1 }}{% endtabs %}][{% toc %}]\n";

test("a tag from a Ruby plugin Lectern lacks renders nothing (a block its body) and is one warning naming the plugin", async () => {
  const site = await buildSite({ "_config.yml": "title: t\n", "_plugins/my-tags.rb": "# Ruby\n", "index.html": PAGE });
  try {
    assert.equal(site.error, undefined);
    assert.equal(site.read("index.html").trim(), "[][in 2][]");
    assert.ok(site.warnings.some((w) => w.startsWith("Plugins:") && w.includes("my-tags.rb")));
    assert.equal(site.warnings.filter((w) => w.includes("unknown tag 'toc'")).length, 1);
    assert.ok(site.warnings.some((w) => w.includes("unknown tag 'tabs'") && w.includes("index.html:4")));
  } finally {
    site.cleanup();
  }
});

test("a gem listed in the Gemfile's jekyll_plugins group counts as declared", async () => {
  const gemfile = 'source "https://rubygems.org"\ngroup :jekyll_plugins do\n  gem "jekyll-made-up"\nend\n';
  const site = await buildSite({ "_config.yml": "title: t\n", Gemfile: gemfile, "index.html": PAGE });
  try {
    assert.equal(site.error, undefined);
    assert.ok(site.warnings.some((w) => w.startsWith("Plugins:") && w.includes("jekyll-made-up")));
  } finally {
    site.cleanup();
  }
});

test("without a missing plugin an unknown tag stays Liquid's error, as in Jekyll", async () => {
  const site = await buildSite({ "_config.yml": "title: t\n", "index.html": PAGE });
  try {
    assert.match(String(site.error), /Unknown tag 'toc'/);
  } finally {
    site.cleanup();
  }
});

test("gemfilePlugins reads only the :jekyll_plugins group", () => {
  const text = [
    'gem "jekyll"',
    "group :jekyll_plugins do",
    "  gem 'jekyll-scholar' # bibliography",
    '  gem "jekyll-toc", "~> 0.18"',
    "  platforms :mingw do",
    '    gem "tzinfo"',
    "  end",
    '  gem "jemoji"',
    "end",
    'gem "webrick"',
  ].join("\n");
  assert.deepEqual(gemfilePlugins(text), ["jekyll-scholar", "jekyll-toc", "tzinfo", "jemoji"]);
});

test("the Gemfile's plugin group counts unless JEKYLL_NO_BUNDLER_REQUIRE is set, as in Jekyll", () => {
  const dir = mkdtempSync(join(tmpdir(), "lectern-gemfile-"));
  try {
    writeFileSync(join(dir, "Gemfile"), 'group :jekyll_plugins do\n  gem "jemoji"\nend\n');
    assert.deepEqual(declaredPlugins(dir, ["jekyll-feed"], "_plugins").gems, ["jekyll-feed", "jemoji"]);
    assert.deepEqual(declaredPlugins(dir, ["jekyll-feed"], "_plugins", false).gems, ["jekyll-feed"]);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, readFileSync, rmSync, writeFileSync, readdirSync } from "node:fs";
import { join } from "node:path";
import { spawnSync } from "node:child_process";
import { ROOT, buildInChild, differences, entriesOf, filesOf, fixtureCopy } from "./helpers.js";

// Each test builds a fresh copy of test/cache/site in child processes, so nothing parsed or compiled
// earlier in this process can stand in for what the disk cache holds.

test("a warm build writes byte-identical output without starting Sass or parsing the .bib file", () => {
  const { root, source } = fixtureCopy();
  try {
    const cold = buildInChild(source, join(root, "cold"));
    assert.deepEqual(cold, { sassWorkers: 1, bibParses: 1 }, "the cold build compiles and parses");
    const cache = join(source, ".lectern-cache");
    assert.equal(entriesOf(cache, "sass").length, 1);
    assert.equal(entriesOf(cache, "bibtex").length, 1);
    assert.match(
      readFileSync(join(cache, ".gitignore"), "utf8"),
      /^\*$/m,
      "the cache hides itself from git, as Jekyll's does",
    );

    const warm = buildInChild(source, join(root, "warm"));
    assert.deepEqual(warm, { sassWorkers: 0, bibParses: 0 }, "the warm build takes both from the cache");
    const coldFiles = filesOf(join(root, "cold")),
      warmFiles = filesOf(join(root, "warm"));
    assert.ok(coldFiles.has("assets/css/main.css.map") && coldFiles.has("publications/he2024moe/index.html"));
    assert.match(coldFiles.get("assets/css/main.css")!.toString(), /color: #123456;/);
    assert.deepEqual(differences(coldFiles, warmFiles), []);
    assert.ok(![...warmFiles.keys()].some((f) => f.includes("lectern-cache")), "the cache folder is never output");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("editing a partial the stylesheet imports compiles it again; the stale entry is dropped", () => {
  const { root, source } = fixtureCopy();
  try {
    buildInChild(source, join(root, "first"));
    writeFileSync(join(source, "_sass", "_colors.scss"), "$ink: #abcdef;\n$paper: #fafaf5;\n");
    const again = buildInChild(source, join(root, "second"));
    assert.deepEqual(again, { sassWorkers: 1, bibParses: 0 }, "only the stylesheet is redone");
    assert.match(readFileSync(join(root, "second", "assets", "css", "main.css"), "utf8"), /color: #abcdef;/);
    assert.equal(
      entriesOf(join(source, ".lectern-cache"), "sass").length,
      1,
      "the cache keeps what the last build used",
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("Markdown converted by an earlier build is reused, and an edited page is converted afresh", () => {
  const { root, source } = fixtureCopy();
  try {
    buildInChild(source, join(root, "first"));
    const cache = join(source, ".lectern-cache");
    assert.equal(entriesOf(cache, "markdown").length, 1, "one entry for the site's Markdown options");
    const stored = readFileSync(join(cache, "markdown", entriesOf(cache, "markdown")[0]!), "utf8");
    assert.ok(stored.includes("<td>Routing Tokens to Experts</td>"), "the converted table is stored");
    writeFileSync(
      join(source, "about.md"),
      readFileSync(join(source, "about.md"), "utf8").replace("| 2024 |", "| 2025 |"),
    );
    buildInChild(source, join(root, "second"));
    const about = readFileSync(join(root, "second", "about.html"), "utf8");
    assert.match(about, /<td>2025<\/td>/);
    assert.doesNotMatch(about, /<td>2024<\/td>/);
    const first = filesOf(join(root, "first")),
      second = filesOf(join(root, "second"));
    assert.deepEqual(differences(first, second), ["about.html"]);
    assert.doesNotMatch(
      readFileSync(join(cache, "markdown", entriesOf(cache, "markdown")[0]!), "utf8"),
      /<td>2024<\/td>/,
      "the old conversion is dropped",
    );
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("a new partial beside the imported one (Sass may resolve the import differently) is not hidden by the cache", () => {
  const { root, source } = fixtureCopy();
  try {
    buildInChild(source, join(root, "first"));
    // An import of "colors" now matches both _colors.scss and colors.scss: Sass refuses it, so the build must fail.
    writeFileSync(join(source, "_sass", "colors.scss"), "$ink: #000;\n$paper: #fff;\n");
    assert.throws(() => buildInChild(source, join(root, "second")), /not clear which file to import|colors/i);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("a corrupt, truncated or foreign cache entry is ignored and rewritten", () => {
  const { root, source } = fixtureCopy();
  try {
    buildInChild(source, join(root, "cold"));
    const cache = join(source, ".lectern-cache");
    const [sassEntry] = entriesOf(cache, "sass"),
      [bibEntry] = entriesOf(cache, "bibtex");
    writeFileSync(join(cache, "sass", sassEntry!), readFileSync(join(cache, "sass", sassEntry!), "utf8").slice(0, 40));
    const foreign = JSON.parse(readFileSync(join(cache, "bibtex", bibEntry!), "utf8")) as {
      value: { entries: unknown };
    };
    foreign.value.entries = "not a list";
    writeFileSync(join(cache, "bibtex", bibEntry!), JSON.stringify(foreign));
    writeFileSync(join(cache, "sass-last", entriesOf(cache, "sass-last")[0]!), "\0\0 not json");
    const after = buildInChild(source, join(root, "after"));
    assert.deepEqual(after, { sassWorkers: 1, bibParses: 1 }, "both are redone");
    assert.deepEqual(differences(filesOf(join(root, "cold")), filesOf(join(root, "after"))), []);
    const again = buildInChild(source, join(root, "again"));
    assert.deepEqual(again, { sassWorkers: 0, bibParses: 0 }, "the rewritten entries serve the next build");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("`disable_disk_cache: true` and --disable-disk-cache write no cache folder", () => {
  const { root, source } = fixtureCopy();
  try {
    writeFileSync(
      join(source, "_config.yml"),
      readFileSync(join(source, "_config.yml"), "utf8") + "disable_disk_cache: true\n",
    );
    const first = buildInChild(source, join(root, "a"));
    const second = buildInChild(source, join(root, "b"));
    assert.deepEqual(
      [first, second],
      [
        { sassWorkers: 1, bibParses: 1 },
        { sassWorkers: 1, bibParses: 1 },
      ],
    );
    assert.equal(existsSync(join(source, ".lectern-cache")), false);

    writeFileSync(join(source, "_config.yml"), "title: Cache fixture\nurl: https://example.org\n");
    const cli = spawnSync(
      process.execPath,
      [join(ROOT, "bin", "lectern.js"), "build", "-q", "--disable-disk-cache", "-s", source, "-d", join(root, "c")],
      { encoding: "utf8" },
    );
    assert.equal(cli.status, 0, cli.stderr);
    assert.ok(existsSync(join(root, "c", "assets", "css", "main.css")));
    assert.equal(existsSync(join(source, ".lectern-cache")), false);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("a cache folder that cannot be written leaves the build as it would be without one", () => {
  const { root, source } = fixtureCopy();
  try {
    const plain = buildInChild(source, join(root, "plain"), { disableDiskCache: true });
    assert.deepEqual(plain, { sassWorkers: 1, bibParses: 1 });
    // A file where the folder should be: every write fails (as in a read-only checkout, even for root).
    writeFileSync(join(source, ".lectern-cache"), "in the way");
    buildInChild(source, join(root, "blocked"));
    assert.deepEqual(differences(filesOf(join(root, "plain")), filesOf(join(root, "blocked"))), []);
    assert.equal(readFileSync(join(source, ".lectern-cache"), "utf8"), "in the way");
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test("`cache_dir` names the folder (inside the source); it is not read as site content", () => {
  const { root, source } = fixtureCopy();
  try {
    writeFileSync(
      join(source, "_config.yml"),
      readFileSync(join(source, "_config.yml"), "utf8") + "cache_dir: build-cache\n",
    );
    buildInChild(source, join(root, "a"));
    const warm = buildInChild(source, join(root, "b"));
    assert.deepEqual(warm, { sassWorkers: 0, bibParses: 0 });
    assert.equal(existsSync(join(source, ".lectern-cache")), false);
    assert.equal(entriesOf(join(source, "build-cache"), "sass").length, 1);
    assert.equal(existsSync(join(root, "b", "build-cache")), false, "the folder is not copied into the output");
    assert.deepEqual(readdirSync(join(root, "b")).sort(), readdirSync(join(root, "a")).sort());
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

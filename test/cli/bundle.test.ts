import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { copyFileSync, mkdirSync, readFileSync, readdirSync, symlinkSync, utimesSync } from "node:fs";
import { join, relative } from "node:path";
import { pathToFileURL } from "node:url";
import { Worker, MessageChannel, type MessagePort } from "node:worker_threads";
import { writeTree } from "../compare/helpers.js";
import { BUNDLE_DIR, packageRoot } from "../../src/package-files.js";
import { build } from "../../src/build.js";
import { AHEAD_MIN_CHARS } from "../../src/render/parallel/markdown-ahead.js";
import { markdownOptionsFromConfig, renderMarkdown } from "../../src/render/markdown/index.js";

// `lectern` runs dist/bundle (scripts/bundle.ts, run by `npm test` after tsc). These tests fail when that
// bundle is missing, older than dist/src, or lacks a piece a build needs (a worker's script, a chunk).

const bin = join(packageRoot(), "bin", "lectern.js");
const lectern = (...args: string[]) =>
  spawnSync(process.execPath, [bin, ...args], {
    encoding: "utf8",
    env: { ...process.env, SOURCE_DATE_EPOCH: "1798761600" },
  });
const STALE = "bin/lectern.js ran dist/src: the bundle is missing or older than dist/src; run `npm run build`";

test("lectern --version, and the bundle's own, print package.json's version", () => {
  const { version } = JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string };
  const run = lectern("--version");
  assert.equal(run.status, 0, run.stderr);
  assert.equal(run.stdout, `lectern ${version}\n`);
  const entry = pathToFileURL(join(packageRoot(), BUNDLE_DIR, "cli", "main.js")).href;
  const direct = spawnSync(
    process.execPath,
    [
      "--input-type=module",
      "-e",
      `const { main } = await import(${JSON.stringify(entry)}); process.exitCode = await main(["--version"]);`,
    ],
    { encoding: "utf8" },
  );
  assert.equal(direct.status, 0, direct.stderr);
  assert.equal(direct.stdout, `lectern ${version}\n`);
});

/**
 * A site with what the bundle must find outside itself: a Sass stylesheet (the Sass worker; an import from _sass),
 * more Markdown without Liquid than the Markdown worker's threshold, a CSV data file (csv-parse, loaded with
 * createRequire) and a BibTeX file (@retorquere/bibtex-parser, resolved with import.meta.resolve).
 */
function bigSite(): Record<string, string> {
  const body = (n: number) =>
    [
      `# Notes ${n}`,
      `Some *emphasis*, **strong** text, \`code\`, a [link](https://example.org/${n}) and a footnote.[^f${n}]`,
      `| Year | Title |\n|------|-------|\n| 20${n % 100} | Paper ${n} |`,
      "~~~ python\ndef f(x):\n    return x * 2\n~~~",
      ...Array.from({ length: 40 }, (_, i) => `- item ${i} of page ${n}, with _some_ words to convert`),
      `[^f${n}]: The footnote of page ${n}.`,
    ].join("\n\n");
  const files: Record<string, string> = {
    "_config.yml": "title: Bundled\nmarkdown: kramdown\n",
    "_layouts/default.html":
      '<html><head><link rel="stylesheet" href="/assets/css/main.css"></head><body>{{ content }}</body></html>\n',
    "_sass/_notes.scss": "$accent: #123456;\n.note { .title { color: $accent; } }\n",
    "assets/css/main.scss": '---\n---\n@import "notes";\nbody { margin: 0; }\n',
    "_data/people.csv": "name,role\nAda Lovelace,PI\n",
    "_bibliography/papers.bib":
      "@article{lovelace1843,\n  title = {Notes on the {A}nalytical {E}ngine},\n  author = {Lovelace, Ada},\n  journal = {Scientific Memoirs},\n  year = {1843}\n}\n",
    "people.html": "---\n---\n{% for p in site.data.people %}<p>{{ p.name }}: {{ p.role }}</p>{% endfor %}\n",
  };
  let chars = 0;
  for (let n = 1; chars < 1.2 * AHEAD_MIN_CHARS; n++) {
    const text = body(n);
    chars += text.length;
    files[`_posts/2024-01-${String((n % 28) + 1).padStart(2, "0")}-note-${n}.md`] =
      `---\nlayout: default\n---\n${text}\n`;
  }
  return files;
}

/** Every file under `dir` (relative path → content). */
function tree(dir: string): Map<string, string> {
  const files = new Map<string, string>();
  for (const e of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (e.isFile())
      files.set(relative(dir, join(e.parentPath, e.name)), readFileSync(join(e.parentPath, e.name), "utf8"));
  }
  return files;
}

test("lectern (the bundle) builds a site with Sass, much Markdown, CSV data and BibTeX as the compiled modules do", async () => {
  const files = bigSite();
  // Two copies, so neither build can reuse what the other left in the site's cache.
  const [viaBin, viaModules] = [await writeTree(files), await writeTree(files)];
  const run = lectern("build", "-s", viaBin, "--profile", "-q");
  assert.equal(run.status, 0, run.stderr);
  assert.match(run.stdout, /^ {2}start .*from dist\/bundle/m, STALE);
  await build({ source: viaModules, quiet: true, time: new Date(1798761600 * 1000) });
  const [ours, reference] = [tree(join(viaBin, "_site")), tree(join(viaModules, "_site"))];
  assert.deepEqual([...ours.keys()].sort(), [...reference.keys()].sort());
  for (const [file, text] of reference) assert.equal(ours.get(file), text, file);
  assert.match(ours.get(join("assets", "css", "main.css")) ?? "", /\.note \.title \{\n {2}color: #123456;\n\}/);
  assert.match([...ours.values()].join(""), /<td>Paper 7<\/td>/);
  assert.equal(ours.get("people.html"), "<p>Ada Lovelace: PI</p>\n");
  assert.match([...ours.keys()].join("\n"), /lovelace1843/);
});

test("the bundled Markdown worker converts as the renderer does", async () => {
  const options = markdownOptionsFromConfig({});
  const texts = ["# Title\n\nA *b* `c`", "1. one\n2. two\n\n> quote", "| a | b |\n|---|---|\n| 1 | 2 |"];
  const { port1, port2 } = new MessageChannel();
  const worker = new Worker(join(packageRoot(), BUNDLE_DIR, "render", "parallel", "markdown-thread.js"), {
    workerData: { port: port2, options },
    transferList: [port2 as MessagePort],
  });
  const results = new Map<number, string | undefined>();
  const done = new Promise<void>((resolve, reject) => {
    worker.once("error", reject);
    port1.on("message", (m: { i: number; html?: string }) => {
      results.set(m.i, m.html);
      if (results.size === texts.length) resolve();
    });
  });
  worker.postMessage(texts);
  try {
    await done;
  } finally {
    port1.close();
    await worker.terminate();
  }
  assert.deepEqual(
    texts.map((_, i) => results.get(i)),
    texts.map((t) => renderMarkdown(t, options)),
  );
});

/** Mirrors dist/<part> into `pkg` with symbolic links, but with its own copy of cli/main.js (whose time the test sets). */
function mirror(pkg: string, part: "src" | "bundle"): string {
  const from = join(packageRoot(), "dist", part);
  const to = join(pkg, "dist", part);
  mkdirSync(join(to, "cli"), { recursive: true });
  for (const e of readdirSync(from)) if (e !== "cli") symlinkSync(join(from, e), join(to, e));
  for (const e of readdirSync(join(from, "cli"))) {
    if (e === "main.js") copyFileSync(join(from, "cli", e), join(to, "cli", e));
    else symlinkSync(join(from, "cli", e), join(to, "cli", e));
  }
  return join(to, "cli", "main.js");
}

test("bin/lectern.js: the bundle, unless missing or (in a checkout) older than dist/src; neither says what to run", async () => {
  const pkg = await writeTree({ "bin/lectern.js": readFileSync(bin, "utf8"), "package.json": "{}" });
  const site = await writeTree({ "index.md": "---\n---\n# Hello\n" });
  const run = (...args: string[]) =>
    spawnSync(process.execPath, [join(pkg, "bin", "lectern.js"), ...args], { encoding: "utf8" });
  const ran = () => {
    const r = run("build", "-s", site, "--profile", "-q");
    assert.equal(r.status, 0, r.stderr);
    assert.match(readFileSync(join(site, "_site", "index.html"), "utf8"), /<h1 id="hello">Hello<\/h1>/);
    return /^ {2}start .*from (dist\/\w+)/m.exec(r.stdout)?.[1];
  };
  const none = run("--version");
  assert.equal(none.status, 1);
  assert.match(none.stderr, /no compiled CLI in .*; run 'npm install' or 'npm run build' in the package folder/);
  const compiled = mirror(pkg, "src");
  assert.equal(ran(), "dist/src");
  const bundled = mirror(pkg, "bundle");
  // dist/src newer than the bundle: as after plain tsc in a checkout, or after unpacking an installed package.
  utimesSync(bundled, new Date(2026, 0, 1), new Date(2026, 0, 1));
  utimesSync(compiled, new Date(2026, 0, 2), new Date(2026, 0, 2));
  assert.equal(ran(), "dist/bundle", "an installed package (no src/) runs its bundle");
  mkdirSync(join(pkg, "src"));
  assert.equal(ran(), "dist/src", "a checkout runs dist/src when tsc ran after the last bundle");
});

#!/usr/bin/env node
// Measures what Jekyll 4.3 and Lectern do with each broken site of test/reliability/ (docs/reliability.md).
//   [MEASURE_ENGINES=jekyll,lectern] node test/reliability/measure-jekyll.mjs [CASE_NAME_FILTER] > /tmp/measure.json
// For each case: build a good site, break it, build again into the same destination; record the exit
// code, the first lines of the message, and whether the earlier index.html survived. Needs `jekyll`
// (see ../../../shared/tools/jekyll-ref.sh for the environment) and a built Lectern (dist/).
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, existsSync, rmSync, symlinkSync, readdirSync, statSync } from "node:fs";
import { join, dirname } from "node:path";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";

const LECTERN = join(dirname(fileURLToPath(import.meta.url)), "..", "..", "bin", "lectern.js");
const GOOD = { "_config.yml": "title: Good\n", "index.md": "---\n---\nfirst build\n" };
const nested = (n, open, close, inner) => open.repeat(n) + inner + close.repeat(n);

/** The 5 MB page of test/reliability/pathological.test.ts. */
function fiveMegabytes() {
  const para = (i) => (i % 10 === 0 ? `Paragraph ${i} has *emphasis*, a [link](/p${i}/) and \`code\`.\n\n` : `Paragraph ${i} is plain text about nothing in particular, long enough to fill a line.\n\n`);
  let body = "";
  for (let i = 0; body.length < 5_000_000; i++) body += para(i);
  return body;
}

/** name → { files to add/replace, args, setup(src) } */
const CASES = {
  "invalid _config.yml": { files: { "_config.yml": "title: Good\nlist: [a, b\nnext: 1\n" } },
  "invalid data file": { files: { "_data/people.yml": "- name: Ada\n  role: [x\n- name: Bo\n" } },
  "Liquid syntax error": { files: { "index.md": "---\ntitle: t\n---\nok\n{% if x %}\nnever closed\n" } },
  "missing include": { files: { "index.md": "---\n---\n{% include nowhere.html %}\n" } },
  "error in include in layout": { files: { "_includes/box.html": "<div>\n{{ 1 | divided_by: 0 }}\n</div>\n", "_layouts/page.html": "---\n---\n<main>{% include box.html %}{{ content }}</main>\n", "index.md": "---\nlayout: page\n---\nx\n" } },
  "layout cycle": { files: { "_layouts/a.html": "---\nlayout: b\n---\nA{{ content }}\n", "_layouts/b.html": "---\nlayout: a\n---\nB{{ content }}\n", "index.md": "---\nlayout: a\n---\nx\n" } },
  "Sass error": { files: { "_sass/_base.scss": "body {\n  color: $undefined-variable;\n}\n", "css/main.scss": "---\n---\n@import \"base\";\n" } },
  "destination is the source": { dest: "." },
  "destination contains the source": { dest: ".." },
  "unknown plugin": { files: { "_config.yml": "title: Good\nplugins: [jekyll-not-a-real-plugin]\n" } },
  "invalid front matter": { files: { "bad.md": "---\ntitle: [unclosed\n---\nbody\n" } },
  "missing layout": { files: { "missing.md": "---\nlayout: nowhere\n---\nx\n" } },
  "colliding output paths": { files: { "clash.html": "---\npermalink: /index.html\n---\nclash\n" } },
  "permalink with ..": { files: { "escape.md": "---\npermalink: /../../../outside/escape.html\n---\nx\n" }, check: ["../outside/escape.html", "_out/outside/escape.html"] },
  "absolute permalink //etc": { files: { "abs.md": "---\npermalink: //etc/passwd-lectern\n---\ny\n" }, check: ["_out/etc/passwd-lectern/index.html", "_out/etc/passwd-lectern.html"] },
  "symlink outside the source": { files: { "../secret.txt": "secret\n" }, setup: (src) => symlinkSync(join(src, "..", "secret.txt"), join(src, "leak.txt")), check: ["_out/leak.txt"] },
  // hints
  "hint: publication category not in publication_category": { files: { "_config.yml": "title: Good\ncollections:\n  publications:\n    output: true\npublication_category:\n  books:\n    title: Books\n", "_publications/p.md": "---\ntitle: P\ncategory: book\n---\nx\n", "pubs.html": "---\n---\n{% for c in site.publication_category %}{% for p in site.publications %}{% if p.category == c[0] %}{{ p.title }}{% endif %}{% endfor %}{% endfor %}\n" }, check: ["_out/pubs.html"] },
  "hint: missing avatar": { files: { "_config.yml": "title: Good\nauthor:\n  avatar: me.png\n" } },
  "hint: url with trailing slash": { files: { "_config.yml": "title: Good\nurl: https://example.github.io/\n" } },
  "hint: baseurl without leading slash": { files: { "_config.yml": "title: Good\nbaseurl: blog\n" } },
  "hint: LaTeX in Markdown": { files: { "index.md": "---\n---\nI am \\textbf{Ada} and \\emph{Bo} \\cite{x}.\n" }, check: ["_out/index.html"] },
  "hint: link to a missing page": { files: { "index.md": "---\n---\n[gone](/nowhere/)\n" } },
  "unknown YAML alias in a data file": { files: { "_data/people.yml": "- name: Ada\n  role: *chair\n" } },
  "unknown YAML alias in front matter": { files: { "alias.md": "---\ntitle: *nothing\n---\nbody\n" }, check: ["_out/alias.html"] },
  "hint: url contains the baseurl": { files: { "_config.yml": "title: Good\nbaseurl: /proj\nurl: https://ada.github.io/proj\n" } },
  "hint: baseurl '/'": { files: { "_config.yml": "title: Good\nbaseurl: \"/\"\n", "b.html": "---\n---\n[{{ site.baseurl }}]\n" }, check: ["_out/b.html"] },
  "hint: link without the baseurl": { files: { "_config.yml": "title: Good\nbaseurl: /proj\n", "about.md": "---\npermalink: /about/\n---\na\n", "index.md": "---\n---\n[about](/about/)\n" } },
  // pathological
  "10,000 nested Liquid ifs": { files: { "index.md": "---\n---\n" + nested(10000, "{% if true %}", "{% endif %}", "deep") + "\n" } },
  "10,000 nested Liquid fors": { files: { "index.md": "---\n---\n" + nested(10000, "{% for i in (1..1) %}", "{% endfor %}", "deep") + "\n" } },
  "10,000 unclosed Liquid ifs in a layout": { files: { "_layouts/l.html": "---\n---\n" + "{% if x %}".repeat(10000) + "\n", "index.md": "---\nlayout: l\n---\nx\n" } },
  "20,000 nested blockquotes (>)": { files: { "index.md": "---\n---\n" + ">".repeat(20000) + " deep\n" } },
  "5 MB page": { files: { "index.md": "---\n---\n" + fiveMegabytes() } },
  "invalid UTF-8 in a page": { check: ["_out/index.md"], bytes: { "index.md": Buffer.concat([Buffer.from("---\ntitle: caf"), Buffer.from([0xe9, 0xff]), Buffer.from("\n---\nbad \xc3\x28 bytes "), Buffer.from([0xc3, 0x28, 0xfe]), Buffer.from("\n")]) } },
  "binary file with --- header": { check: ["_out/blob.bin"], bytes: { "blob.bin": Buffer.concat([Buffer.from("---\n"), Buffer.from(Array.from({ length: 4096 }, (_, i) => (i * 131 + 7) % 256))]) } },
  "NUL bytes in front matter and body": { files: { "index.md": "---\ntitle: a\u0000b\n---\nbody \u0000 nul\n" } },
  "NUL byte in a data file": { files: { "_data/people.yml": "- name: Ada\n- name: B\u0000o\n" } },
  "10,000 nested YAML lists in a data file": { files: { "_data/deep.yml": "[".repeat(10000) + "]".repeat(10000) + "\n" } },
  "100,000-key YAML data file": { files: { "_data/big.yml": Array.from({ length: 100000 }, (_, i) => `key${i}: value ${i}\n`).join(""), "index.md": "---\n---\n{{ site.data.big.key99999 }}\n" } },
};

function writeSite(root, files = {}, bytes = {}) {
  for (const [rel, text] of [...Object.entries(files), ...Object.entries(bytes)]) {
    mkdirSync(dirname(join(root, rel)), { recursive: true });
    writeFileSync(join(root, rel), text);
  }
}

function run(engine, src, dest) {
  const env = { ...process.env, JEKYLL_ENV: "production", JEKYLL_NO_BUNDLER_REQUIRE: "true", LC_ALL: "C.UTF-8", LANG: "C.UTF-8", TZ: "UTC", NO_COLOR: "1", SOURCE_DATE_EPOCH: "1798761600" };
  const cmd = engine === "jekyll" ? ["jekyll", ["build", "-d", dest, "--disable-disk-cache"]] : [process.execPath, [LECTERN, "build", "-d", dest]];
  const t = performance.now();
  const r = spawnSync(cmd[0], cmd[1], { cwd: src, env, encoding: "utf8", timeout: 120_000, maxBuffer: 64 << 20 });
  const out = (r.stdout + r.stderr).replace(/\x1b\[[0-9;]*m/g, "");
  const lines = out.split("\n").filter((l) => l.trim() && !/^\s*(Configuration file|Source:|Destination:|Incremental build|Generating\.\.\.|Auto-regeneration|done in|Built \d+ pages)/.test(l));
  return { status: r.status ?? (r.signal ? `killed ${r.signal}` : -1), seconds: +((performance.now() - t) / 1000).toFixed(1), message: lines.slice(0, 8).map((l) => l.slice(0, 300)).join("\n"), built: /done in|Built \d+ pages/.test(out) ? (out.match(/Built [^\n]*/)?.[0] ?? "done") : "" };
}

function measure(engine, name, c) {
  const dir = mkdtempSync(join(tmpdir(), "measure-"));
  const src = join(dir, "site");
  writeSite(src, GOOD);
  const dest = c.dest ?? "_out";
  const first = run(engine, src, "_out");
  writeSite(src, c.files, c.bytes);
  c.setup?.(src);
  const second = run(engine, src, dest);
  const index = existsSync(join(src, "_out", "index.html")) ? readFileSync(join(src, "_out", "index.html"), "utf8") : null;
  const checks = Object.fromEntries((c.check ?? []).map((p) => [p, existsSync(join(src, p)) ? readFileSync(join(src, p), "utf8").slice(0, 200) : null]));
  const sourceIntact = existsSync(join(src, "index.md"));
  rmSync(dir, { recursive: true, force: true });
  return { engine, name, firstStatus: first.status, ...second, previousIndexSurvived: index === "<p>first build</p>\n", index: index?.slice(0, 120), sourceIntact, checks };
}

const filter = process.argv[2] ?? "";
const results = [];
for (const [name, c] of Object.entries(CASES)) {
  if (!name.includes(filter)) continue;
  for (const engine of (process.env.MEASURE_ENGINES ?? "jekyll,lectern").split(",")) {
    const r = measure(engine, name, c);
    results.push(r);
    process.stderr.write(`${engine.padEnd(8)} ${name}: status ${r.status} in ${r.seconds}s, old index survived: ${r.previousIndexSurvived}\n`);
  }
}
console.log(JSON.stringify(results, null, 1));

/**
 * Builds each al-folio corpus site with Lectern at its deploy time and compares it with the site GitHub built
 * (made by scripts/alfolio-corpus.sh). Prints a Markdown table: build exit code, HTML pages in the oracle and in
 * ours, pages only on one side, and the share of the oracle's pages that both sides have whose visible text is
 * equal after masking build-day values.
 *
 *   npx tsc -p . && node dist/scripts/alfolio-compare.js [--skip-build] [--diff N] [NAME...]
 *
 * Environment: CORPUS (default /work/corpus-alfolio), LIST (default /work/shared/corpus/alfolio-dev.txt).
 * Visible text is compared with whitespace removed: 14 of these sites minify their HTML (jekyll-minifier drops
 * spaces between tags), which no whitespace rule can undo.
 */
import { spawnSync } from "node:child_process";
import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join, resolve } from "node:path";
import { listFiles, visibleText } from "../src/compare/index.js";

const root = resolve(import.meta.dirname, "..", "..");
const corpus = process.env["CORPUS"] ?? "/work/corpus-alfolio";
const list = process.env["LIST"] ?? "/work/shared/corpus/alfolio-dev.txt";
const args = process.argv.slice(2);
const skipBuild = args.includes("--skip-build");
const diffAt = args.indexOf("--diff");
const diffCount = diffAt >= 0 ? Number(args[diffAt + 1]) : 0;
const named = args.filter((a, i) => !a.startsWith("--") && !(diffAt >= 0 && i === diffAt + 1));

/** Values of the build day, replaced by a mark on both sides: citation counts, "Last updated" dates. */
const MASKS: Array<[RegExp, string]> = [
  [/(Citations?|cited by|Cited by)\s*:?\s*[\d,]+/gi, "$1 #"],
  [/[\d,]+\s*(citations?)/gi, "# $1"],
  [/Last updated:?\s*[A-Z][a-z]+\s+\d{1,2},?\s+\d{4}/g, "Last updated: #"],
];

function masked(html: string): string {
  let text = visibleText(html);
  for (const [re, to] of MASKS) text = text.replace(re, to);
  return text.replace(/\s+/g, "");
}

function sites(): string[] {
  const rows = readFileSync(list, "utf8")
    .split("\n")
    .filter((l) => l.trim() && !l.startsWith("#"))
    .map((l) => l.split("\t")[0]!);
  return named.length ? rows.filter((r) => named.includes(r)) : rows;
}

/** HTML pages of a built site, without the folders that hold copied static HTML (none in these sites). */
async function pages(dir: string): Promise<string[]> {
  return (await listFiles(dir)).filter((f) => /\.html?$/.test(f));
}

const lines = [
  "| site | exit | oracle pages | ours | only in oracle | only in ours | text equal | text equal % |",
  "|---|---|---|---|---|---|---|---|",
];
let tOracle = 0,
  tEqual = 0,
  tOk = 0;
for (const name of sites()) {
  const src = join(corpus, "src", name),
    oracle = join(corpus, "ghpages", name),
    out = join(corpus, "out", name);
  let code: number | string = "skip";
  if (!skipBuild) {
    const epoch = readFileSync(join(corpus, "epoch", name), "utf8").trim();
    const r = spawnSync("node", [join(root, "bin", "lectern.js"), "build", "-s", src, "-d", out], {
      env: { ...process.env, SOURCE_DATE_EPOCH: epoch, JEKYLL_ENV: "production" },
      encoding: "utf8",
      maxBuffer: 1 << 28,
    });
    writeFileSync(`${out}.log`, `${r.stdout}${r.stderr}`);
    code = r.status ?? "signal";
  }
  if (code === 0 || code === "skip") tOk += code === 0 ? 1 : 0;
  const want = await pages(oracle);
  const got = existsSync(out) && (code === 0 || code === "skip") ? await pages(out) : [];
  const gotSet = new Set(got);
  const wantSet = new Set(want);
  let equal = 0;
  const differing: string[] = [];
  for (const f of want) {
    if (!gotSet.has(f)) continue;
    if (masked(readFileSync(join(oracle, f), "utf8")) === masked(readFileSync(join(out, f), "utf8"))) equal++;
    else differing.push(f);
  }
  const onlyOracle = want.filter((f) => !gotSet.has(f));
  const onlyOurs = got.filter((f) => !wantSet.has(f));
  tOracle += want.length;
  tEqual += equal;
  const pct = want.length ? ((100 * equal) / want.length).toFixed(1) : "-";
  lines.push(
    `| ${name} | ${code} | ${want.length} | ${got.length} | ${onlyOracle.length} | ${onlyOurs.length} | ${equal} | ${pct} |`,
  );
  if (diffCount) {
    console.error(`## ${name}\nonly in oracle: ${onlyOracle.slice(0, diffCount).join(" ")}`);
    console.error(`only in ours: ${onlyOurs.slice(0, diffCount).join(" ")}`);
    console.error(`differing: ${differing.slice(0, diffCount).join(" ")}`);
  }
}
lines.push(
  `| **total** | ${tOk} built | ${tOracle} | | | | ${tEqual} | ${tOracle ? ((100 * tEqual) / tOracle).toFixed(1) : "-"} |`,
);
console.log(lines.join("\n"));

// Runs part of the test suite from the compiled tree (dist/test), after `tsc`:
//   node dist/scripts/run-tests.js [--unit] [PATH...]
// PATH is a test folder or file as written in the source tree (test/read, test/read/yaml.test.ts) or in dist;
// without PATH, every test. --unit leaves out what drives a browser (browser.test files) and the slow
// reliability runs (fuzzing, pathological input), for a quick check while working.
import { spawnSync } from "node:child_process";
import { existsSync, readdirSync, statSync } from "node:fs";
import { join, relative, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const root = resolve(fileURLToPath(new URL("../..", import.meta.url)));
const dist = join(root, "dist");

/** The compiled counterpart of a path given in the source tree (or already in dist). */
function compiled(path: string): string {
  const abs = resolve(path);
  const rel = relative(root, abs);
  const inDist = rel.startsWith("dist") ? abs : join(dist, rel);
  return inDist.replace(/\.ts$/, ".js");
}

/** Every `*.test.js` at or under `path`, sorted. */
function testFiles(path: string): string[] {
  if (!existsSync(path)) throw new Error(`no compiled tests at ${relative(root, path)} (run tsc first?)`);
  if (statSync(path).isFile()) return [path];
  return readdirSync(path, { recursive: true, encoding: "utf8" })
    .filter((f) => f.endsWith(".test.js"))
    .map((f) => join(path, f))
    .sort();
}

const SLOW = [/browser\.test\.js$/, /[/\\]test[/\\]reliability[/\\]/];

const args = process.argv.slice(2);
const unit = args.includes("--unit");
const paths = args.filter((a) => a !== "--unit");
let files = (paths.length ? paths.map(compiled) : [join(dist, "test")]).flatMap(testFiles);
if (unit) files = files.filter((f) => !SLOW.some((re) => re.test(f)));
if (files.length === 0) {
  console.error("no test files selected");
  process.exit(1);
}
const run = spawnSync(process.execPath, ["--test", "--test-concurrency=2", ...files], { stdio: "inherit" });
process.exit(run.status ?? 1);

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, mkdirSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";

const bin = fileURLToPath(new URL("../../../bin/lectern.js", import.meta.url));

test("lectern build --profile lists each template with its render count, then the stage times", () => {
  const dir = mkdtempSync(join(tmpdir(), "lectern-profile-"));
  mkdirSync(join(dir, "_layouts"));
  mkdirSync(join(dir, "_includes"));
  writeFileSync(join(dir, "_config.yml"), "title: Profiled\n");
  writeFileSync(join(dir, "_layouts", "default.html"), "<main>{% include nav.html %}{{ content }}</main>\n");
  writeFileSync(join(dir, "_includes", "nav.html"), "<nav>{{ site.title }}</nav>\n");
  for (const n of [1, 2, 3])
    writeFileSync(join(dir, `p${n}.md`), `---\nlayout: default\n---\nPage {{ ${n} | plus: 1 }}\n`);
  const run = spawnSync(process.execPath, [bin, "build", "-s", dir, "--profile", "-q"], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  const row = (file: string) => run.stdout.split("\n").find((l) => l.trim().startsWith(file + " "));
  assert.match(row("_layouts/default.html") ?? "", /\s3\s/, run.stdout);
  assert.match(row("_includes/nav.html") ?? "", /\s3\s/, run.stdout);
  assert.match(row("p2.md") ?? "", /\s1\s/, run.stdout);
  const stages = [...run.stdout.matchAll(/^ {2}(reset|read|generate|render|hints|write)\s+\d+ ms/gm)].map((m) => m[1]);
  assert.deepEqual(stages, ["reset", "read", "generate", "render", "hints", "write"]);
});

test("lectern build without --profile prints no profile", () => {
  const dir = mkdtempSync(join(tmpdir(), "lectern-profile-"));
  writeFileSync(join(dir, "index.md"), "Hello\n");
  const run = spawnSync(process.execPath, [bin, "build", "-s", dir, "-q"], { encoding: "utf8" });
  assert.equal(run.status, 0, run.stderr);
  assert.doesNotMatch(run.stdout, /Filename|Stage/);
});

// `lectern new DIR`: writes the starter site, refuses a folder that is not empty, and the starter
// builds with Lectern's built-in theme without a single warning.
import { test } from "node:test";
import assert from "node:assert/strict";
import { existsSync, mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import command from "../../src/cli/commands/new.js";
import { parse } from "yaml";
import { scaffold } from "../../src/theme/scaffold.js";
import { packageVersion } from "../../src/package-files.js";
import { buildSite } from "./helpers.js";

function tempDir(): string {
  return mkdtempSync(join(tmpdir(), "lectern-new-"));
}

/** Runs the command with console output captured. */
async function runNew(args: string[]): Promise<{ code: number; out: string; err: string }> {
  const out: string[] = [];
  const err: string[] = [];
  const log = console.log;
  const error = console.error;
  console.log = (...a: unknown[]) => {
    out.push(a.join(" "));
  };
  console.error = (...a: unknown[]) => {
    err.push(a.join(" "));
  };
  try {
    return { code: await command.run(args), out: out.join("\n"), err: err.join("\n") };
  } finally {
    console.log = log;
    console.error = error;
  }
}

test("lectern new writes a complete starter site into a new folder", async () => {
  const tmp = tempDir();
  try {
    const dir = join(tmp, "my-site");
    const { code, out } = await runNew([dir]);
    assert.equal(code, 0);
    assert.match(out, /New site in/);
    for (const file of [
      "_config.yml",
      "_data/navigation.yml",
      "_pages/about.md",
      "_pages/publications.md",
      "_pages/talks.md",
      "_pages/teaching.md",
      "_pages/cv.md",
      "_publications/2024-06-01-example-paper.md",
      "_talks/2024-09-12-example-talk.md",
      "_teaching/2024-fall-example-course.md",
      "_posts/2024-10-01-hello-world.md",
      "images/avatar.svg",
      ".github/workflows/pages.yml",
      ".gitignore",
    ]) {
      assert.ok(existsSync(join(dir, file)), `${file} is written`);
    }
    assert.equal(existsSync(join(dir, "gitignore")), false, "the stored gitignore is renamed to .gitignore");
    assert.equal(existsSync(join(dir, "_layouts")), false, "the site uses the built-in theme");
    const config = readFileSync(join(dir, "_config.yml"), "utf8");
    assert.match(config, /^# /m, "the config is commented");
    const workflow = parse(readFileSync(join(dir, ".github/workflows/pages.yml"), "utf8")) as {
      permissions: Record<string, string>;
      jobs: Record<
        string,
        { needs?: string; steps: { uses?: string; run?: string; with?: Record<string, unknown> }[] }
      >;
    };
    assert.deepEqual(workflow.permissions, { contents: "read", pages: "write", "id-token": "write" });
    const build = workflow.jobs.build!.steps;
    const uses = (steps: typeof build) => steps.map((s) => s.uses?.split("@")[0]).filter(Boolean);
    assert.deepEqual(uses(build), [
      "actions/checkout",
      "actions/setup-node",
      "actions/cache",
      "actions/configure-pages",
      "actions/upload-pages-artifact",
    ]);
    const runs = build.filter((s) => s.run).map((s) => s.run!);
    assert.equal(runs[0], "npm ci", "the pinned Lectern is installed from package-lock.json first");
    assert.match(runs[1] ?? "", /^npx --no lectern build /, "then built with it, never fetching a package by name");
    assert.ok(!runs.some((r) => r.includes("--yes")), "no npx --yes");
    const node = Number(build.find((s) => s.uses?.startsWith("actions/setup-node"))?.with?.["node-version"]);
    assert.ok(node === 22 || node === 24, `a maintained Node LTS, not ${node}`);
    assert.equal(build.find((s) => s.uses?.startsWith("actions/cache"))?.with?.path, ".lectern-cache");
    const manifest = JSON.parse(readFileSync(join(dir, "package.json"), "utf8")) as {
      devDependencies: Record<string, string>;
    };
    assert.equal(manifest.devDependencies["lectern"], packageVersion(), "package.json pins this Lectern exactly");
    assert.equal(build.find((s) => s.uses?.startsWith("actions/upload-pages-artifact"))?.with?.path, "_site");
    assert.equal(workflow.jobs.deploy!.needs, "build");
    assert.deepEqual(uses(workflow.jobs.deploy!.steps), ["actions/deploy-pages"]);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test("lectern new accepts an existing empty folder", async () => {
  const tmp = tempDir();
  try {
    const { code } = await runNew([tmp]);
    assert.equal(code, 0);
    assert.ok(existsSync(join(tmp, "_config.yml")));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test("lectern new refuses a folder that is not empty and leaves it untouched", async () => {
  const tmp = tempDir();
  try {
    writeFileSync(join(tmp, "notes.txt"), "mine");
    const { code, err } = await runNew([tmp]);
    assert.equal(code, 1);
    assert.match(err, /not empty/);
    assert.deepEqual(readdirSync(tmp), ["notes.txt"]);
    await assert.rejects(scaffold(tmp), /not empty/);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test("lectern new refuses a path that is a file, and needs exactly one folder", async () => {
  const tmp = tempDir();
  try {
    const file = join(tmp, "site");
    writeFileSync(file, "");
    assert.equal((await runNew([file])).code, 1);
    assert.equal((await runNew([])).code, 2);
    mkdirSync(join(tmp, "a"));
    assert.equal((await runNew([join(tmp, "a"), join(tmp, "b")])).code, 2);
    assert.deepEqual(readdirSync(join(tmp, "a")), []);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

test("the starter site builds with Lectern and the built-in theme, with zero warnings", async () => {
  const tmp = tempDir();
  const dir = join(tmp, "site");
  await scaffold(dir);
  const built = await buildSite(dir);
  try {
    assert.deepEqual(built.warnings, []);
    for (const page of [
      "index.html",
      "publications/index.html",
      "talks/index.html",
      "teaching/index.html",
      "year-archive/index.html",
      "cv/index.html",
      "sitemap/index.html",
      "404.html",
      "assets/css/main.css",
      "feed.xml",
      "sitemap.xml",
    ]) {
      assert.ok(existsSync(join(built.dir, page)), `${page} is built`);
    }
    const publications = readFileSync(join(built.dir, "publications/index.html"), "utf8");
    assert.match(publications, /<h2 class="archive__subtitle" id="pubs-conferences">Conference Papers<\/h2>/);
    assert.match(publications, /An Example Paper Title/);
    const home = readFileSync(join(built.dir, "index.html"), "utf8");
    assert.match(home, /<p class="author__name p-name">Your Name<\/p>/);
  } finally {
    built.cleanup();
    rmSync(tmp, { recursive: true, force: true });
  }
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { parse } from "yaml";
import { lectern, packAndInstall, runOk } from "./packed.js";

interface Step {
  uses?: string;
  run?: string;
  env?: Record<string, string>;
  with?: Record<string, unknown>;
}

/** The values the workflow's `${{ }}` expressions take when it runs on GitHub for a user site (no base path). */
const EXPRESSIONS: Record<string, string> = { "steps.pages.outputs.base_path": "" };

test("a `lectern new` site builds with its Pages workflow's own steps (npm ci, then the pinned Lectern), as CI would", () => {
  const { installed, tarball } = packAndInstall();
  const tmp = mkdtempSync(join(tmpdir(), "lectern-workflow-"));
  try {
    const site = join(tmp, "site");
    const made = lectern(installed, ["new", site]);
    assert.equal(made.status, 0, made.stderr);
    assert.match(made.stdout, /npm install/);
    const manifest = JSON.parse(readFileSync(join(site, "package.json"), "utf8")) as {
      devDependencies: Record<string, string>;
    };
    const version = (
      JSON.parse(readFileSync(join(installed, "node_modules", "lectern", "package.json"), "utf8")) as {
        version: string;
      }
    ).version;
    assert.equal(manifest.devDependencies["lectern"], version, "package.json pins the Lectern that made the site");

    // The user's first `npm install` (here from the tarball, as this Lectern is not on the registry), which
    // writes the package-lock.json they commit; then a fresh checkout, as CI starts from.
    runOk("npm", ["install", "--no-audit", "--no-fund", "--prefer-offline", "--save-dev", tarball], site);
    assert.ok(existsSync(join(site, "package-lock.json")));
    rmSync(join(site, "node_modules"), { recursive: true, force: true });

    const workflow = parse(readFileSync(join(site, ".github", "workflows", "pages.yml"), "utf8")) as {
      jobs: { build: { steps: Step[] } };
    };
    const steps = workflow.jobs.build.steps.filter((s) => s.run !== undefined);
    assert.ok(steps.length >= 2, "the workflow installs and builds in run: steps");
    for (const step of steps) {
      const script = step.run!.replace(/\$\{\{\s*([^}]+?)\s*\}\}/g, (_, expr: string) => {
        assert.ok(expr in EXPRESSIONS, `the test knows what \${{ ${expr} }} is`);
        return EXPRESSIONS[expr]!;
      });
      const r = spawnSync("bash", ["-eo", "pipefail", "-c", script], {
        cwd: site,
        encoding: "utf8",
        env: { ...process.env, CI: "true", ...step.env },
        timeout: 600_000,
      });
      assert.equal(r.status, 0, `step '${step.run}' failed:\n${r.stdout}\n${r.stderr}`);
    }
    assert.match(readFileSync(join(site, "_site", "index.html"), "utf8"), /<html/);
    assert.ok(existsSync(join(site, ".lectern-cache")), "the build cache the workflow keeps between runs is written");
    assert.ok(!existsSync(join(site, "_site", "package.json")) && !existsSync(join(site, "_site", "node_modules")));
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
});

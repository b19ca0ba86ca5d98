import { test } from "node:test";
import assert from "node:assert/strict";
import { cpSync, mkdtempSync, rmSync } from "node:fs";
import { join } from "node:path";
import { tmpdir } from "node:os";
import { spawnSync } from "node:child_process";
import { ENGINE, buildEngineFixture, jekyllRun } from "./helpers.js";
import { formatError } from "../../src/errors/index.js";

// A symbolic link loop stops Jekyll 4.3 ("Too many levels of symbolic links", Errno::ELOOP), safe mode or not
// (test/fixtures/engine/symlink-loop-*, scripts/regen-engine-golden.sh; each fixture's setup.sh makes its links).
// Lectern stops too, with a message naming the link instead of a raw ELOOP.
for (const [name, link, target] of [
  ["symlink-loop-file", "docs/loop1", "loop2"],
  ["symlink-loop-folder", "docs/up", ".."],
] as const) {
  test(`${name}: the build fails as in Jekyll, naming the link and where it points`, async () => {
    const jekyll = jekyllRun(name);
    assert.equal(jekyll.status, 1);
    assert.match(jekyll.log, /Too many levels of symbolic links/);
    const tmp = mkdtempSync(join(tmpdir(), `lectern-${name}-`));
    try {
      cpSync(join(ENGINE, name, "site"), join(tmp, "site"), { recursive: true });
      const setup = spawnSync(join(ENGINE, name, "setup.sh"), [join(tmp, "site")]);
      assert.equal(setup.status, 0);
      const built = await buildEngineFixture(join(tmp, "site"));
      try {
        assert.ok(built.error, "the build fails");
        const text = formatError(built.error);
        assert.ok(text.includes(`symbolic link loop (${link} -> ${target})`), text);
        assert.doesNotMatch(text, /ELOOP/);
      } finally {
        built.cleanup();
      }
    } finally {
      rmSync(tmp, { recursive: true, force: true });
    }
  });
}

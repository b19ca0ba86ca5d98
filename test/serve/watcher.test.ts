import { test } from "node:test";
import assert from "node:assert/strict";
import { mkdtempSync, writeFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { ignoredBy } from "../../src/serve/watcher.js";
import { FileSignatures } from "../../src/serve/signatures.js";

test("the watcher skips the destination, its temporary siblings, tool folders, editor droppings and `exclude`", () => {
  const ignored = ignoredBy({ source: "/s", destination: "/s/_site", exclude: ["drafts-notes", "scripts/", "*.log"] });
  for (const p of [
    "/s/_site",
    "/s/_site/index.html",
    "/s/._site.lectern-12-34",
    "/s/._site.lectern-12-34.old/x.html",
    "/s/.git/HEAD",
    "/s/node_modules/x/index.js",
    "/s/.jekyll-cache/x",
    "/s/about.md~",
    "/s/.about.md.swp",
    "/s/4913",
    "/s/about.md___jb_tmp___",
    "/s/#about.md#",
    "/s/.~lock.cv.docx#",
    "/s/_site/.x.html.lectern-tmp-1",
    "/s/drafts-notes/a.md",
    "/s/scripts/build.sh",
  ]) {
    assert.equal(ignored(p), true, p);
  }
  for (const p of [
    "/s",
    "/s/about.md",
    "/s/_posts/2020-01-01-a.md",
    "/s/_site-notes.md",
    "/s/_config.yml",
    "/s/assets/css/main.scss",
    "/s/debug.log",
    "/s/files/old-demo.swf",
    "/elsewhere/_config.dev.yml",
  ]) {
    assert.equal(ignored(p), false, p);
  }
});

test("a save already built is recognised by its size, time and content; any real change is not", () => {
  const dir = mkdtempSync(join(tmpdir(), "lectern-sig-"));
  try {
    const f = join(dir, "a.md"),
      g = join(dir, "b.md");
    writeFileSync(f, "one");
    const sig = new FileSignatures();
    assert.deepEqual(sig.changed([f, g]), [f, g], "first sight counts as a change");
    assert.deepEqual(sig.changed([f, g]), [], "the same state again is a duplicate");
    writeFileSync(f, "two");
    assert.deepEqual(sig.changed([f]), [f]);
    writeFileSync(g, "new");
    assert.deepEqual(sig.changed([g]), [g], "created");
    rmSync(g);
    assert.deepEqual(sig.changed([g]), [g], "deleted");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { buildInWorker } from "./run-build.js";

// Found by fuzz.test.ts: errors the YAML library raises only while building values used to escape unlocated.

test("an unknown YAML alias in a data file is a Data error at the alias, not a raw ReferenceError", async () => {
  const r = await buildInWorker({ "_data/people.yml": "- name: Ada\n  role: *chair\n", "index.md": "---\n---\nx\n" });
  assert.equal(r.ok, false);
  assert.equal(r.lectern, true, r.printed ?? "");
  assert.match(
    r.printed!,
    /^Data: _data\/people\.yml:2:9: unknown alias 'chair' \(an anchor &chair must come before it\)\n/,
  );
  assert.match(r.printed!, /^> 2 \|   role: \*chair$/m);
});

test("an unknown alias in front matter is a warned front-matter problem; the page still builds", async () => {
  const r = await buildInWorker({ "index.md": "---\ntitle: *nothing\n---\nbody\n" });
  assert.equal(r.ok, true, r.printed ?? "");
  assert.match(r.warnings.join("\n"), /^Front matter: index\.md:2:8: invalid front matter: unknown alias 'nothing'/m);
  assert.equal(r.outputs.get("index.html")?.toString(), "<p>body</p>\n");
});

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { engineFor, tempSite } from "./helpers.js";

test("an include missing at first is found after the cache is cleared (files added while serving)", () => {
  const site = tempSite({ "_includes/.keep": "" });
  const engine = engineFor(site);
  assert.throws(
    () => engine.renderString("{% include later.html %}", {}, { file: "p.html" }),
    /Could not locate the included file 'later.html'/,
  );
  fs.writeFileSync(path.join(site, "_includes/later.html"), "here");
  assert.throws(
    () => engine.renderString("{% include later.html %}", {}, { file: "q.html" }),
    /Could not locate/,
    "remembered until cleared, as parsed includes are",
  );
  engine.clearCache();
  assert.equal(engine.renderString("{% include later.html %}", {}, { file: "q.html" }), "here");
});

test("the same include name resolves per folder list: the site's folder before the theme's", () => {
  const site = tempSite({
    "_includes/a.html": "site",
    "theme/_includes/a.html": "theme",
    "theme/_includes/b.html": "theme-b",
  });
  const engine = engineFor(site, { includeDirs: [path.join(site, "_includes"), path.join(site, "theme/_includes")] });
  const out = engine.renderString(
    "{% for i in (1..2) %}{% include a.html %}/{% include b.html %};{% endfor %}",
    {},
    { file: "p.html" },
  );
  assert.equal(out, "site/theme-b;site/theme-b;");
});

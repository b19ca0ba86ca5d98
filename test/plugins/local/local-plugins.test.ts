import { test, after } from "node:test";
import assert from "node:assert/strict";
import { rmSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { tempSite as sharedTempSite } from "../../support/index.js";
import { build, type Plugin } from "../../../src/index.js";
import { buildPluginFixture, fixture, listFiles, read, type Built } from "../fixture.js";

const built: Built[] = [];
after(() => {
  for (const b of built) b.cleanup();
});

test("a site's _plugins/title-case.js and abbreviate.mjs filters render in its layout as Jekyll's Ruby twins do", async () => {
  const b = await buildPluginFixture("local-plugins");
  built.push(b);
  const { expected } = fixture("local-plugins");
  assert.deepEqual(listFiles(b.out), listFiles(expected));
  for (const file of listFiles(expected)) assert.equal(read(b.out, file), read(expected, file), file);
  assert.deepEqual(b.warnings, []);
});

test("--safe leaves the site's own plugins out, as Jekyll does: the filters are unknown and pass their input", async () => {
  const b = await buildPluginFixture("local-plugins", { safe: true });
  built.push(b);
  const html = read(b.out, "index.html");
  assert.match(html, /<h1>a sketch of the engine invented by charles babbage<\/h1>/);
  assert.match(html, /by Augusta Ada King Lovelace with Luigi Federico Menabrea, Charles Babbage/);
});

const tempSite = (files: Record<string, string>) => sharedTempSite(files, "lectern-local-plugin-");

test("BuildOptions.plugins: a converter, a generator and a hook given programmatically", async () => {
  const dir = tempSite({
    "_config.yml": "title: t\n",
    "_layouts/default.html": "<main>{{ content }}</main>\n",
    "poem.txt": "---\nlayout: default\n---\nroses\nare red\n",
  });
  const plugin: Plugin = {
    name: "lines",
    setup(api) {
      api.registerConverter({
        extensions: [".txt"],
        outputExt: ".html",
        convert: (text) =>
          text
            .trim()
            .split("\n")
            .map((l) => `<p>${l}</p>`)
            .join(""),
      });
      api.generator((site) => {
        site.addPage({
          path: "count.html",
          url: "/count.html",
          frontMatter: {},
          content: `{{ site.pages.size }} pages`,
        });
      });
      api.hook("pages:postRender", ({ item }) => {
        if (item?.relativePath === "count.html") item.output += "!";
      });
    },
  };
  try {
    await build({ source: dir, destination: join(dir, "_site"), quiet: true, plugins: [plugin] });
    assert.equal(readFileSync(join(dir, "_site", "poem.html"), "utf8"), "<main><p>roses</p><p>are red</p></main>\n");
    assert.equal(readFileSync(join(dir, "_site", "count.html"), "utf8"), "2 pages!");
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

test("a plugin file that fails to load stops the build with its path named", async () => {
  const dir = tempSite({ "index.html": "x", "_plugins/broken.js": "export default {\n" });
  try {
    await assert.rejects(build({ source: dir, destination: join(dir, "_site"), quiet: true }), (e: Error) =>
      /_plugins\/broken\.js/.test(e.message),
    );
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { cycles, importGraph, importersOf, stageOf, upwardImports } from "../../scripts/import-graph.js";

const graph = importGraph();

test("every folder of src/ is a declared stage or shared room", () => {
  for (const module of graph.keys()) assert.doesNotThrow(() => stageOf(module), module);
});

test("no stage imports a later stage, and no shared room imports a stage", () => {
  assert.deepEqual(upwardImports(graph), []);
});

test("no import circle goes through the site object: only the drivers import src/site.ts", () => {
  for (const c of cycles(graph)) assert.ok(!c.includes("src/site.ts"), c.join(" "));
  for (const importer of importersOf(graph, "src/site.ts"))
    assert.match(importer, /^src\/(build\.ts|serve\/|cli\/)/, importer);
});

test("the import circles left stay inside one folder", () => {
  for (const c of cycles(graph)) {
    const folders = new Set(c.map((m) => m.split("/").slice(0, -1).join("/")));
    assert.equal(folders.size, 1, c.join(" "));
  }
});

test("the check sees what it checks: a planted upward import and a circle through the site are found", () => {
  const planted = new Map(graph);
  planted.set("src/read/reader.ts", new Set([...(graph.get("src/read/reader.ts") ?? []), "src/site.ts"]));
  assert.deepEqual(upwardImports(planted), ["src/read/reader.ts -> src/site.ts"]);
  assert.ok(cycles(planted).some((c) => c.includes("src/site.ts") && c.includes("src/read/reader.ts")));
});

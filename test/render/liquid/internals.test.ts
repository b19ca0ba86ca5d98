import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { Liquid } from "liquidjs";
import { LIQUIDJS_VERSION, checkShapes, liquidInternals, takeSamples } from "../../../src/render/liquid/internals.js";

test("the liquidjs internals Lectern relies on are all there in the installed version", () => {
  assert.doesNotThrow(() => checkShapes(takeSamples(new Liquid())));
  const internals = liquidInternals();
  assert.equal(typeof internals.HTML, "function");
  assert.equal(new internals.SimpleEmitter().buffer, "");
});

test("a missing private field fails loudly, naming the liquidjs version and the shape", () => {
  const samples = takeSamples(new Liquid());
  const filter = samples.filter as Record<string, unknown>;
  samples.filter = { ...filter, handler: undefined };
  assert.throws(
    () => checkShapes(samples, "99.0.0"),
    (e: Error) => /liquidjs 99\.0\.0 /.test(e.message) && /Filter has private handler/.test(e.message),
  );
});

test("every shape is checked: removing any one sample is reported", () => {
  const keys = Object.keys(takeSamples(new Liquid())) as (keyof ReturnType<typeof takeSamples>)[];
  for (const key of keys) {
    const samples = takeSamples(new Liquid());
    samples[key] = {};
    assert.throws(() => checkShapes(samples), new RegExp(`liquidjs ${LIQUIDJS_VERSION.replace(/\./g, "\\.")} `), key);
  }
});

test("package.json pins liquidjs to the exact version the adapter was written against", () => {
  const pkg = JSON.parse(readFileSync(new URL("../../../../package.json", import.meta.url), "utf8")) as {
    dependencies: Record<string, string>;
  };
  assert.equal(pkg.dependencies.liquidjs, LIQUIDJS_VERSION);
});

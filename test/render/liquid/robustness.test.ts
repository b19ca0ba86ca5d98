import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { LecternError } from "../../../src/errors/index.js";
import { laxCondition, laxOutput } from "../../../src/render/liquid/lax.js";
import { engineFor } from "./helpers.js";
import os from "node:os";

const ATOMS = [
  "a",
  "page.x",
  "(",
  ")",
  '"s"',
  "'q'",
  "|",
  ":",
  ",",
  "or",
  "and",
  "==",
  "!=",
  "<",
  "contains",
  "1",
  "2.5",
  "..",
  "(1..3)",
  "upcase",
  "append",
  "[",
  "]",
  "-",
  " ",
  "nil",
  "empty",
  "\\",
  "{",
  "}",
  "%",
];

test("any markup renders or fails with a LecternError, never an internal error", () => {
  const engine = engineFor(os.tmpdir());
  let n = 0;
  fc.assert(
    fc.property(
      fc.array(fc.constantFrom(...ATOMS), { minLength: 1, maxLength: 12 }),
      fc.boolean(),
      (atoms, asCondition) => {
        const markup = atoms.join(" ");
        const template = asCondition ? `{% if ${markup} %}Y{% endif %}` : `{{ ${markup} }}`;
        try {
          engine.renderString(template, { page: { x: 1 }, a: "z" }, { file: `f${n++}.html` });
        } catch (e) {
          assert.ok(e instanceof LecternError, `${template}: ${String(e)}`);
        }
      },
    ),
    { numRuns: 1500, seed: 42 },
  );
});

test("the lax parser stays fast on long markup", () => {
  const start = Date.now();
  laxCondition("a ".repeat(20_000) + "(");
  laxOutput("x | " + "f: a ".repeat(20_000));
  laxCondition('"'.repeat(20_000));
  assert.ok(Date.now() - start < 2000, `took ${Date.now() - start} ms`);
});

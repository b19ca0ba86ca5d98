import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { parseYaml, parseYamlFully } from "../../src/ruby/yaml.js";
import { parseJsonAsYaml } from "../../src/ruby/yaml-json.js";
import { RubyFloat } from "../../src/ruby/float.js";

/** A parser's value, or "error" when it rejects the text. */
function attempt(parse: (text: string, file: string) => unknown, text: string): unknown {
  try {
    return parse(text, "cv.json");
  } catch {
    return "error";
  }
}
const full = (text: string) => attempt(parseYamlFully, text);

/** JSON text for a value, laid out with the given spaces and with some characters escaped differently. */
function print(v: unknown, ws: string[], esc: boolean[], at = { i: 0 }): string {
  const sp = () => ws[at.i++ % ws.length]!;
  if (Array.isArray(v)) return `[${sp()}${v.map((x) => print(x, ws, esc, at) + sp()).join(`,${sp()}`)}]`;
  if (v && typeof v === "object")
    return `{${sp()}${Object.entries(v)
      .map(([k, x]) => `${str(k, esc, at)}${sp()}:${sp()}${print(x, ws, esc, at)}`)
      .join(`,${sp()}`)}${sp()}}`;
  if (typeof v === "string") return str(v, esc, at);
  return JSON.stringify(v);
}

/** A JSON string, escaping `/` as `\/` and ASCII letters as `\u00XX` where `esc` says so. */
function str(s: string, esc: boolean[], at: { i: number }): string {
  return JSON.stringify(s).replace(/[/a-z]/g, (c) =>
    esc[at.i++ % esc.length] ? (c === "/" ? "\\/" : `\\u00${c.charCodeAt(0).toString(16)}`) : c,
  );
}

const layout = fc.array(fc.constantFrom("", " ", "\n", "\n  ", "\r\n", "    "), { minLength: 1, maxLength: 6 });
const escapes = fc.array(fc.boolean(), { minLength: 1, maxLength: 5 });
const keys = fc.oneof(
  fc.string(),
  fc.constantFrom("yes", "true", "null", "1", "1.5", "~", "a b", "k: v", "#x", "2024-01-02", "<<", "-", "?"),
);
const scalars = fc.oneof(
  fc.constantFrom(
    0,
    -0,
    1,
    -1,
    42,
    2 ** 53 + 2,
    123456789012345,
    1.5,
    1.0,
    1e21,
    -2.5e-7,
    true,
    false,
    null,
    "",
    "yes",
    "1.0",
    "2024-01-02",
    "a: b",
    "# c",
    "'q'",
    '"',
    "\\",
    "/",
    "😀",
    "\u2028",
    "\u007f",
    "é",
    "x\ny",
  ),
  fc.string(),
  fc.integer(),
  fc.double({ noNaN: true, noDefaultInfinity: true }),
);
const value = fc.letrec((tie) => ({
  node: fc.oneof(
    { maxDepth: 4 },
    scalars,
    fc.array(tie("node"), { maxLength: 4 }),
    fc.dictionary(keys, tie("node"), { maxKeys: 4 }),
  ),
})).node;
const doc = fc.oneof(fc.array(value, { maxLength: 5 }), fc.dictionary(keys, value, { maxKeys: 6 }));

test("property: JSON data read fast gives what the YAML parser gives for the same text", () => {
  let taken = 0,
    runs = 0;
  fc.assert(
    fc.property(doc, layout, escapes, (v, ws, esc) => {
      runs++;
      const text = print(v, ws, esc);
      if (parseJsonAsYaml(text) === undefined) return;
      taken++;
      // parseYaml checks for characters YAML refuses first, then takes the fast path.
      assert.deepStrictEqual(attempt(parseYaml, text), full(text), JSON.stringify(text));
    }),
    { numRuns: 3000, seed: 1126 },
  );
  assert.ok(taken > runs / 5, `fast path took ${taken} of ${runs}`);
});

test("a cv.json-like file is read fast; floats, exponents and tabs go to the YAML parser", () => {
  const cv =
    '{\n  "basics": {"name": "Ada", "url": "https:\\/\\/ada.org"},\n  "work": [{"year": 2024, "doi": "10.1109/x"}],\n  "none": null, "ok": true\n}\n';
  assert.deepEqual(parseJsonAsYaml(cv), {
    basics: { name: "Ada", url: "https://ada.org" },
    work: [{ year: 2024, doi: "10.1109/x" }],
    none: null,
    ok: true,
  });
  assert.deepStrictEqual(parseYaml(cv, "cv.json"), full(cv));
  for (const text of [
    '{"gpa": 4.0}',
    '{"n": 1e5}',
    '{\t"a": 1}',
    '{"<<": {"a": 1}}',
    '"just a string"',
    "[1, 2,]",
    '{"big": 12345678901234567}',
    "[".repeat(101) + "]".repeat(101),
  ]) {
    assert.equal(parseJsonAsYaml(text), undefined, text);
  }
  // Psych reads 4.0 as a Float and 1e5 as a string; the YAML path keeps both.
  assert.deepEqual(parseYaml('{"gpa": 4.0, "n": 1e5}', "cv.json"), { gpa: new RubyFloat(4), n: "1e5" });
});

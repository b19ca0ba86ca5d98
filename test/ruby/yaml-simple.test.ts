import { test } from "node:test";
import assert from "node:assert/strict";
import fc from "fast-check";
import { parseYaml, parseYamlFully, psychSchema } from "../../src/ruby/yaml.js";
import { parseSimpleMapping } from "../../src/ruby/yaml-simple.js";
import { RubyDate } from "../../src/ruby/date.js";
import { RubyFloat } from "../../src/ruby/float.js";

/** A parser's value, or "error" when it rejects the text. */
function attempt(parse: (text: string, file: string) => unknown, text: string): unknown {
  try {
    return parse(text, "t.yml");
  } catch {
    return "error";
  }
}
const full = (text: string) => attempt(parseYamlFully, text);

// Scalars whose YAML 1.1 / Psych reading is easy to get wrong: every kind the schema resolves, and
// strings that only look like them.
const TRICKY = [
  "yes",
  "No",
  "ON",
  "off",
  "y",
  "n",
  "true",
  "False",
  "~",
  "null",
  "Null",
  "NULL",
  "nil",
  "",
  " ",
  "1",
  "-1",
  "+1",
  "0",
  "007",
  "0o7",
  "08",
  "0x1F",
  "0b101",
  "1_000",
  "1,000",
  "1:20",
  "1:20:30",
  "190:20:30.5",
  "1.5",
  "1.",
  ".5",
  "1e3",
  "1.5e+3",
  "1.5E-3",
  ".inf",
  "-.inf",
  ".NaN",
  "+.5",
  "1.0",
  "-0.0",
  "-0",
  ".",
  "1_0.5",
  "2024-01-02",
  "2024-1-2",
  "2024-02-30",
  "2024-01-02 10:00:00",
  "2024-01-02T10:00:00Z",
  "2024-01-02 10:00:00 -05:00",
  "2024-01-02t10:00:00.25+0100",
  "2024-13-01",
  "2024-01-02 25:00:00",
  "12:30",
  "1:2:3:4",
  "Hello world",
  "C# and F#",
  "a #b",
  "a#b",
  "a: b",
  "a:b",
  "a:",
  "http://x.org/a?b=c#d",
  "<p>html</p>",
  "<<",
  "=",
  "[a, b]",
  "{a: 1}",
  "- item",
  "-item",
  "?q",
  ":c",
  "&anchor x",
  "*alias",
  "!tag x",
  "|",
  ">",
  "%x",
  "@x",
  "`x`",
  "it's",
  'say "hi"',
  "back\\slash",
  "ünïcödé ✓ 日本",
  "emoji 😀",
  "trailing   ",
  "  leading",
  "a  b",
  "x , y",
  "'single'",
  "'it''s'",
  "'a' b",
  "'unclosed",
  '"double"',
  '"esc \\n"',
  '"a" b',
  '"unclosed',
  "'a' # c",
  '"b"   #c',
  "'2024-01-02'",
  '"yes"',
  "'#x'",
  '"a: b"',
  "''",
  '""',
  "'''",
  "0.1.2",
  "1.2.3.4",
  "v1.0",
  "1e",
  "--",
  "---",
  "...",
];
const KEYS = [
  "title",
  "date",
  "layout",
  "tags",
  "permalink",
  "a",
  "_b",
  "c-d",
  "e_1",
  "Title",
  "y",
  "n",
  "yes",
  "true",
  "null",
  "NULL",
  "1",
  "1.5",
  "on",
  "__proto__",
  "<<",
  "x y",
  "k:",
  "2024-01-02",
  "~",
];

const scalarArb = fc.oneof(
  { weight: 3, arbitrary: fc.constantFrom(...TRICKY) },
  {
    weight: 1,
    arbitrary: fc.string({
      unit: fc.constantFrom("a", "1", " ", ":", "#", "'", '"', "-", ".", "\\", "é", ",", "[", "0", "e", "+"),
    }),
  },
);
const sepArb = fc.constantFrom(": ", ":", ":  ", ": ", ":\t", " : ");
const lineArb = fc.oneof(
  { weight: 8, arbitrary: fc.tuple(fc.constantFrom(...KEYS), sepArb, scalarArb).map(([k, s, v]) => k + s + v) },
  {
    weight: 1,
    arbitrary: fc.constantFrom(
      "",
      "   ",
      "# comment",
      "  # indented comment",
      "  nested: 1",
      "- item",
      "  continued",
      "---",
      "...",
      "key:\r",
      "\t",
      "a: [1,\n  2]",
    ),
  },
  {
    weight: 2,
    arbitrary: fc
      .tuple(fc.constantFrom("- ", "  - ", "    - ", "-", "  -   ", " -"), scalarArb)
      .map(([dash, v]) => dash + v),
  },
  {
    weight: 1,
    arbitrary: fc
      .tuple(
        fc.constantFrom(...KEYS),
        fc.constantFrom("", "  ", "    "),
        fc.array(scalarArb, { minLength: 1, maxLength: 3 }),
      )
      .map(([k, ind, vs]) => `${k}:\n${vs.map((v) => `${ind}- ${v}`).join("\n")}`),
  },
);
const chaoticArb = fc
  .tuple(fc.array(lineArb, { minLength: 1, maxLength: 8 }), fc.boolean())
  .map(([lines, nl]) => lines.join("\n") + (nl ? "\n" : ""));
// Front matter as people write it: distinct ordinary keys, now and then a blank or comment line.
const GOOD_KEYS = [
  "title",
  "date",
  "layout",
  "tags",
  "permalink",
  "a",
  "_b",
  "c-d",
  "e_1",
  "Title",
  "y",
  "n",
  "venue",
  "excerpt",
];
// Lines that may continue a plain value: indented text, blank lines, and things that end it instead.
const continuedArb = fc.array(
  fc.oneof(
    fc.constantFrom("", "  ", "  # c", "  - x", "  k: v", "x"),
    fc.tuple(fc.constantFrom(" ", "  ", "     "), scalarArb).map(([ind, v]) => ind + v),
  ),
  { maxLength: 3 },
);
const valueArb = fc.oneof(
  { weight: 3, arbitrary: scalarArb },
  { weight: 1, arbitrary: fc.tuple(scalarArb, continuedArb).map(([v, more]) => [v, ...more].join("\n")) },
);
const friendlyArb = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...GOOD_KEYS), { minLength: 1, maxLength: 8 }),
    fc.array(valueArb, { minLength: 8, maxLength: 8 }),
    fc.array(fc.constantFrom(": ", ":  ", ":", "#", ""), { minLength: 8, maxLength: 8 }),
  )
  .map(
    ([keys, values, seps]) =>
      keys
        .map((k, i) =>
          seps[i] === "#"
            ? `# note\n${k}: ${values[i]}`
            : seps[i] === ""
              ? `\n${k}: ${values[i]}`
              : k + seps[i] + values[i],
        )
        .join("\n") + "\n",
  );
// Lists of one-line scalars under a key, at the key's indent or deeper, with blank and comment lines.
const listsArb = fc
  .tuple(
    fc.uniqueArray(fc.constantFrom(...GOOD_KEYS), { minLength: 1, maxLength: 4 }),
    fc.array(
      fc.tuple(
        fc.constantFrom("", "  ", "    "),
        fc.array(scalarArb, { minLength: 0, maxLength: 3 }),
        fc.constantFrom("", "\n", "\n# c"),
      ),
      { minLength: 4, maxLength: 4 },
    ),
  )
  .map(
    ([keys, lists]) =>
      keys
        .map((k, i) => `${k}:${lists[i]![1].map((v) => `\n${lists[i]![0]}- ${v}`).join("")}${lists[i]![2]}`)
        .join("\n") + "\n",
  );
// Windows line ends (and a stray CR now and then).
const docArb = fc
  .tuple(fc.oneof(chaoticArb, friendlyArb, listsArb), fc.constantFrom("\n", "\n", "\r\n", "\r"))
  .map(([text, eol]) => (eol === "\r" ? text.replace("\n", "\r") : text.replaceAll("\n", eol)));

test("property: whenever the fast path reads front matter, the full YAML parser gives the identical value", () => {
  let taken = 0,
    runs = 0;
  fc.assert(
    fc.property(docArb, (text) => {
      runs++;
      const simple = parseSimpleMapping(text, psychSchema());
      if (simple === undefined) return;
      taken++;
      // deepStrictEqual compares prototypes (RubyDate, RubyFloat, Date) and own symbols (a time's zone).
      assert.deepStrictEqual(simple, full(text), JSON.stringify(text));
      assert.deepStrictEqual(attempt(parseYaml, text), full(text));
    }),
    { numRuns: 6000, seed: 20261126 },
  );
  // The property says something only if the fast path takes a good share of the inputs.
  assert.ok(taken > runs / 10, `fast path took ${taken} of ${runs}`);
});

test("property: plain values continued on following lines read the same both ways", () => {
  const first = fc.oneof(
    fc.constantFrom("a", "a #c", "1", "yes", "C#", "x:y", "2024-01-01", "~", "a ", "'q'", ""),
    scalarArb,
  );
  const next = fc.constantFrom(
    "  b",
    "  b #c",
    "  b#c",
    "",
    "",
    "  ",
    "   - b",
    "  #c",
    "  b: c",
    "  :b",
    "   'q'",
    "x",
    "  2024-01-01",
    "  c:",
    "    deeper",
    " 1",
    "y: 1",
  );
  let taken = 0;
  fc.assert(
    fc.property(fc.tuple(first, fc.array(next, { minLength: 1, maxLength: 4 })), ([v, more]) => {
      const text = `k: ${v}\n${more.join("\n")}\nz: end\n`;
      const simple = parseSimpleMapping(text, psychSchema());
      if (simple === undefined) return;
      taken++;
      assert.deepStrictEqual(simple, full(text), JSON.stringify(text));
      assert.deepStrictEqual(attempt(parseYaml, text), full(text));
    }),
    { numRuns: 3000, seed: 7 },
  );
  assert.ok(taken > 300, `fast path took ${taken}`);
});

test("property: each tricky scalar alone, after every key, reads the same both ways", () => {
  for (const key of KEYS) {
    for (const v of TRICKY) {
      for (const text of [`${key}: ${v}\n`, `${key}: ${v} # note\n`, `${key}:   ${v}`]) {
        const simple = parseSimpleMapping(text, psychSchema());
        if (simple !== undefined) assert.deepStrictEqual(simple, full(text), JSON.stringify(text));
        assert.deepStrictEqual(attempt(parseYaml, text), full(text), JSON.stringify(text));
      }
    }
  }
});

test("a plain value continued on indented lines folds as in YAML", () => {
  const text = "summary: first line\n  second line  \n\n   after a blank\n\n\n  two blanks\ntitle: T\n";
  assert.deepEqual(parseSimpleMapping(text, psychSchema()), {
    summary: "first line second line\nafter a blank\n\ntwo blanks",
    title: "T",
  });
  assert.deepStrictEqual(parseYaml(text, "t.md"), full(text));
});

test("lists of scalars and Windows line ends take the fast path", () => {
  const text = "title: T\r\nredirect_from:\r\n  - /old/\r\n  - /older.html # gone\r\ntags:\r\n- yes\r\n- 2024\r\n";
  assert.deepEqual(parseSimpleMapping(text, psychSchema()), {
    title: "T",
    redirect_from: ["/old/", "/older.html"],
    tags: [true, 2024],
  });
  assert.deepStrictEqual(parseYaml(text, "t.md"), full(text));
});

test("typical front matter takes the fast path and keeps Psych's types", () => {
  const text =
    "title: \"Paper: a study\"\ndate: 2024-03-05\nvenue: 'Journal of X'\nyear: 2024\nscore: 4.0\ndraft: no\nexcerpt: It's C# # a comment\nredirect_from:\n";
  const v = parseSimpleMapping(text, psychSchema())!;
  assert.ok(v, "taken by the fast path");
  assert.deepEqual(v, {
    title: "Paper: a study",
    date: new RubyDate(2024, 3, 5),
    venue: "Journal of X",
    year: 2024,
    score: new RubyFloat(4),
    draft: false,
    excerpt: "It's C#",
    redirect_from: null,
  });
  assert.deepStrictEqual(parseYaml(text, "t.md"), full(text));
});

test("anything beyond one-line scalars is left to the full parser", () => {
  for (const text of [
    "a: 1\nb:\n  c: 2\n",
    "tags:\n- x\n  - y\n",
    "tags:\n  - x\n    continued\n",
    "tags:\n  - - x\n",
    "a: &x 1\nb: *x\n",
    "a: |\n  text\n",
    "a: 'one\ntwo'\n",
    'a: "tab\\t"\n',
    "a: 1\na: 2\n",
    "a: [1, 2]\n",
    "a: 1\rb: 2\n",
    "# only a comment\n",
    "",
  ]) {
    assert.equal(parseSimpleMapping(text, psychSchema()), undefined, JSON.stringify(text));
  }
});

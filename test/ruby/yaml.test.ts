import { test } from "node:test";
import assert from "node:assert/strict";
import { parseYaml } from "../../src/ruby/yaml.js";
import { RubyDate } from "../../src/ruby/date.js";
import { LecternError } from "../../src/errors/index.js";

test("YAML 1.1 as Psych reads it: yes/on are true, dates, timestamps with zones, merge keys", () => {
  const v = parseYaml(
    "a: yes\nb: on\nc: 2024-01-02\nd: 2024-01-02 10:00:00 -0500\nbase: &b {k: 1}\ne:\n  <<: *b\n  j: 2\n",
    "t.yml",
  ) as Record<string, unknown>;
  assert.equal(v["a"], true);
  assert.equal(v["b"], true);
  assert.deepEqual(v["c"], new RubyDate(2024, 1, 2));
  assert.equal((v["d"] as Date).toISOString(), "2024-01-02T15:00:00.000Z");
  assert.deepEqual(v["e"], { k: 1, j: 2 });
});

test("a quoted value continued on an unindented line reads as libyaml reads it", () => {
  const v = parseYaml("title: \"x\"\nexcerpt: '[a](b)<br/>  \nImpact of it.'\ndate: 2019-09-02\n", "t.yml") as Record<
    string,
    unknown
  >;
  assert.equal(v["excerpt"], "[a](b)<br/> Impact of it.");
  assert.deepEqual(v["date"], new RubyDate(2019, 9, 2));
  const d = parseYaml('- "one\ntwo"\n- three\n', "t.yml");
  assert.deepEqual(d, ["one two", "three"]);
});

test("a flow sequence or mapping continued on unindented lines reads as libyaml reads it", () => {
  // Values checked with Ruby: Psych.safe_load of the same text.
  const v = parseYaml("tools: [Java, Python,\nBash]\nlinks: {code: a,\npaper: b}\nx:\n  a: [1,\n2]\n  b: 2\n", "t.yml");
  assert.deepEqual(v, { tools: ["Java", "Python", "Bash"], links: { code: "a", paper: "b" }, x: { a: [1, 2], b: 2 } });
  assert.deepEqual(parseYaml('a: ["x, y",\n"z]"]\nb: 1\n', "t.yml"), { a: ["x, y", "z]"], b: 1 });
});

test("a YAML error names the file and the line", () => {
  assert.throws(
    () => parseYaml("a: 1\nb: [x\nc: 2\n", "bad.yml"),
    // Psych names line 2, column 4, where the unclosed [ opens.
    (e: unknown) => e instanceof LecternError && e.file === "bad.yml" && e.line === 2 && e.topic === "YAML",
  );
});

test("y and n stay strings; yes/no/on/off in any case are booleans (Psych)", () => {
  const v = parseYaml("a: y\nb: N\nc: YES\nd: Off\ne: n\n", "t.yml") as Record<string, unknown>;
  assert.deepEqual(v, { a: "y", b: "N", c: true, d: false, e: "n" });
});

test("timestamps keep an explicit zone for Liquid; without a zone they are UTC instants", () => {
  const v = parseYaml(
    "a: 2024-01-01 10:00:00 +02:00\nb: 2024-01-01T10:00:00Z\nc: 2024-01-01 10:00:00\n",
    "t.yml",
  ) as Record<string, Date>;
  const zone = (d: Date) => (d as Date & Record<symbol, unknown>)[Symbol.for("lectern.rubyZone")];
  assert.equal(v["a"]!.toISOString(), "2024-01-01T08:00:00.000Z");
  assert.equal(zone(v["a"]!), 120);
  assert.equal(zone(v["b"]!), "UTC");
  assert.equal(v["c"]!.toISOString(), "2024-01-01T10:00:00.000Z");
  assert.equal(zone(v["c"]!), undefined);
});

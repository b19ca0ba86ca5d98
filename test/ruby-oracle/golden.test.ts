/**
 * Differential sample: Lectern's YAML, front matter, data, date, slugify and Liquid components answer the
 * same inputs as Ruby's own (Psych as Jekyll loads it, CSV, Time.parse, Jekyll::Utils, Liquid 5 with Jekyll's
 * filters). test/fixtures/ruby-oracle/ruby.jsonl holds Ruby's answers to cases.jsonl (our fixtures, their
 * mutated variants, extra.jsonl), made by scripts/regen-ruby-oracle-golden.sh. known.json lists the inputs
 * where Lectern deliberately differs, each with its reason.
 */
import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { readJsonLines, type Answer, type Case } from "../../scripts/ruby-oracle/cases.js";
import { answer } from "../../scripts/ruby-oracle/lectern-side.js";
import { compareAnswers } from "../../scripts/ruby-oracle/compare.js";

const root = path.resolve(import.meta.dirname, "../../..");
const dir = path.join(root, "test/fixtures/ruby-oracle");
const cases = readJsonLines<Case>(fs.readFileSync(path.join(dir, "cases.jsonl"), "utf8"));
const ruby = new Map(
  readJsonLines<Answer>(fs.readFileSync(path.join(dir, "ruby.jsonl"), "utf8")).map((a) => [a.id, a.out]),
);
const known = JSON.parse(fs.readFileSync(path.join(dir, "known.json"), "utf8")) as Record<string, string>;

const byKind = new Map<string, Case[]>();
for (const c of cases) byKind.set(c.kind, [...(byKind.get(c.kind) ?? []), c]);

for (const [kind, list] of byKind) {
  test(`Ruby differential sample: ${list.length} ${kind} inputs answer as Ruby's components do`, () => {
    const unexpected: string[] = [];
    const fixed: string[] = [];
    for (const c of list) {
      const want = ruby.get(c.id);
      assert.ok(want !== undefined, `no Ruby answer for ${c.id} (run scripts/regen-ruby-oracle-golden.sh)`);
      const d = compareAnswers(c.kind, want, answer(c, root));
      if (d && !(c.id in known)) unexpected.push(`${c.id}: ${d.reason} ${d.at}`);
      if (!d && c.id in known) fixed.push(c.id);
    }
    assert.deepEqual(unexpected, [], "inputs where Lectern and Ruby disagree");
    assert.deepEqual(fixed, [], "known differences that now agree: drop them from known.json");
  });
}

test("every known difference names an input of the sample and a reason", () => {
  const ids = new Set(cases.map((c) => c.id));
  for (const [id, reason] of Object.entries(known)) {
    assert.ok(ids.has(id), `known.json: ${id} is not in cases.jsonl`);
    assert.ok(reason.length > 10, `known.json: ${id} needs its reason`);
  }
});

import { test } from "node:test";
import assert from "node:assert/strict";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { ENGINE } from "./helpers.js";
import { splitFrontMatter } from "../../src/read/front-matter.js";
import { formatError } from "../../src/errors/index.js";

// Where Psych places each front-matter error: test/fixtures/engine/yaml-errors (scripts/regen-yaml-errors.sh).
// An unclosed bracket or quote is named where it opens, not on the line after the mistake.
const dir = join(ENGINE, "yaml-errors");
const cases = JSON.parse(readFileSync(join(dir, "cases.json"), "utf8")) as string[];
const expected = JSON.parse(readFileSync(join(dir, "expected.json"), "utf8")) as Array<{
  line: number;
  column: number;
} | null>;

cases.forEach((yaml, i) => {
  test(`YAML error ${i + 1} is named at Psych's line and column, with the caret under it`, () => {
    const text = `${yaml}---\nBody.\n`;
    const { error } = splitFrontMatter(text, "page.md");
    const want = expected[i]!;
    assert.ok(error, "the error is reported");
    assert.deepEqual([error.line, error.column], [want.line, want.column]);
    const frame = formatError(error);
    const lineText = text.split("\n")[want.line - 1]!;
    assert.ok(frame.includes(`> ${want.line} | ${lineText}`), frame);
    assert.ok(frame.includes(`| ${" ".repeat(want.column - 1)}^`), frame);
  });
});

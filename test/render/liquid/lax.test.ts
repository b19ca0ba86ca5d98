import { test } from "node:test";
import assert from "node:assert/strict";
import { laxCondition, laxOutput } from "../../../src/render/liquid/lax.js";
import { render } from "./helpers.js";

test("lax conditions ignore parentheses, as Ruby Liquid's lax parser does", () => {
  assert.equal(laxCondition("(a or b) or c"), "a or b or c");
  assert.equal(laxCondition('page.x and (page.y == "z")'), 'page.x and page.y == "z"');
  assert.equal(laxCondition("(1..3) contains 2"), "(1..3) contains 2");
});

test("lax outputs drop what is not a filter name and keep filter arguments", () => {
  assert.equal(laxOutput(' "abc" | upcase | "bare" '), '"abc" | upcase | bare');
  assert.equal(laxOutput(" x | f: 1, 'a' | g: key: 2 "), 'x | f: 1, "a" | g: key: 2');
});

test("and/or group from the right, so parentheses in a condition change nothing", () => {
  const scope = { t: true, f: false };
  assert.equal(render("{% if (f and t) or t %}Y{% else %}N{% endif %}", scope), "N");
  assert.equal(render("{% if f and t or t %}Y{% else %}N{% endif %}", scope), "N");
  assert.equal(render("{% if t or f and f %}Y{% else %}N{% endif %}", scope), "Y");
});

test("a backslash in a string literal is a plain character, as in Ruby", () => {
  assert.equal(render("{{ 'a\\nb' }}|{{ \"c:\\\\path\" | append: '\\x' }}"), "a\\nb|c:\\\\path\\x");
});

test("filters after the collection of a for tag are ignored, as Ruby Liquid ignores them", () => {
  assert.equal(render("{% for i in xs | sort %}{{ i }}{% endfor %}", { xs: [3, 1, 2] }), "312");
});

test("unknown filters leave the value unchanged", () => {
  assert.equal(render("{{ 'x' | no_such_filter: 1 | upcase }}"), "X");
});

test("the site's liquid options make Jekyll strict: error_mode, strict_filters, strict_variables", () => {
  assert.throws(() => render("{% if (a or b) %}{% endif %}", {}, { liquid: { error_mode: "strict" } }));
  assert.equal(render("{% if (a or b) %}x{% endif %}", { a: true }, { liquid: { error_mode: "warn" } }), "x");
  assert.throws(() => render("{{ 'x' | no_such_filter }}", {}, { liquid: { strict_filters: true } }), /no_such_filter/);
  assert.throws(() => render("{{ missing }}", {}, { liquid: { strict_variables: true } }), /missing/);
});

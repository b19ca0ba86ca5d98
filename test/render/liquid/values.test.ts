import { test } from "node:test";
import assert from "node:assert/strict";
import { rubyToS, rubyInspect, withFixedZone } from "../../../src/render/liquid/index.js";
import { rubyNumber } from "../../../src/ruby/value.js";
import { RubyDate } from "../../../src/ruby/date.js";
import { render } from "./helpers.js";

test("values print as Ruby's to_s: nil empty, arrays joined, hashes inspected", () => {
  assert.equal(rubyToS(null), "");
  assert.equal(rubyToS([1, [2, null, "x"], true]), "12xtrue");
  assert.equal(
    rubyToS({ a: 1, b: [1, "x"], c: null, d: { e: false } }),
    '{"a"=>1, "b"=>[1, "x"], "c"=>nil, "d"=>{"e"=>false}}',
  );
  assert.equal(rubyToS(new RubyDate(2024, 2, 9)), "2024-02-09");
});

test("floats print as Ruby's Float#to_s", () => {
  assert.equal(rubyNumber(2.5), "2.5");
  assert.equal(rubyNumber(0.00001), "1.0e-05");
  assert.equal(rubyNumber(1.5e-7), "1.5e-07");
  assert.equal(rubyNumber(123456.789), "123456.789");
  assert.equal(rubyNumber(-0.25), "-0.25");
  assert.equal(rubyNumber(42), "42");
});

test("times print as Time#to_s in the site's zone, or in their own fixed zone", () => {
  const t = new Date(Date.UTC(2024, 0, 15, 12, 0, 0));
  assert.equal(rubyToS(t), "2024-01-15 12:00:00 +0000");
  assert.equal(rubyToS(t, "Asia/Kolkata"), "2024-01-15 17:30:00 +0530");
  assert.equal(rubyToS(new Date(Date.UTC(2024, 6, 15, 12)), "Europe/Berlin"), "2024-07-15 14:00:00 +0200");
  assert.equal(rubyToS(withFixedZone(new Date(t), "UTC"), "Europe/Berlin"), "2024-01-15 12:00:00 UTC");
  assert.equal(rubyToS(withFixedZone(new Date(t), -180), "Europe/Berlin"), "2024-01-15 09:00:00 -0300");
});

test("String#inspect escapes quotes, backslashes, control characters and interpolation", () => {
  assert.equal(rubyInspect('a"b\\c\n#{x}é'), '"a\\"b\\\\c\\n\\#{x}é"');
  assert.equal(rubyInspect([null, 1.5, "x"]), '[nil, 1.5, "x"]');
});

test("templates read lazy fields (getters) of scope objects", () => {
  let reads = 0;
  const page = { title: "T" } as Record<string, unknown>;
  Object.defineProperty(page, "content", {
    get: () => {
      reads++;
      return "lazy body";
    },
    enumerable: true,
  });
  class Drop {
    get url() {
      return "/from/prototype/";
    }
  }
  assert.equal(render("{{ page.title }}", { page }), "T");
  assert.equal(reads, 0);
  assert.equal(render("{{ page.content }}|{{ d.url }}", { page, d: new Drop() }), "lazy body|/from/prototype/");
  assert.equal(reads, 1);
});

test("only nil and false are falsy", () => {
  const t = "{% if v %}T{% else %}F{% endif %}";
  assert.deepEqual(
    ["", 0, [], {}, "0", false, null, undefined].map((v) => render(t, { v })),
    ["T", "T", "T", "T", "T", "F", "F", "F"],
  );
});

test("nil from a literal prints as empty and compares as nil", () => {
  assert.equal(
    render("[{{ nil }}][{% assign x = nil %}{{ x | default: 'd' }}][{% if x == nil %}nil{% endif %}]"),
    "[][d][nil]",
  );
});

test("x == empty asks Ruby's empty?; blank never matches without ActiveSupport", () => {
  const t = "{% if v == empty %}E{% endif %}{% if v == blank %}B{% endif %}";
  assert.deepEqual(
    ["", [], {}, null, 0, "x"].map((v) => render(t, { v })),
    ["E", "E", "E", "", "", ""],
  );
});

test("contains works on strings, arrays and hash keys", () => {
  const t = "{% if v contains 'a' %}Y{% else %}N{% endif %}";
  assert.deepEqual(
    ["cat", ["a"], ["b"], { a: 1 }, null, 5].map((v) => render(t, { v })),
    ["Y", "Y", "N", "Y", "N", "N"],
  );
});

test("documents that link to each other print and jsonify without looping", () => {
  const a: Record<string, unknown> = { title: "A" };
  const b: Record<string, unknown> = { title: "B", previous: a };
  a.next = b;
  assert.equal(render("{{ a.next.previous.title }}", { a }), "A");
  assert.equal(render("{{ a }}", { a }), '{"title"=>"A", "next"=>{"title"=>"B", "previous"=>{...}}}');
  assert.equal(render("{{ a | jsonify }}", { a }), '{"title":"A","next":{"title":"B","previous":null}}');
});

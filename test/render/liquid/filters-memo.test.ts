import { test } from "node:test";
import assert from "node:assert/strict";
import { render } from "./helpers.js";
import { memoLongText } from "../../../src/render/liquid/filters/memo.js";

// A long post body counted on every list page: strip_html and number_of_words remember long texts.
const body = Array.from({ length: 200 }, (_, i) => `<p>word ${i} <em>x</em></p><!-- note ${i} -->\n`).join("");

test("strip_html | number_of_words on a long body gives the same count every time it is asked", () => {
  const template =
    "{% for i in (1..3) %}{{ page.content | strip_html | number_of_words }},{% endfor %}{{ page.content | strip_html | size }}";
  // Each line keeps "word N x" (3 words) once tags and comments are gone.
  const stripped = body.replace(/<!--[\s\S]*?-->/g, "").replace(/<[^>]*>/g, "");
  assert.equal(render(template, { page: { content: body } }), `600,600,600,${stripped.length}`);
  assert.equal(render("{{ page.content | strip_html | slice: 0, 12 }}", { page: { content: body } }), "word 0 x\nwor");
});

test("a remembered text function keeps answering correctly after its bound forgets everything", () => {
  let calls = 0;
  const length = memoLongText(
    (s: string) => {
      calls++;
      return s.length;
    },
    4,
    20,
  );
  assert.equal(length("abcdefgh"), 8);
  assert.equal(length("abcdefgh"), 8);
  assert.equal(calls, 1, "the second call is remembered");
  assert.equal(length("abc"), 3);
  assert.equal(length("abc"), 3);
  assert.equal(calls, 3, "short texts are not remembered");
  assert.equal(length("0123456789012"), 13); // over the bound: earlier entries are forgotten
  assert.equal(length("abcdefgh"), 8);
  assert.equal(calls, 5);
});

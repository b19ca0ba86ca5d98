import { test } from "node:test";
import assert from "node:assert/strict";
import { normalizeHtml, normalizeXml, visibleText } from "../../src/compare/normalize.js";

const same = (a: string, b: string): void => assert.equal(normalizeHtml(a), normalizeHtml(b));
const differ = (a: string, b: string): void => assert.notEqual(normalizeHtml(a), normalizeHtml(b));

test("attribute order and quoting do not matter", () => {
  same(`<a href="/x/" class="btn" id=top>Go</a>`, `<a id="top" class='btn' href="/x/">Go</a>`);
});

test("class keeps its order but not its spacing", () => {
  same(`<div class="a  b\n c"></div>`, `<div class=" a b c "></div>`);
  differ(`<div class="a b"></div>`, `<div class="b a"></div>`);
});

test("indentation and line breaks between blocks do not matter", () => {
  same(
    `<ul>\n  <li>One</li>\n  <li>Two</li>\n</ul>\n<p>Para\ngraph</p>`,
    `<ul><li>One</li><li>Two</li></ul><p>Para graph</p>`,
  );
  same(`<li>\n  text\n</li>`, `<li>text</li>`);
});

test("a space between inline elements is a real difference", () => {
  differ(`<p><a>x</a> <a>y</a></p>`, `<p><a>x</a><a>y</a></p>`);
  same(`<p><a>x</a>\n   <a>y</a></p>`, `<p><a>x</a> <a>y</a></p>`);
});

test("whitespace next to a line break does not matter", () => {
  same(`<p>a<br />\nb</p>`, `<p>a<br>b</p>`);
});

test("entities and literal characters are the same text", () => {
  same(`<p>&ldquo;Hi&rdquo; &amp; bye&#8230;</p>`, `<p>\u201cHi\u201d &amp; bye\u2026</p>`);
  same(`<a title="a &amp; b">x</a>`, `<a title="a &#38; b">x</a>`);
  differ(`<p>a&nbsp;b</p>`, `<p>a b</p>`);
});

test("void elements are written one way", () => {
  same(`<img src="a.png" alt="">`, `<img alt src="a.png"/>`);
  same(`<meta charset="utf-8" />`, `<meta charset=utf-8>`);
});

test("pre, textarea and script keep their whitespace", () => {
  differ(`<pre>a  b</pre>`, `<pre>a b</pre>`);
  differ(`<pre><code>x\n  y</code></pre>`, `<pre><code>x\ny</code></pre>`);
  differ(`<script>var a =  1;</script>`, `<script>var a = 1;</script>`);
  differ(`<textarea>a\n\nb</textarea>`, `<textarea>a\nb</textarea>`);
});

test("comments are kept, their spacing is not", () => {
  same(`<!--  more\n -->`, `<!-- more -->`);
  differ(`<p>x</p><!-- a -->`, `<p>x</p>`);
});

test("text, tags and attribute values are real differences", () => {
  differ(`<p>Hello</p>`, `<p>Hello!</p>`);
  differ(`<p>Hello</p>`, `<div>Hello</div>`);
  differ(`<a href="/a/">x</a>`, `<a href="/a">x</a>`);
  differ(`<p><em>a</em></p>`, `<p><strong>a</strong></p>`);
});

test("documents: doctype case and head spacing do not matter", () => {
  same(
    `<!DOCTYPE html>\n<html lang="en">\n  <head>\n    <meta charset="utf-8">\n    <title>T</title>\n  </head>\n  <body>\n    <p>x</p>\n  </body>\n</html>\n`,
    `<!doctype html><html lang=en><head><meta charset=utf-8><title>T</title></head><body><p>x</p></body></html>`,
  );
  differ(`<!doctype html><title>A</title>`, `<!doctype html><title>B</title>`);
});

test("the canonical form puts one element per line, indented by depth", () => {
  assert.equal(
    normalizeHtml(`<div id="a"><p class="x">Hi <em>there</em></p><br></div>`),
    [`<div id="a">`, `  <p class="x">`, `    Hi `, `    <em>there</em>`, `  <br>`].join("\n"),
  );
});

test("visible text ignores markup, scripts and styles", () => {
  const html = `<!doctype html><html><head><title>T</title><style>p{}</style></head>
    <body><h1>Title</h1><p>Some <b>bold</b>\n text.</p><script>var x = "hidden";</script><ul><li>a</li><li>b</li></ul></body></html>`;
  assert.equal(visibleText(html), "Title Some bold text. a b");
  assert.equal(visibleText(`<p>x</p><p>y</p>`), visibleText(`<div>x</div>\n<div>y</div>`));
});

test("HTML inside IE conditional comments is normalised too", () => {
  same(
    `<!--[if lt IE 9]><div class="x">\n  Old <b>browser</b></div><![endif]-->`,
    `<!--[if lt IE 9]><div class=x>Old <b>browser</b></div><![endif]-->`,
  );
  differ(`<!--[if lt IE 9]><div>Old</div><![endif]-->`, `<!--[if lt IE 9]><div>New</div><![endif]-->`);
});

test("whitespace around comments collapses as a browser shows it", () => {
  same(`<div><h1>P</h1>\n   <!-- a --> <!-- b --> \n  </div>`, `<div><h1>P</h1><!-- a --><!-- b --></div>`);
  same(`<p><a>x</a> <!-- c -->\n <a>y</a></p>`, `<p><a>x</a> <!-- c --><a>y</a></p>`);
  differ(`<p><a>x</a><!-- c --><a>y</a></p>`, `<p><a>x</a><!-- c --> <a>y</a></p>`);
});

test("XML: indentation between elements and CDATA wrapping do not matter, content does", () => {
  const a = `<?xml version="1.0" encoding="utf-8"?><feed xmlns="http://www.w3.org/2005/Atom"><entry><title type="html">A &amp; B</title><content><![CDATA[<p>Hi</p>]]></content></entry></feed>`;
  const b = `<?xml version="1.0" encoding="utf-8"?>\n<feed xmlns="http://www.w3.org/2005/Atom">\n  <entry>\n    <title type="html">A &#38; B</title>\n    <content>\n      &lt;p&gt;Hi&lt;/p&gt;\n    </content>\n  </entry>\n</feed>\n`;
  assert.equal(normalizeXml(a), normalizeXml(b));
  assert.notEqual(normalizeXml(a), normalizeXml(a.replace("A &amp; B", "A and B")));
  assert.notEqual(normalizeXml(a), normalizeXml(a.replace("<entry>", "<entry><id>x</id>")));
});

test("JSON-LD is compared as data, other scripts as written", () => {
  same(
    `<script type="application/ld+json">{ "@type" : "Person",\n "name": "K" }</script>`,
    `<script type="application/ld+json">{"@type":"Person","name":"K"}</script>`,
  );
  differ(
    `<script type="application/ld+json">{"name":"K"}</script>`,
    `<script type="application/ld+json">{"name":"Q"}</script>`,
  );
  differ(`<script>{ "a" : 1 }</script>`, `<script>{"a":1}</script>`);
});

test("whitespace collapses across inline element edges, as a browser lays it out", () => {
  same(`<p><em> a</em></p>`, `<p><em>a</em></p>`);
  same(`<p>a <em> b</em></p>`, `<p>a <em>b</em></p>`);
  same(`<p><a>x </a></p>`, `<p><a>x</a></p>`);
  same(`<p>a <script>x()</script> <b>b</b></p>`, `<p>a <script>x()</script><b>b</b></p>`);
  differ(`<p>a <em>b</em></p>`, `<p>a<em>b</em></p>`);
  differ(`<p>a<img src="x.png"> b</p>`, `<p>a<img src="x.png">b</p>`);
});

test("text in titles and buttons is trimmed like a line of its own", () => {
  same(`<title>\n  Home\n</title>`, `<title>Home</title>`);
  same(`<p>Go <button> Now </button></p>`, `<p>Go <button>Now</button></p>`);
  differ(`<p>Go <button>Now</button></p>`, `<p>Go<button>Now</button></p>`);
});

test("pathologically deep nesting is handled without overflowing the stack", () => {
  const deep = `${"<span>".repeat(20000)}x`;
  const lines = normalizeHtml(deep).split("\n");
  assert.equal(lines.length, 20000);
  assert.equal(lines[19999], `${"  ".repeat(100)}(19999) <span>x</span>`);
  assert.equal(visibleText(deep), "x");
});

test("invisible and unusual spaces are real differences, and shown as references", () => {
  differ(`<p>a\u202f;</p>`, `<p>a ;</p>`);
  assert.equal(normalizeHtml(`<p>a\u202f;\u200bb</p>`), `<p>a&#x202f;;&#x200b;b</p>`);
});

import { test } from "node:test";
import assert from "node:assert/strict";
import fs from "node:fs";
import path from "node:path";
import { engineFor, tempSite, render } from "./helpers.js";

test("include looks in the site's _includes, then the theme's", () => {
  const site = tempSite({
    "_includes/a.html": "site-a",
    "theme/_includes/a.html": "theme-a",
    "theme/_includes/b.html": "theme-b",
  });
  const engine = engineFor(site, { includeDirs: [path.join(site, "_includes"), path.join(site, "theme/_includes")] });
  assert.equal(
    engine.renderString("{% include a.html %}/{% include b.html %}", {}, { file: "p.html" }),
    "site-a/theme-b",
  );
});

test("include parameters: quoted strings are literal, bare words are variables or literals", () => {
  const site = tempSite({
    "_includes/p.html": "{{ include.s }}|{{ include.v }}|{{ include.n | plus: 1 }}|{{ include.q }}",
  });
  const engine = engineFor(site);
  const out = engine.renderString(
    "{% include p.html s=\"a {x}\" v=page.t n=2 q='it\\'s' %}",
    { page: { t: "title" } },
    { file: "p.html" },
  );
  assert.equal(out, "a {x}|title|3|it's");
  // Jekyll reads `{{ }}` anywhere in the markup as part of a variable file name, so this is an error there too.
  assert.throws(
    () => engine.renderString('{% include p.html s="{{ x }}" %}', {}, { file: "p.html" }),
    /invalid characters or sequences/,
  );
});

test("assignments inside an include stay visible to the caller; include.* does not leak", () => {
  const site = tempSite({ "_includes/set.html": "{% assign shared = include.v %}" });
  const out = engineFor(site).renderString(
    "{% include set.html v='one' %}[{{ shared }}][{{ include.v }}]",
    {},
    { file: "p.html" },
  );
  assert.equal(out, "[one][]");
});

test("include_relative looks beside the page being rendered, even from a layout", () => {
  const site = tempSite({ "_pages/notes/part.md": "part of {{ page.title }}" });
  const engine = engineFor(site);
  const scope = { page: { title: "T", path: "_pages/notes/index.md" } };
  assert.equal(
    engine.renderString("{% include_relative part.md %}", scope, { file: "_layouts/default.html" }),
    "part of T",
  );
});

test("each include file is read and parsed once; every use is reported as a dependency", () => {
  const site = tempSite({ "_includes/a.html": "v1" });
  const deps: string[] = [];
  const engine = engineFor(site, { onDependency: (p) => deps.push(p) });
  assert.equal(engine.renderString("{% include a.html %}{% include a.html %}", {}, { file: "p.html" }), "v1v1");
  fs.writeFileSync(path.join(site, "_includes/a.html"), "v2");
  assert.equal(engine.renderString("{% include a.html %}", {}, { file: "q.html" }), "v1");
  assert.deepEqual(deps, Array(3).fill(path.join(site, "_includes/a.html")));
  engine.clearCache();
  assert.equal(engine.renderString("{% include a.html %}", {}, { file: "q.html" }), "v2");
});

test("parse returns the cached template while the file's text is unchanged", () => {
  const engine = engineFor(tempSite({}));
  const a = engine.parse("{{ x }}", { file: "_layouts/a.html" });
  assert.equal(engine.parse("{{ x }}", { file: "_layouts/a.html" }), a);
  assert.notEqual(engine.parse("{{ y }}", { file: "_layouts/a.html" }), a);
});

test("highlight uses the host's highlighter, or Jekyll's figure around escaped code", () => {
  const body = "{% highlight Ruby linenos %}\n\nputs '<b>' & 1\n\n{% endhighlight %}";
  const plain = engineFor(tempSite({})).renderString(body.replace(" linenos", ""), {}, { file: "p.md" });
  assert.equal(
    plain,
    `<figure class="highlight"><pre><code class="language-ruby" data-lang="ruby">puts '&lt;b&gt;' &amp; 1</code></pre></figure>`,
  );
  // Jekyll 4.3 writes linenos as Rouge's table (markup checked with the oracle).
  const numbered = engineFor(tempSite({})).renderString(
    "{% highlight x linenos %}\na\nb\n{% endhighlight %}",
    {},
    { file: "p.md" },
  );
  assert.equal(
    numbered,
    `<figure class="highlight"><pre><code class="language-x" data-lang="x"><table class="rouge-table"><tbody><tr><td class="gutter gl"><pre class="lineno">1\n2\n</pre></td><td class="code"><pre>a\nb\n</pre></td></tr></tbody></table></code></pre></figure>`,
  );
  const seen: unknown[] = [];
  const engine = engineFor(tempSite({}), {
    highlight: (code, lang, linenos) => {
      seen.push([code, lang, linenos]);
      return "<pre>HL</pre>";
    },
  });
  assert.equal(engine.renderString(body, {}, { file: "p.md" }), "<pre>HL</pre>");
  assert.deepEqual(seen, [["puts '<b>' & 1", "ruby", true]]);
});

test("link and post_url return the host's URL with the baseurl", () => {
  const engine = engineFor(tempSite({}), {
    config: { baseurl: "/site/" },
    postUrl: (n) => (n === "2020-01-01-a" ? "/2020/01/01/a.html" : undefined),
    linkUrl: (p) => (p === "_pages/x.md" ? "/x/" : undefined),
  });
  assert.equal(
    engine.renderString(
      "{% post_url 2020-01-01-a %} {% assign p = '_pages/x.md' %}{% link {{ p }} %}",
      {},
      { file: "p.md" },
    ),
    "/site/2020/01/01/a.html /site/x/",
  );
});

test("plugins add tags and filters through the same API", () => {
  const engine = engineFor(tempSite({}));
  engine.registerFilter("shout", (v: unknown) => `${String(v)}!`);
  engine.registerTag("hello", { parse() {}, render: () => "hi" });
  assert.equal(engine.renderString("{% hello %} {{ 'x' | shout }}", {}, { file: "p.html" }), "hi x!");
});

test("forloop.parentloop, offset: continue and tablerow markup follow Ruby Liquid", () => {
  assert.equal(
    render("{% for a in (1..2) %}{% for b in (1..2) %}{{ forloop.parentloop.index }}{{ b }} {% endfor %}{% endfor %}"),
    "11 12 21 22 ",
  );
  assert.equal(
    render("{% for x in xs limit: 2 %}{{ x }}{% endfor %}|{% for x in xs offset: continue %}{{ x }}{% endfor %}", {
      xs: [1, 2, 3, 4],
    }),
    "12|34",
  );
  assert.equal(
    render("{% tablerow x in xs cols: 2 %}{{ x }}{% endtablerow %}", { xs: [1, 2, 3] }),
    '<tr class="row1">\n<td class="col1">1</td><td class="col2">2</td></tr>\n<tr class="row2"><td class="col1">3</td></tr>\n',
  );
});

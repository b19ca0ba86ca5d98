import { test } from "node:test";
import assert from "node:assert/strict";
import { engineFor, tempSite } from "./helpers.js";

// The synchronous driver (sync-render.ts) must write exactly what liquidjs' own generator driver writes.
// Each template renders twice: with the driver, then with it removed (liquidjs' Render#renderTemplates).

const site = tempSite({
  "_includes/item.html":
    "{% if include.x.title %}<b>{{ include.x.title | upcase }}</b>{% else %}-{% endif %}{% assign last = include.x %}",
});
const engine = engineFor(site);
const renderer = engine.liquid.renderer as unknown as Record<string, unknown>;

function both(template: string, scope: Record<string, unknown>): { fast: string; generic: string } {
  const run = () => {
    try {
      return engine.renderString(template, structuredClone(scope), { file: "page.html" });
    } catch (e) {
      return `error: ${(e as Error).message} at line ${(e as { line?: number }).line}`;
    }
  };
  assert.ok(Object.hasOwn(renderer, "renderTemplates"), "the engine installs the synchronous driver");
  const fast = run();
  const own = renderer["renderTemplates"];
  delete renderer["renderTemplates"];
  try {
    return { fast, generic: run() };
  } finally {
    renderer["renderTemplates"] = own;
  }
}

const scope = {
  page: {
    idx: [2],
    keys: { name: "title" },
    title: "Hello",
    tags: ["b", "a", "c"],
    n: 3,
    nested: { list: [{ title: "one" }, { title: null }, { title: "three" }] },
  },
  site: {
    locale: "fr",
    ui: { fr: { label: "Publié", title: "Titre" }, en: { label: "Published" } },
    posts: [
      { title: "P1", date: "2020-01-02" },
      { title: "P2", date: "2021-03-04" },
    ],
    empty: [],
  },
  key: "title",
  i: 1,
};

const cases: [string, string][] = [
  [
    "plain paths, indexes and commands",
    "{{ page.title }}|{{ page.tags[0] }}|{{ page.tags.size }}|{{ page.tags.first }}|{{ page.tags.last }}|{{ page.title.size }}|{{ page.missing.deep }}|{{ nothing }}",
  ],
  [
    "computed keys and literals",
    "{{ page[key] }}|{{ page.nested.list[i].title }}|{{ 'q' }}|{{ 3.0 }}|{{ 42 }}|{{ nil }}|{{ true }}|{{ (1..3) }}",
  ],
  [
    "keys that are variable paths",
    "{{ site.ui[site.locale].label }}|{{ site.ui[site.missing].label }}|{{ page.nested.list[page.idx[0]].title }}|{{ page[page.keys.name] }}|{{ site.ui[site.locale][key] }}",
  ],
  [
    "filters with positional and keyword arguments",
    "{{ page.tags | sort | join: ', ' }}|{{ page.title | default: 'x' }}|{{ page.none | default: 'dflt', allow_false: true }}|{{ page.n | plus: 2 | times: page.n }}|{{ site.posts | map: 'title' | join: '/' }}|{{ page.title | append: page.n | prepend: key }}",
  ],
  ["unknown filters pass the value through", "{{ page.title | no_such_filter: 1 | downcase }}"],
  [
    "conditions with operators",
    "{% if page.n > 2 and page.title contains 'ell' %}A{% elsif page.n == 3 %}B{% else %}C{% endif %}{% if page.tags == empty or site.empty == empty %}D{% endif %}{% if page.title != nil %}E{% endif %}{% unless page.missing %}F{% else %}G{% endunless %}{% if key %}H{% endif %}",
  ],
  [
    "assign and capture",
    "{% assign t = page.title | upcase %}{% capture c %}[{{ t }}{% if t %}!{% endif %}]{% endcapture %}{{ c }}{{ c.size }}",
  ],
  [
    "loops with break, continue, forloop and else",
    "{% for x in page.nested.list %}{% if x.title == nil %}{% continue %}{% endif %}{{ forloop.index }}:{{ x.title }}{% if forloop.index > 2 %}{% break %}{% endif %};{% endfor %}{% for y in site.empty %}y{% else %}none{% endfor %}",
  ],
  [
    "includes with parameters",
    "{% for x in page.nested.list %}{% include item.html x=x %}{% endfor %}{{ last.title }}",
  ],
  ["a filter error names the line", "a\n{{ page.n | divided_by: 0 }}"],
  ["a comparison error", "{% if page.tags < 2 %}x{% endif %}{% if page.title < 2 %}y{% endif %}"],
];

for (const [name, template] of cases) {
  test(`synchronous Liquid driver renders as liquidjs does: ${name}`, () => {
    const { fast, generic } = both(template, scope);
    assert.equal(fast, generic);
  });
}

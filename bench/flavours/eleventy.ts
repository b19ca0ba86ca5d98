import { SITE, frontMatter, type Publication } from "../content.js";
import { STYLE_CSS, LIQUID_SIDEBAR } from "./shared.js";

/** The synthetic site as an Eleventy 3 site: Liquid templates, a `publications` collection via tags. */
export function eleventyFiles(pubs: Publication[]): Map<string, string> {
  const files = new Map<string, string>();
  files.set(
    "eleventy.config.mjs",
    `export default function (eleventyConfig) {
  eleventyConfig.addPassthroughCopy("assets");
  return {
    dir: { input: ".", includes: "_includes", layouts: "_layouts", data: "_data" },
    markdownTemplateEngine: "liquid",
    htmlTemplateEngine: "liquid",
  };
}
`,
  );
  files.set(
    "_data/site.json",
    JSON.stringify({ title: SITE.title, author: { name: SITE.author, links: SITE.links } }, null, 2) + "\n",
  );
  files.set(
    "publications/publications.json",
    JSON.stringify(
      {
        tags: "publications",
        layout: "publication.liquid",
        permalink: "/publications/{{ page.fileSlug }}/",
      },
      null,
      2,
    ) + "\n",
  );
  files.set("_includes/sidebar.html", LIQUID_SIDEBAR);
  files.set(
    "_layouts/default.liquid",
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{% if title %}{{ title | escape }} - {% endif %}{{ site.title | escape }}</title>
<link rel="stylesheet" href="{{ '/assets/style.css' | url }}">
</head>
<body>
{% include "sidebar.html" %}
<main>
{{ content }}
</main>
<footer>&copy; {{ site.author.name }}</footer>
</body>
</html>
`,
  );
  files.set(
    "_layouts/publication.liquid",
    `---
layout: default.liquid
---
<article>
<h1>{{ title }}</h1>
<p class="meta">{{ page.date | date: "%B %-d, %Y" }} &middot; <em>{{ venue }}</em></p>
<p class="authors">{{ authors | join: ", " }}</p>
{{ content }}
</article>
`,
  );
  files.set(
    "index.liquid",
    `---
layout: default.liquid
title: Publications
permalink: /
---
<h1>Publications</h1>
<ul class="publications">
{% for pub in collections.publications reversed %}<li><a href="{{ pub.url | url }}">{{ pub.data.title }}</a>. {{ pub.data.authors | join: ", " }}. <em>{{ pub.data.venue }}</em>, {{ pub.date | date: "%Y" }}.</li>
{% endfor %}</ul>
`,
  );
  files.set("assets/style.css", STYLE_CSS);
  for (const pub of pubs) files.set(`publications/${pub.slug}.md`, frontMatter(pub) + pub.body);
  return files;
}

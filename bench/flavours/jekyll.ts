import { SITE, frontMatter, type Publication } from "../content.js";
import { STYLE_CSS, LIQUID_SIDEBAR } from "./shared.js";

/** The synthetic site as a Jekyll site (built by Lectern and by Jekyll): a `publications` collection. */
export function jekyllFiles(pubs: Publication[]): Map<string, string> {
  const files = new Map<string, string>();
  const links = SITE.links
    .map((l) => `    - label: ${JSON.stringify(l.label)}\n      url: ${JSON.stringify(l.url)}`)
    .join("\n");
  files.set(
    "_config.yml",
    `title: ${JSON.stringify(SITE.title)}
author:
  name: ${JSON.stringify(SITE.author)}
  links:
${links}
markdown: kramdown
collections:
  publications:
    output: true
    permalink: /publications/:path/
defaults:
  - scope:
      path: ""
      type: publications
    values:
      layout: publication
`,
  );
  files.set("_includes/sidebar.html", LIQUID_SIDEBAR);
  files.set(
    "_layouts/default.html",
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{% if page.title %}{{ page.title | escape }} - {% endif %}{{ site.title | escape }}</title>
<link rel="stylesheet" href="{{ '/assets/style.css' | relative_url }}">
</head>
<body>
{% include sidebar.html %}
<main>
{{ content }}
</main>
<footer>&copy; {{ site.author.name }}</footer>
</body>
</html>
`,
  );
  files.set(
    "_layouts/publication.html",
    `---
layout: default
---
<article>
<h1>{{ page.title }}</h1>
<p class="meta">{{ page.date | date: "%B %-d, %Y" }} &middot; <em>{{ page.venue }}</em></p>
<p class="authors">{{ page.authors | join: ", " }}</p>
{{ content }}
</article>
`,
  );
  files.set(
    "index.html",
    `---
layout: default
title: Publications
---
<h1>Publications</h1>
<ul class="publications">
{% for pub in site.publications reversed %}<li><a href="{{ pub.url | relative_url }}">{{ pub.title }}</a>. {{ pub.authors | join: ", " }}. <em>{{ pub.venue }}</em>, {{ pub.date | date: "%Y" }}.</li>
{% endfor %}</ul>
`,
  );
  files.set("assets/style.css", STYLE_CSS);
  for (const pub of pubs) files.set(`_publications/${pub.slug}.md`, frontMatter(pub) + pub.body);
  return files;
}

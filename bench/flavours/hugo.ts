import { SITE, frontMatter, type Publication } from "../content.js";
import { STYLE_CSS } from "./shared.js";

/** The synthetic site as a Hugo site: `content/publications/`, a base template, a partial for the sidebar. */
export function hugoFiles(pubs: Publication[]): Map<string, string> {
  const files = new Map<string, string>();
  const links = SITE.links
    .map((l) => `[[params.links]]\nlabel = ${JSON.stringify(l.label)}\nurl = ${JSON.stringify(l.url)}`)
    .join("\n");
  // Only the home page and the publications: no taxonomies, feeds, sitemap or section list.
  files.set(
    "hugo.toml",
    `baseURL = "/"
title = ${JSON.stringify(SITE.title)}
disableKinds = ["taxonomy", "term", "RSS", "sitemap", "section", "404", "robotsTXT"]

[permalinks]
publications = "/publications/:filename/"

[params]
author = ${JSON.stringify(SITE.author)}
${links}
`,
  );
  files.set(
    "layouts/partials/sidebar.html",
    `<aside class="sidebar">
<h2>{{ site.Params.author }}</h2>
<ul>
{{ range site.Params.links }}<li><a href="{{ .url }}">{{ .label }}</a></li>
{{ end }}</ul>
</aside>
`,
  );
  files.set(
    "layouts/_default/baseof.html",
    `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>{{ with .Title }}{{ . }} - {{ end }}{{ site.Title }}</title>
<link rel="stylesheet" href="{{ "/assets/style.css" | relURL }}">
</head>
<body>
{{ partial "sidebar.html" . }}
<main>
{{ block "main" . }}{{ end }}
</main>
<footer>&copy; {{ site.Params.author }}</footer>
</body>
</html>
`,
  );
  files.set(
    "layouts/_default/single.html",
    `{{ define "main" }}<article>
<h1>{{ .Title }}</h1>
<p class="meta">{{ .Date.Format "January 2, 2006" }} &middot; <em>{{ .Params.venue }}</em></p>
<p class="authors">{{ delimit .Params.authors ", " }}</p>
{{ .Content }}
</article>
{{ end }}
`,
  );
  files.set(
    "layouts/_default/list.html",
    `{{ define "main" }}<h1>Publications</h1>
<ul class="publications">
{{ range (where site.RegularPages "Section" "publications").ByDate.Reverse }}<li><a href="{{ .RelPermalink }}">{{ .Title }}</a>. {{ delimit .Params.authors ", " }}. <em>{{ .Params.venue }}</em>, {{ .Date.Format "2006" }}.</li>
{{ end }}</ul>
{{ end }}
`,
  );
  files.set("content/_index.md", "---\ntitle: Publications\n---\n");
  files.set("static/assets/style.css", STYLE_CSS);
  for (const pub of pubs) files.set(`content/publications/${pub.slug}.md`, frontMatter(pub) + pub.body);
  return files;
}

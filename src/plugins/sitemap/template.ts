/**
 * Lectern's sitemap template: Liquid that renders to the same bytes as jekyll-sitemap 1.4's (minified)
 * sitemap.xml. Whitespace control (`{%-`, `-%}`) does the gem's minifying; every `<url>` entry, the
 * `<loc>` and the `<lastmod>` sit on their own lines.
 */
export const SITEMAP_TEMPLATE = `<?xml version="1.0" encoding="UTF-8"?>
{% if page.xsl -%}
<?xml-stylesheet type="text/xsl" href="{{ "/sitemap.xsl" | absolute_url }}"?>
{% endif -%}
<urlset xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://www.sitemaps.org/schemas/sitemap/0.9 http://www.sitemaps.org/schemas/sitemap/0.9/sitemap.xsd" xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
{% for c in site.collections -%}
  {%- if c.output == false %}{% continue %}{% endif -%}
  {%- for item in c.docs -%}
    {%- if item.sitemap == false %}{% continue %}{% endif -%}
<url>
<loc>{{ item.url | replace: '/index.html', '/' | absolute_url | xml_escape }}</loc>
{% if item.last_modified_at or item.date -%}
<lastmod>{{ item.last_modified_at | default: item.date | date_to_xmlschema }}</lastmod>
{% endif -%}
</url>
{% endfor -%}
{%- endfor -%}
{%- for p in site.html_pages -%}
  {%- if p.sitemap == false or p.url == "/404.html" %}{% continue %}{% endif -%}
<url>
<loc>{{ p.url | replace: '/index.html', '/' | absolute_url | xml_escape }}</loc>
{% if p.last_modified_at -%}
<lastmod>{{ p.last_modified_at | date_to_xmlschema }}</lastmod>
{% endif -%}
</url>
{% endfor -%}
{%- for f in page.static_files -%}
  {%- if f.sitemap == false or f.name == "404.html" %}{% continue %}{% endif -%}
<url>
<loc>{{ f.path | replace: '/index.html', '/' | absolute_url | xml_escape }}</loc>
<lastmod>{{ f.modified_time | date_to_xmlschema }}</lastmod>
</url>
{% endfor -%}
</urlset>
`;

/** robots.txt as jekyll-sitemap writes it: one line pointing at the sitemap. */
export const ROBOTS_TEMPLATE = `Sitemap: {{ "sitemap.xml" | absolute_url }}
`;

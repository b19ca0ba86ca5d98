/**
 * Lectern's Atom template, rendering to the same bytes as jekyll-feed 0.17's minified feed.xml.
 * The gem strips all whitespace after `>` and `}`; here the pieces are simply joined without any.
 */
const HEAD = [
  `<?xml version="1.0" encoding="utf-8"?>`,
  `{% if page.xsl %}<?xml-stylesheet type="text/xml" href="{{ '/feed.xslt.xml' | absolute_url }}"?>{% endif %}`,
  `<feed xmlns="http://www.w3.org/2005/Atom" {% if site.lang %}xml:lang="{{ site.lang }}"{% endif %}>`,
  `<generator uri="https://jekyllrb.com/" version="{{ jekyll.version }}">Jekyll</generator>`,
  `<link href="{{ page.url | absolute_url }}" rel="self" type="application/atom+xml" />`,
  `<link href="{{ '/' | absolute_url }}" rel="alternate" type="text/html" {% if site.lang %}hreflang="{{ site.lang }}" {% endif %}/>`,
  `<updated>{{ site.time | date_to_xmlschema }}</updated>`,
  `<id>{{ page.url | absolute_url | xml_escape }}</id>`,
  // Title: the site's, then " | Collection" for other collections and " | Category" for category feeds.
  `{% assign feed_title = site.title | default: site.name %}`,
  `{% if page.collection != "posts" %}{% assign feed_part = page.collection | capitalize %}{% assign feed_title = feed_title | append: " | " | append: feed_part %}{% endif %}`,
  `{% if page.category %}{% assign feed_part = page.category | capitalize %}{% assign feed_title = feed_title | append: " | " | append: feed_part %}{% endif %}`,
  `{% if feed_title %}<title type="html">{{ feed_title | smartify | xml_escape }}</title>{% endif %}`,
  `{% if site.description %}<subtitle>{{ site.description | xml_escape }}</subtitle>{% endif %}`,
  `{% if site.author %}<author><name>{{ site.author.name | default: site.author | xml_escape }}</name>`,
  `{% if site.author.email %}<email>{{ site.author.email | xml_escape }}</email>{% endif %}`,
  `{% if site.author.uri %}<uri>{{ site.author.uri | xml_escape }}</uri>{% endif %}</author>{% endif %}`,
];

/** Which entries: the tag's posts, else the collection's; then the category, drafts, newest first, the limit. */
const SELECT = [
  `{% if page.tags %}{% assign feed_items = site.tags[page.tags] %}{% else %}{% assign feed_items = site[page.collection] %}{% endif %}`,
  `{% if page.category %}{% assign feed_items = feed_items | where: "categories", page.category %}{% endif %}`,
  `{% unless site.show_drafts %}{% assign feed_items = feed_items | where_exp: "item", "item.draft != true" %}{% endunless %}`,
  `{% assign feed_items = feed_items | sort: "date" | reverse %}`,
  `{% assign feed_limit = site.feed.posts_limit | default: 10 %}`,
];

/** One `<entry>`. */
const ENTRY = [
  `{% for post in feed_items limit: feed_limit %}`,
  `<entry{% if post.lang %}{{ " " }}xml:lang="{{ post.lang }}"{% endif %}>`,
  `{% assign entry_title = post.title | smartify | strip_html | normalize_whitespace | xml_escape %}`,
  `<title type="html">{{ entry_title }}</title>`,
  `<link href="{{ post.url | absolute_url }}" rel="alternate" type="text/html" title="{{ entry_title }}" />`,
  `<published>{{ post.date | date_to_xmlschema }}</published>`,
  `<updated>{{ post.last_modified_at | default: post.date | date_to_xmlschema }}</updated>`,
  `<id>{{ post.id | absolute_url | xml_escape }}</id>`,
  `{% assign entry_excerpt_only = post.feed.excerpt_only | default: site.feed.excerpt_only %}`,
  `{% unless entry_excerpt_only %}<content type="html" xml:base="{{ post.url | absolute_url | xml_escape }}"><![CDATA[{{ post.content | strip }}]]></content>{% endunless %}`,
  // Author: the post's (or its first of `authors`), else the site's; a name found in site.data.authors expands.
  `{% assign entry_author = post.author | default: post.authors[0] | default: site.author %}`,
  `{% assign entry_author = site.data.authors[entry_author] | default: entry_author %}`,
  `{% assign entry_email = entry_author.email | default: nil %}`,
  `{% assign entry_uri = entry_author.uri | default: nil %}`,
  `{% assign entry_name = entry_author.name | default: entry_author %}`,
  `<author><name>{{ entry_name | default: "" | xml_escape }}</name>`,
  `{% if entry_email %}<email>{{ entry_email | xml_escape }}</email>{% endif %}`,
  `{% if entry_uri %}<uri>{{ entry_uri | xml_escape }}</uri>{% endif %}</author>`,
  `{% if post.category %}<category term="{{ post.category | xml_escape }}" />`,
  `{% elsif post.categories %}{% for c in post.categories %}<category term="{{ c | xml_escape }}" />{% endfor %}{% endif %}`,
  `{% for t in post.tags %}<category term="{{ t | xml_escape }}" />{% endfor %}`,
  `{% assign entry_summary = post.description | default: post.excerpt %}`,
  `{% if entry_summary and entry_summary != empty %}<summary type="html"><![CDATA[{{ entry_summary | strip_html | normalize_whitespace }}]]></summary>{% endif %}`,
  `{% assign entry_image = post.image.path | default: post.image %}`,
  `{% if entry_image %}{% unless entry_image contains "://" %}{% assign entry_image = entry_image | absolute_url %}{% endunless %}`,
  `<media:thumbnail xmlns:media="http://search.yahoo.com/mrss/" url="{{ entry_image | xml_escape }}" />`,
  `<media:content medium="image" url="{{ entry_image | xml_escape }}" xmlns:media="http://search.yahoo.com/mrss/" />{% endif %}`,
  `</entry>{% endfor %}`,
];

/** The whole feed template. */
export const FEED_TEMPLATE = [...HEAD, ...SELECT, ...ENTRY, `</feed>`].join("");

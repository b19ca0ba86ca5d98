/** A small stylesheet every flavour copies unchanged (a static file, not a page). */
export const STYLE_CSS = `body { font-family: sans-serif; display: flex; margin: 0; }
.sidebar { width: 14rem; padding: 1rem; background: #f4f4f4; }
main { flex: 1; padding: 1rem 2rem; max-width: 48rem; }
.meta, .authors { color: #555; }
pre { background: #f8f8f8; padding: 0.5rem; overflow-x: auto; }
`;

/** The sidebar include the two Liquid flavours (Jekyll-style and Eleventy) share word for word. */
export const LIQUID_SIDEBAR = `<aside class="sidebar">
<h2>{{ site.author.name }}</h2>
<ul>
{% for link in site.author.links %}<li><a href="{{ link.url }}">{{ link.label }}</a></li>
{% endfor %}</ul>
</aside>
`;

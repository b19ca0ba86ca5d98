import { escapeHtml, keySlug } from "./markup.js";
import type { EntryView } from "./view.js";

/** The parts of an entry view the HTML uses. */
export type EntryViewLike = Pick<
  EntryView,
  | "key"
  | "id"
  | "title_html"
  | "authors_html"
  | "venue_html"
  | "year"
  | "badges"
  | "abstract_html"
  | "links"
  | "bibtex"
  | "url"
>;

/** A group of the list, with entry views. */
export interface GroupView {
  key: string;
  title: string;
  entries: EntryViewLike[];
}

/** The copy button's code, once per page: copies the `<pre>` beside the button. */
export const COPY_SCRIPT =
  '<script>document.addEventListener("click",function(e){var b=e.target.closest&&e.target.closest(".bib-copy");if(!b||!navigator.clipboard)return;' +
  'navigator.clipboard.writeText(b.parentNode.querySelector("pre").textContent).then(function(){b.textContent="Copied";setTimeout(function(){b.textContent="Copy"},1500)})});</script>';

function venueLine(v: EntryViewLike): string {
  // A venue that already names the year ("ICLR 2025") is not followed by it again.
  const named = v.year !== null && new RegExp(`(?<!\\d)${v.year}(?!\\d)`).test(v.venue_html);
  const parts = [v.venue_html ? `<cite>${v.venue_html}</cite>` : "", v.year === null || named ? "" : String(v.year)]
    .filter(Boolean)
    .join(", ");
  const badges = v.badges.map((b) => ` <span class="bib-badge">${escapeHtml(b)}</span>`).join("");
  return parts || badges ? `<p class="bib-entry__venue">${parts}${badges}</p>` : "";
}

/** The paper's title for screen readers, after a repeated label ("Code", "BibTeX"). */
function srTitle(v: EntryViewLike): string {
  return `<span class="sr-only">: ${(v.title_html || escapeHtml(v.key)).replace(/<[^>]*>/g, "")}</span>`;
}

function linkList(v: EntryViewLike, compact: boolean): string {
  const items = v.links.map(
    (l) =>
      `<li><a class="btn bib-link bib-link--${l.kind}" href="${escapeHtml(l.href)}">${escapeHtml(l.label)}${compact ? srTitle(v) : ""}</a></li>`,
  );
  return items.length ? `<ul class="item-links">${items.join("")}</ul>` : "";
}

function bibtexBlock(v: EntryViewLike): string {
  return `<pre><code>${escapeHtml(v.bibtex)}</code></pre><button type="button" class="btn bib-copy">Copy</button>`;
}

/** One entry of the publications list: title (linking to its page), authors, venue and year, badges, links, BibTeX, abstract. */
export function entryHtml(v: EntryViewLike, level = 3): string {
  const text = v.title_html || escapeHtml(v.key);
  const title = v.url ? `<a href="${escapeHtml(v.url)}">${text}</a>` : text;
  return [
    `<article class="archive__item bib-entry" id="${escapeHtml(v.id)}">`,
    `<h${level} class="archive__item-title">${title}</h${level}>`,
    `<p class="bib-entry__authors">${v.authors_html}</p>`,
    venueLine(v),
    linkList(v, true),
    `<details class="bib-bibtex"><summary class="btn">BibTeX${srTitle(v)}</summary>${bibtexBlock(v)}</details>`,
    v.abstract_html
      ? `<details class="bib-abstract"><summary>Abstract${srTitle(v)}</summary><p>${v.abstract_html}</p></details>`
      : "",
    "</article>",
  ]
    .filter(Boolean)
    .join("\n");
}

/** The publications page body: headed groups of entries, a note on the co-first mark, the copy script. */
export function listHtml(groups: readonly GroupView[], coFirstNote: string): string {
  const sections = groups.map((g) => {
    if (!g.title) return g.entries.map((e) => entryHtml(e, 2)).join("\n");
    const id = `bib-group-${keySlug(g.key || "undated")}`;
    return `<section class="archive__group bib-group" aria-labelledby="${id}">\n<h2 class="archive__subtitle" id="${id}">${escapeHtml(g.title)}</h2>\n${g.entries.map((e) => entryHtml(e)).join("\n")}\n</section>`;
  });
  return `<div class="bib-list">\n${coFirstNote}${sections.join("\n")}\n</div>\n${COPY_SCRIPT}\n`;
}

/** A paper's own page body: authors, venue, links, abstract and the BibTeX with a copy button. */
export function paperHtml(v: EntryViewLike, coFirstNote: string): string {
  return (
    [
      `<div class="bib-paper">`,
      `<p class="bib-entry__authors">${v.authors_html}</p>`,
      venueLine(v),
      linkList(v, false),
      coFirstNote,
      v.abstract_html ? `<h2 id="abstract">Abstract</h2>\n<p class="bib-abstract">${v.abstract_html}</p>` : "",
      `<h2 id="bibtex">BibTeX</h2>\n<div class="bib-bibtex">${bibtexBlock(v)}</div>`,
      `</div>`,
      COPY_SCRIPT,
    ]
      .filter(Boolean)
      .join("\n") + "\n"
  );
}

/** "* Equal contribution." when any shown author carries the co-first mark, else "". */
export function coFirstNote(show: boolean, mark: string): string {
  return show && mark ? `<p class="bib-legend"><sup>${escapeHtml(mark)}</sup> Equal contribution.</p>\n` : "";
}

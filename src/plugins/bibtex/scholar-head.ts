import type { BibEntry } from "./entry.js";
import { escapeHtml } from "./markup.js";

/** Where the site lives, to make addresses absolute (`url` + `baseurl` from `_config.yml`). */
export interface SiteAddress {
  url?: string;
  baseurl?: string;
}

/** One `<meta name content>` pair. */
export type MetaTag = [name: string, content: string];

/** An absolute address for a site path or a link written in a `.bib` file or front matter. */
export function absoluteUrl(href: string, site: SiteAddress): string {
  if (/^[a-z][a-z0-9+.-]*:/i.test(href) || href.startsWith("//")) return href;
  const base = (site.url ?? "").replace(/\/+$/, "") + (site.baseurl ?? "").replace(/\/+$/, "");
  return base + (href.startsWith("/") ? href : `/${href}`);
}

/** Google Scholar's date: "2023/10/05" when the day is known, else the year alone. */
export function scholarDate(year?: number, month?: number, day?: number): string | undefined {
  if (year === undefined) return undefined;
  return month && day ? `${year}/${pad(month)}/${pad(day)}` : String(year);
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

/** The `citation_*` tags Google Scholar reads (https://scholar.google.com/intl/en/scholar/inclusion.html#indexing), in order. */
export function scholarTags(entry: BibEntry, site: SiteAddress = {}): MetaTag[] {
  const f = entry.fields;
  const tags: MetaTag[] = [["citation_title", entry.title]];
  // Scholar's own example writes "Last, First", which keeps multi-word family names intact.
  for (const a of entry.authors)
    if (!a.others) tags.push(["citation_author", a.first ? `${a.last}, ${a.first}` : a.last]);
  const date = scholarDate(entry.year, entry.month, entry.day);
  if (date) tags.push(["citation_publication_date", date]);
  if (/thesis/.test(entry.type)) {
    if (f.school || f.institution) tags.push(["citation_dissertation_institution", f.school || f.institution!]);
  } else if (entry.type === "techreport" || entry.type === "report") {
    if (f.institution) tags.push(["citation_technical_report_institution", f.institution]);
    if (f.number) tags.push(["citation_technical_report_number", f.number]);
  } else if (entry.venue && entry.journal) {
    tags.push(["citation_journal_title", entry.venue]);
  } else if (entry.venue && isConference(entry)) {
    tags.push(["citation_conference_title", entry.venue]);
  }
  if (f.volume) tags.push(["citation_volume", f.volume]);
  if (f.number && entry.journal) tags.push(["citation_issue", f.number]);
  const pages = /^\s*(\w+)\s*(?:-+|–|—)\s*(\w+)/.exec(f.pages ?? "");
  if (pages) tags.push(["citation_firstpage", pages[1]!], ["citation_lastpage", pages[2]!]);
  else if (f.pages) tags.push(["citation_firstpage", f.pages.trim()]);
  if (f.isbn) tags.push(["citation_isbn", f.isbn]);
  if (f.issn) tags.push(["citation_issn", f.issn]);
  if (entry.pdfUrl) tags.push(["citation_pdf_url", absoluteUrl(entry.pdfUrl, site)]);
  if (entry.doi) tags.push(["citation_doi", entry.doi]);
  if (entry.arxivId) tags.push(["citation_arxiv_id", entry.arxivId]);
  return tags;
}

/** Conference and workshop papers (Scholar's `citation_conference_title`); a book chapter's booktitle is not a conference. */
function isConference(entry: BibEntry): boolean {
  if (/^(inproceedings|conference|proceedings)$/.test(entry.type)) return true;
  return !!entry.fields.booktitle && !/^(incollection|inbook|book|bookinbook)$/.test(entry.type);
}

/** `<meta name="…" content="…">` lines for the given tags. */
export function metaTagsHtml(tags: readonly MetaTag[]): string {
  return tags.map(([name, content]) => `<meta name="${name}" content="${escapeHtml(content)}">`).join("\n");
}

/** schema.org `ScholarlyArticle` description of an entry. */
export function scholarlyArticle(entry: BibEntry, site: SiteAddress = {}, pageUrl?: string): Record<string, unknown> {
  const date =
    entry.year === undefined
      ? undefined
      : [entry.year, entry.month && pad(entry.month), entry.month && entry.day && pad(entry.day)]
          .filter(Boolean)
          .join("-");
  const sameAs = [entry.links.url, entry.links.doi, entry.links.arxiv]
    .filter((u): u is string => !!u)
    .map((u) => absoluteUrl(u, site));
  return prune({
    "@context": "https://schema.org",
    "@type": "ScholarlyArticle",
    headline: entry.title,
    name: entry.title,
    author: entry.authors.filter((a) => !a.others).map((a) => ({ "@type": "Person", name: a.full })),
    datePublished: date,
    isPartOf: entry.venue ? { "@type": entry.journal ? "Periodical" : "CreativeWork", name: entry.venue } : undefined,
    abstract: entry.abstract || undefined,
    url: pageUrl ? absoluteUrl(pageUrl, site) : undefined,
    sameAs: sameAs.length ? [...new Set(sameAs)] : undefined,
    identifier: entry.doi ? { "@type": "PropertyValue", propertyID: "DOI", value: entry.doi } : undefined,
    encoding: entry.pdfUrl
      ? { "@type": "MediaObject", encodingFormat: "application/pdf", contentUrl: absoluteUrl(entry.pdfUrl, site) }
      : undefined,
  });
}

/** JSON-LD in a script element, safe to place in HTML. */
export function jsonLdHtml(data: Record<string, unknown>): string {
  const json = JSON.stringify(data).replace(/</g, "\\u003c").replace(/>/g, "\\u003e").replace(/&/g, "\\u0026");
  return `<script type="application/ld+json">${json}</script>`;
}

/** The whole head snippet of a paper page: Scholar's meta tags, then the JSON-LD. */
export function scholarHead(entry: BibEntry, site: SiteAddress = {}, pageUrl?: string): string {
  return `${metaTagsHtml(scholarTags(entry, site))}\n${jsonLdHtml(scholarlyArticle(entry, site, pageUrl))}\n`;
}

function prune(o: Record<string, unknown>): Record<string, unknown> {
  for (const k of Object.keys(o)) if (o[k] === undefined) delete o[k];
  return o;
}

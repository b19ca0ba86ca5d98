import type { GeneratorSite } from "../types.js";
import { highlightNamesInHtml } from "../bibtex/highlight-text.js";
import type { EntryView } from "../bibtex/view.js";
import { cvDate, yearOf } from "./dates.js";
import { entry, escapeHtml, html, text, type CvEntry, type CvSection } from "./model.js";

/** A collection document as generators see it. */
type Doc = { relativePath: string; url: string; data: Record<string, unknown> };

/**
 * Publications from the site itself: the BibTeX entries (`site.bibliography`, owner in bold as on the publications
 * page), else the `_publications` documents (their `citation` with the owner's names in bold); undefined when neither.
 */
export function publicationsSection(site: GeneratorSite, me: readonly string[], base: string): CvSection | undefined {
  const views = bibliographyViews(site);
  if (views.length) {
    const mark = coFirstMark(views);
    const note = mark ? `${mark} Equal contribution` : undefined;
    return { id: "cv-publications", title: "Publications", style: "publications", note, entries: views.map(fromView) };
  }
  const docs = newestFirst(site.documents("publications"));
  if (!docs.length) return undefined;
  const entries = docs.map((d) => {
    const citation = text(d.data.citation);
    return entry(html(d.data.title) ?? escapeHtml(d.relativePath), {
      url: base + d.url,
      subtitle_html: citation ? highlightNamesInHtml(citation, me) : undefined,
      detail_html: citation ? undefined : html(d.data.venue),
      date: yearOf(d.data.date ?? dateFromName(d.relativePath)),
    });
  });
  return { id: "cv-publications", title: "Publications", style: "publications", entries };
}

/** Talks (`_talks`): title, type and venue, place and month. */
export function talksSection(site: GeneratorSite, base: string): CvSection | undefined {
  const docs = newestFirst(site.documents("talks"));
  if (!docs.length) return undefined;
  const entries = docs.map((d) =>
    entry(html(d.data.title) ?? escapeHtml(d.relativePath), {
      url: base + d.url,
      subtitle_html: html([text(d.data.type) || text(d.data.talk_type), text(d.data.venue)].filter(Boolean).join(", ")),
      date: cvDate(d.data.date ?? dateFromName(d.relativePath)),
      location: text(d.data.location) || undefined,
    }),
  );
  return { id: "cv-talks", title: "Talks", style: "entries", entries };
}

/** Teaching (`_teaching`): course, type and venue, place and year. */
export function teachingSection(site: GeneratorSite, base: string): CvSection | undefined {
  const docs = newestFirst(site.documents("teaching"));
  if (!docs.length) return undefined;
  const entries = docs.map((d) =>
    entry(html(d.data.title) ?? escapeHtml(d.relativePath), {
      url: base + d.url,
      subtitle_html: html([text(d.data.type), text(d.data.venue)].filter(Boolean).join(", ")),
      date: yearOf(d.data.date ?? dateFromName(d.relativePath)),
      location: text(d.data.location) || undefined,
    }),
  );
  return { id: "cv-teaching", title: "Teaching", style: "entries", entries };
}

/** The BibTeX plugin's entry views, wherever it put them (`site.bibliography`, or `site.data.bibliography`). */
function bibliographyViews(site: GeneratorSite): EntryView[] {
  for (const list of [(site.config as Record<string, unknown>).bibliography, site.data.bibliography]) {
    if (Array.isArray(list) && list.length && list.every((v) => v && typeof v.authors_html === "string"))
      return list as EntryView[];
  }
  return [];
}

/** The co-first mark the author lists use, when any does. */
function coFirstMark(views: readonly EntryView[]): string | undefined {
  for (const v of views) {
    const m = /<sup class="author-cofirst"[^>]*>([^<]*)<\/sup>/.exec(v.authors_html);
    if (m) return m[1];
  }
  return undefined;
}

/** One BibTeX entry: title (to its page), authors with the owner in bold, venue, year. */
function fromView(v: EntryView): CvEntry {
  return entry(v.title_html || escapeHtml(v.key), {
    url: v.url ?? v.links[0]?.href,
    subtitle_html: v.authors_html,
    detail_html: (v.note_html ? `${v.venue_html} (${v.note_html})` : v.venue_html) || undefined,
    date: v.year === null ? undefined : String(v.year),
  });
}

function newestFirst(docs: Doc[]): Doc[] {
  const key = (d: Doc) => {
    const v = d.data.date ?? dateFromName(d.relativePath);
    return v instanceof Date ? v.toISOString() : text(v);
  };
  return [...docs].sort((a, b) => (key(a) < key(b) ? 1 : key(a) > key(b) ? -1 : 0));
}

/** The date in a file name such as "2021-05-04-talk.md". */
function dateFromName(path: string): string | undefined {
  return /(?:^|\/)(\d{4}-\d{2}-\d{2})-[^/]*$/.exec(path)?.[1];
}

import type { BibEntry, BibLinks } from "./entry.js";
import { authorsText, formatAuthors, type AuthorFormat } from "./authors.js";
import { isMe } from "./names.js";
import { keySlug } from "./markup.js";

/** Labels of link buttons, in the order they are shown. */
export const LINK_LABELS: Array<[keyof BibLinks, string]> = [
  ["url", "Paper"],
  ["pdf", "PDF"],
  ["arxiv", "arXiv"],
  ["doi", "DOI"],
  ["code", "Code"],
  ["slides", "Slides"],
  ["html", "Web"],
];

/** What `entryView` needs beyond the entry. */
export interface ViewOptions extends AuthorFormat {
  /** Site `baseurl`, put in front of site-relative links ("/files/x.pdf"). */
  baseurl?: string;
  /** URL of the paper's own page, if it has one. */
  url?: string;
  /** HTML id of the entry in lists (default "bib-" and the key made id-safe). */
  id?: string;
}

/** An entry as Liquid sees it (`site.data.bibliography[i]`): plain values, HTML precomputed, snake_case names. */
export interface EntryView {
  key: string;
  /** HTML id of the entry in lists. */
  id: string;
  type: string;
  category: string;
  title: string;
  title_html: string;
  authors: string[];
  authors_html: string;
  authors_text: string;
  /** True when the owner (`scholar.me`) is among the authors. */
  me: boolean;
  year: number | null;
  month: number | null;
  day: number | null;
  /** "YYYY-MM-DD", month and day defaulting to 1. */
  date: string | null;
  venue: string;
  venue_html: string;
  note: string;
  note_html: string;
  badges: string[];
  abstract: string;
  abstract_html: string;
  links: Array<{ kind: string; label: string; href: string }>;
  /** `pdf_url`, `url_url`, `code_url`, ... one per link. */
  [link: `${string}_url`]: string;
  doi: string | null;
  arxiv_id: string | null;
  bibtex: string;
  /** The paper's page, with baseurl. */
  url: string | null;
  fields: Record<string, string>;
  path: string;
  line: number;
}

/** Builds the Liquid view of an entry. */
export function entryView(e: BibEntry, options: ViewOptions = {}): EntryView {
  const base = (options.baseurl ?? "").replace(/\/+$/, "");
  const href = (u: string) => (u.startsWith("/") && !u.startsWith("//") ? base + u : u);
  const links = LINK_LABELS.filter(([k]) => e.links[k]).map(([kind, label]) => ({
    kind,
    label,
    href: href(e.links[kind]!),
  }));
  return {
    key: e.key,
    id: options.id ?? `bib-${keySlug(e.key)}`,
    type: e.type,
    category: e.category,
    title: e.title,
    title_html: e.html.title,
    authors: e.authors.map((a) => a.full),
    authors_html: formatAuthors(e, options),
    authors_text: authorsText(e, options.coFirstMark ?? "*"),
    me: options.me ? e.authors.some((a) => isMe(a, options.me!)) : false,
    year: e.year ?? null,
    month: e.month ?? null,
    day: e.day ?? null,
    date: e.year === undefined ? null : `${e.year}-${pad(e.month ?? 1)}-${pad(e.day ?? 1)}`,
    venue: e.venue,
    venue_html: e.html.venue,
    note: e.note,
    note_html: e.html.note,
    badges: e.note ? e.note.split(/\s*[;,]\s*/).filter(Boolean) : [],
    abstract: e.abstract,
    abstract_html: e.html.abstract,
    links,
    ...Object.fromEntries(Object.entries(e.links).map(([k, v]) => [`${k}_url`, href(v)])),
    doi: e.doi ?? null,
    arxiv_id: e.arxivId ?? null,
    bibtex: e.bibtex,
    url: options.url ?? null,
    fields: e.fields,
    path: e.file,
    line: e.line,
  };
}

function pad(n: number): string {
  return String(n).padStart(2, "0");
}

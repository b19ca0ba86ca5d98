import type { Creator } from "@retorquere/bibtex-parser";
import type { ParsedEntry } from "./parse.js";
import { personFromCreator, type Person } from "./names.js";
import {
  entryCategory,
  entryDate,
  fieldHtml,
  fieldText,
  isJournal,
  siteCategory,
  venueField,
  type FieldValue,
} from "./fields.js";
import { toBibtex } from "./serialize.js";

/** Link buttons of a paper, as absolute hrefs. */
export interface BibLinks {
  pdf?: string;
  url?: string;
  code?: string;
  slides?: string;
  doi?: string;
  arxiv?: string;
  html?: string;
}

/** One publication, ready for templates, tags and the importer. */
export interface BibEntry {
  key: string;
  /** Lower-case entry type: "article", "inproceedings", ... */
  type: string;
  /** Every field as plain Unicode text (LaTeX converted, markup dropped). */
  fields: Record<string, string>;
  /** Title, venue, abstract and note as safe HTML (italics, sub/superscripts kept). */
  html: { title: string; venue: string; abstract: string; note: string };
  authors: Person[];
  editors: Person[];
  year?: number;
  month?: number;
  day?: number;
  title: string;
  /** Journal, booktitle, school, publisher..., whichever the entry has first. */
  venue: string;
  /** True when the venue is a journal rather than a conference or book. */
  journal: boolean;
  links: BibLinks;
  doi?: string;
  arxivId?: string;
  /** The best full-text PDF address: `pdf`, else a `url` that is a PDF. */
  pdfUrl?: string;
  abstract: string;
  note: string;
  /** academicpages `publication_category` key (books, manuscripts, conferences, theses, or a `category` field). */
  category: string;
  /** The entry written back as tidy BibTeX, without site-only fields (code, slides, category...). */
  bibtex: string;
  file: string;
  line: number;
}

const ARXIV_URL = /arxiv\.org\/(?:abs|pdf)\/([^\s?#]+?)(?:v\d+)?(?:\.pdf)?(?:[?#].*)?$/i;

/** Builds the model of one parsed entry; `categories` are the site's `publication_category` keys. */
export function toBibEntry(p: ParsedEntry, categories: readonly string[] = []): BibEntry {
  const f = p.fields;
  const fields: Record<string, string> = {};
  for (const [name, value] of Object.entries(f)) fields[name] = fieldText(value);
  const authors = people(f.author);
  markCoFirstFromField(
    authors,
    fields.cofirst ?? fields.co_first ?? fields.equal_contribution ?? fields.equalcontribution,
  );
  const doi = fields.doi?.replace(/^https?:\/\/(dx\.)?doi\.org\//i, "") || undefined;
  const arxivId = arxivIdOf(fields);
  const url = fields.url || undefined;
  const links: BibLinks = {
    pdf: fields.pdf || undefined,
    url,
    code: fields.code || fields.github || undefined,
    slides: fields.slides || undefined,
    doi: doi ? `https://doi.org/${doi}` : undefined,
    arxiv: (fields.arxiv || isArxivEprint(fields)) && arxivId ? `https://arxiv.org/abs/${arxivId}` : undefined,
    html: fields.html || undefined,
  };
  for (const k of Object.keys(links) as (keyof BibLinks)[]) if (links[k] === undefined) delete links[k];
  const venueName = venueField(f);
  const pdfUrl =
    links.pdf ??
    (url && /\.pdf$|\/pdf\//i.test(url) ? url : undefined) ??
    (arxivId ? `https://arxiv.org/pdf/${arxivId}` : undefined);
  return {
    key: p.key,
    type: p.type,
    fields,
    html: {
      title: fieldHtml(f.title),
      venue: venueName ? fieldHtml(f[venueName]) : "",
      abstract: fieldHtml(f.abstract),
      note: fieldHtml(f.note),
    },
    authors,
    editors: people(f.editor),
    ...entryDate(f),
    title: fields.title ?? "",
    venue: venueName ? fields[venueName]! : arxivId ? `arXiv preprint arXiv:${arxivId}` : "",
    journal: isJournal(p.type, f),
    links,
    doi,
    arxivId,
    pdfUrl,
    abstract: fields.abstract ?? "",
    note: fields.note ?? "",
    category: fieldText(f.category).trim() || siteCategory(entryCategory(p.type, f), categories),
    bibtex: toBibtex(p),
    file: p.file,
    line: p.line,
  };
}

function people(value: FieldValue | undefined): Person[] {
  return Array.isArray(value) && value.length > 0 && typeof value[0] === "object"
    ? (value as Creator[]).map(personFromCreator)
    : [];
}

/** `cofirst = {1,2}`: positions (from 1) of the authors who contributed equally. */
function markCoFirstFromField(authors: Person[], spec: string | undefined): void {
  if (!spec) return;
  for (const n of spec.match(/\d+/g) ?? []) {
    const a = authors[Number(n) - 1];
    if (a) a.coFirst = true;
  }
}

function isArxivEprint(fields: Record<string, string>): boolean {
  return !!fields.eprint && /arxiv/i.test(fields.archiveprefix ?? fields.eprinttype ?? "");
}

/** The arXiv id from an `arxiv` field (id, "arXiv:id" or URL), an arXiv `eprint`, or an arXiv address in url/pdf/journal. */
function arxivIdOf(fields: Record<string, string>): string | undefined {
  if (fields.arxiv) return ARXIV_URL.exec(fields.arxiv)?.[1] ?? fields.arxiv.replace(/^arxiv:\s*/i, "");
  if (isArxivEprint(fields)) return fields.eprint;
  for (const candidate of [fields.url, fields.pdf, fields.journal]) {
    const m = candidate ? (ARXIV_URL.exec(candidate) ?? /arXiv:(\d{4}\.\d{4,5})/i.exec(candidate)) : null;
    if (m) return m[1];
  }
  return undefined;
}

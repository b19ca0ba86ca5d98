import type { BibEntry } from "./entry.js";
import { plainText } from "./markup.js";
import { splitName, type Person } from "./names.js";
import { scholarHead, type SiteAddress } from "./scholar-head.js";

const CONFERENCE =
  /conference|proceedings|workshop|symposium|congress|meeting|\b(ICLR|ICML|NeurIPS|NIPS|ACL|EMNLP|NAACL|COLING|CVPR|ICCV|ECCV|AAAI|IJCAI|SIGIR|KDD|CIKM|WWW|ICRA|IROS|CHI)\b/i;

/** The Scholar head (`citation_*` tags and JSON-LD) of an academicpages `_publications` document, or "" without a title. */
export function scholarHeadFromFrontMatter(
  data: Record<string, unknown>,
  site: SiteAddress = {},
  pageUrl?: string,
): string {
  const entry = entryFromFrontMatter(data);
  if (!entry) return "";
  const url =
    pageUrl ??
    (typeof data.url === "string" ? data.url : typeof data.permalink === "string" ? data.permalink : undefined);
  return scholarHead(entry, site, url);
}

/** A publication model built from front matter (title, authors or citation, venue, date, paperurl, doi). */
export function entryFromFrontMatter(data: Record<string, unknown>): BibEntry | undefined {
  const title = text(data.title);
  if (!title) return undefined;
  const date = dateParts(data.date);
  const venue = plainText(text(data.venue));
  const category = text(data.category);
  const paperurl = text(data.paperurl) || text(data.pdf);
  const pdfUrl = /\.pdf(?:[?#].*)?$|arxiv\.org\/pdf\//i.test(paperurl) ? paperurl : undefined;
  const doi = text(data.doi).replace(/^https?:\/\/(dx\.)?doi\.org\//i, "") || undefined;
  const arxivId = text(data.arxiv) || /arxiv\.org\/(?:abs|pdf)\/(\d{4}\.\d{4,5})/i.exec(paperurl)?.[1] || undefined;
  const journal = category === "conferences" ? false : category === "manuscripts" ? true : !CONFERENCE.test(venue);
  return {
    key: "",
    type: journal ? "article" : "inproceedings",
    fields: {},
    html: { title, venue, abstract: "", note: "" },
    authors: authorsFromFrontMatter(data),
    editors: [],
    ...date,
    title,
    venue,
    journal,
    links: paperurl ? { url: paperurl } : {},
    doi,
    arxivId,
    pdfUrl,
    abstract: plainText(text(data.abstract) || text(data.excerpt)),
    note: "",
    category: category || (journal ? "manuscripts" : "conferences"),
    bibtex: "",
    file: "",
    line: 0,
  };
}

function text(v: unknown): string {
  return typeof v === "string" ? v.trim() : typeof v === "number" ? String(v) : "";
}

/**
 * Year, month and day of a front-matter date. academicpages needs a full date, so a paper known only by
 * year or month is dated the 1st (as `lectern import` does): a first of the month counts as "day unknown"
 * and Scholar gets the year alone rather than a made-up day.
 */
function dateParts(v: unknown): { year?: number; month?: number; day?: number } {
  let parts: number[];
  if (v instanceof Date && !Number.isNaN(v.getTime()))
    parts = [v.getUTCFullYear(), v.getUTCMonth() + 1, v.getUTCDate()];
  else {
    const m = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(text(v));
    if (!m) return {};
    parts = [Number(m[1]), m[2] ? Number(m[2]) : 0, m[2] && m[3] ? Number(m[3]) : 0];
  }
  const [year, month, day] = parts as [number, number, number];
  return day > 1 ? { year, month, day } : { year, month: month || undefined };
}

/** Authors from an `authors` list or string ("A; B", "A and B"), else from the start of an APA-like `citation`. */
export function authorsFromFrontMatter(data: Record<string, unknown>): Person[] {
  const listed = Array.isArray(data.authors) ? data.authors.map(text) : text(data.authors).split(/\s*;\s*|\s+and\s+/);
  let names = listed.map((n) => plainText(n)).filter(Boolean);
  if (names.length === 0)
    names = namesFromCitation(
      plainText(
        text(data.citation)
          .replace(/&quot;/g, '"')
          .replace(/&amp;/g, "&"),
      ),
    );
  return names.map((n) => {
    const { first, last } = splitName(n);
    return { first, last, full: first ? `${first} ${last}` : last, coFirst: /\*\s*$/.test(n), others: false };
  });
}

const INITIALS = /^(?:\p{Lu}\.?\s*-?\s*)+$/u;

/** "Grivet Sébert, A., & Poli, J. P. (2018). …" → ["Grivet Sébert, A.", "Poli, J. P."]. */
function namesFromCitation(citation: string): string[] {
  // "…, Junxian He. (2023)": the period ends the list; in "Poli, J. P. (2018)" it belongs to an initial.
  const head = (/^(.*?)\s*\(\d{4}[^)]*\)/.exec(citation)?.[1] ?? "").replace(/(\p{L}{2,})\.$/u, "$1");
  const parts = head
    .split(/\s*,\s*|\s*&\s*|\s+and\s+/)
    .map((p) => p.trim())
    .filter((p) => p && p !== "&");
  const names: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const next = parts[i + 1];
    if (next !== undefined && (INITIALS.test(next) || /^\p{Lu}\p{Ll}*\.$/u.test(next))) {
      names.push(`${parts[i]}, ${next}`);
      i++;
    } else names.push(parts[i]!);
  }
  return names;
}

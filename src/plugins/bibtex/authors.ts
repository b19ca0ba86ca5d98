import type { BibEntry } from "./entry.js";
import { escapeHtml } from "./markup.js";
import { isMe, type Person } from "./names.js";

/** How author lists are shown. */
export interface AuthorFormat {
  /** Name variants of the site owner, highlighted wherever they appear. */
  me?: readonly string[];
  /** Shown after each co-first author (default "*"). */
  coFirstMark?: string;
}

/** The author list as HTML: owner in `<strong class="author-me">`, co-first authors marked, "others" as "et al.". */
export function formatAuthors(entry: Pick<BibEntry, "authors">, options: AuthorFormat = {}): string {
  return entry.authors.map((a) => formatPerson(a, options)).join(", ");
}

/** One person as HTML, as `formatAuthors` shows them. */
export function formatPerson(a: Person, options: AuthorFormat = {}): string {
  if (a.others) return "et al.";
  const name = escapeHtml(a.full);
  const shown = options.me && isMe(a, options.me) ? `<strong class="author-me">${name}</strong>` : name;
  const mark = options.coFirstMark ?? "*";
  return a.coFirst && mark
    ? `${shown}<sup class="author-cofirst" title="Equal contribution">${escapeHtml(mark)}</sup>`
    : shown;
}

/** The author list as plain text ("A, B*, C"), for excerpts and citations. */
export function authorsText(entry: Pick<BibEntry, "authors">, coFirstMark = "*"): string {
  return entry.authors.map((a) => (a.others ? "et al." : a.full + (a.coFirst ? coFirstMark : ""))).join(", ");
}

/**
 * The CV as both renderers see it: the web page (the theme's `cv-data` layout, through `page.cv`) and the PDF.
 * Text fields ending in `_html` hold a little inline HTML (`<strong>`, `<em>`, `<i>`, `<b>`, `<sup>`, `<a href>`);
 * everything else is plain text.
 */
export interface Cv {
  name: string;
  /** A headline under the name ("Researcher, Meituan"). */
  label: string;
  /** Email, phone, website, location and profiles, in that order. */
  contact: CvLink[];
  summary_html: string;
  sections: CvSection[];
  /** Site-relative URL of the PDF (with baseurl), when one is made. */
  pdf_url?: string;
}

/** One item of the contact line. */
export interface CvLink {
  kind: string;
  text: string;
  href?: string;
}

/** A titled section: `entries` (two-column entries), `publications` (numbered references) or `lines` (label: text). */
export interface CvSection {
  id: string;
  title: string;
  style: "entries" | "publications" | "lines";
  /** A line under the title ("* Equal contribution"). */
  note?: string;
  entries: CvEntry[];
}

/** One entry: a bold title, up to two lines under it, dates and place on the right, bullet points. */
export interface CvEntry {
  title_html: string;
  /** Where the title links (site-relative or absolute). */
  url?: string;
  subtitle_html?: string;
  detail_html?: string;
  date?: string;
  location?: string;
  highlights_html: string[];
}

/** An empty entry with only a title. */
export function entry(title_html: string, fields: Partial<CvEntry> = {}): CvEntry {
  return { title_html, highlights_html: [], ...fields };
}

/** Escapes text for HTML content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, "&amp;").replace(/</g, "&lt;").replace(/>/g, "&gt;").replace(/"/g, "&quot;");
}

/** A value as trimmed text ("" for nothing; numbers and dates as written). */
export function text(value: unknown): string {
  if (value === undefined || value === null || value === false) return "";
  if (value instanceof Date) return value.toISOString().slice(0, 10);
  if (typeof value === "object") return "";
  return String(value).trim();
}

/** Escaped text, or undefined when empty. */
export function html(value: unknown): string | undefined {
  const t = text(value);
  return t ? escapeHtml(t) : undefined;
}

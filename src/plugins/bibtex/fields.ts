import type { Creator } from "@retorquere/bibtex-parser";
import { plainText, safeHtml } from "./markup.js";

/** A parsed field: text, a list (publisher, keywords...) or people. */
export type FieldValue = string | string[] | Creator[];

/** A field as one string: creator lists joined with " and ", other lists with ", ". */
export function fieldString(value: FieldValue | undefined): string {
  if (value === undefined) return "";
  if (typeof value === "string") return value.normalize("NFC");
  if (value.length > 0 && typeof value[0] === "object") {
    return (value as Creator[])
      .map((c) => c.name ?? [c.firstName, c.prefix, c.lastName].filter(Boolean).join(" "))
      .join(" and ");
  }
  return (value as string[]).join(", ");
}

/** Plain Unicode text of a field. */
export function fieldText(value: FieldValue | undefined): string {
  return plainText(fieldString(value));
}

/** Safe HTML of a field, keeping italics, bold, super/subscripts and links. */
export function fieldHtml(value: FieldValue | undefined): string {
  return safeHtml(fieldString(value).replace(/\s+/g, " ").trim());
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Year, month and day from `year`/`month`/`day` or a biblatex `date` ("2023-10-05"). */
export function entryDate(fields: Record<string, FieldValue>): { year?: number; month?: number; day?: number } {
  const date = /^(\d{4})(?:-(\d{1,2})(?:-(\d{1,2}))?)?/.exec(fieldText(fields.date));
  const yearText = /\d{4}/.exec(fieldText(fields.year))?.[0] ?? date?.[1];
  const year = yearText ? Number(yearText) : undefined;
  const month = monthNumber(fieldText(fields.month)) ?? (date?.[2] ? Number(date[2]) : undefined);
  const dayText = fieldText(fields.day) || date?.[3];
  const day = dayText && /^\d{1,2}$/.test(dayText) ? Number(dayText) : undefined;
  return { year, month, day: month ? day : undefined };
}

function monthNumber(text: string): number | undefined {
  if (/^\d{1,2}$/.test(text)) {
    const n = Number(text);
    return n >= 1 && n <= 12 ? n : undefined;
  }
  const i = MONTHS.indexOf(text.slice(0, 3).toLowerCase());
  return i >= 0 ? i + 1 : undefined;
}

/** academicpages `publication_category` keys, chosen from the entry type when no `category` field is given. */
const CATEGORY_BY_TYPE: Record<string, string> = {
  article: "manuscripts",
  periodical: "manuscripts",
  misc: "manuscripts",
  online: "manuscripts",
  unpublished: "manuscripts",
  techreport: "manuscripts",
  report: "manuscripts",
  inproceedings: "conferences",
  conference: "conferences",
  proceedings: "conferences",
  book: "books",
  mvbook: "books",
  inbook: "books",
  incollection: "books",
  collection: "books",
  bookinbook: "books",
  phdthesis: "theses",
  mastersthesis: "theses",
  thesis: "theses",
};

/** The academicpages category of an entry: its `category` field, else one derived from its type. */
export function entryCategory(type: string, fields: Record<string, FieldValue>): string {
  const given = fieldText(fields.category).trim();
  return given || (CATEGORY_BY_TYPE[type] ?? "manuscripts");
}

const VENUE_FIELDS = [
  "journal",
  "journaltitle",
  "booktitle",
  "eventtitle",
  "school",
  "institution",
  "publisher",
  "organization",
  "howpublished",
];

/** The field naming where the entry appeared (journal, proceedings, school, publisher...), or undefined. */
export function venueField(fields: Record<string, FieldValue>): string | undefined {
  return VENUE_FIELDS.find((f) => fieldText(fields[f]) !== "");
}

/** Is the venue a journal (`citation_journal_title`) rather than a conference (`citation_conference_title`)? */
export function isJournal(type: string, fields: Record<string, FieldValue>): boolean {
  return fieldText(fields.journal) !== "" || fieldText(fields.journaltitle) !== "" || type === "article";
}

/** Other spellings sites use for the four academicpages keys. */
const CATEGORY_ALIASES: Record<string, string[]> = {
  theses: ["thesis", "dissertations", "dissertation"],
  manuscripts: ["journals", "journal", "articles", "article", "preprints", "papers"],
  conferences: ["conference", "proceedings", "inproceedings", "workshops"],
  books: ["book", "chapters", "bookchapters"],
};

/** The site's own `publication_category` key for a derived category ("theses" → "thesis" when the site says so). */
export function siteCategory(category: string, siteKeys: readonly string[]): string {
  if (siteKeys.length === 0 || siteKeys.includes(category)) return category;
  const alias = (CATEGORY_ALIASES[category] ?? []).find((a) => siteKeys.includes(a));
  return alias ?? category;
}

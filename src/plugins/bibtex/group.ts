import type { BibEntry } from "./entry.js";

/** Newest first by year, month and day; entries without a date last; ties keep their file order. */
export function sortEntries(entries: readonly BibEntry[]): BibEntry[] {
  const stamp = (e: BibEntry) => (e.year ?? -1) * 10000 + (e.month ?? 0) * 100 + (e.day ?? 0);
  return entries
    .map((e, i) => ({ e, i }))
    .sort((a, b) => stamp(b.e) - stamp(a.e) || a.i - b.i)
    .map(({ e }) => e);
}

/** What the publications list is grouped by (`scholar.group_by`). */
export type GroupBy = "year" | "category" | "type" | "none";

/** What grouping reads of an entry (a `BibEntry` or its Liquid view). */
export interface Groupable {
  year?: number | null;
  category: string;
  type: string;
}

/** One headed group of the list. */
export interface EntryGroup<T extends Groupable = BibEntry> {
  /** The grouping value: "2023", "conferences", "article"; "" for the single group of `none`. */
  key: string;
  /** Heading to show: the year, the category's `title` from `publication_category`, or the type. */
  title: string;
  entries: T[];
}

/** Category headings, as in academicpages' `publication_category: { books: { title: Books } }`. */
export type CategoryTitles = Record<string, { title?: string } | undefined>;

/** Splits sorted entries into headed groups: years newest first, categories in `publication_category` order. */
export function groupEntries<T extends Groupable>(
  entries: readonly T[],
  by: GroupBy,
  categories: CategoryTitles = {},
): EntryGroup<T>[] {
  if (by === "none") return entries.length ? [{ key: "", title: "", entries: [...entries] }] : [];
  const groups = new Map<string, T[]>();
  for (const e of entries) {
    const key =
      by === "year"
        ? e.year === undefined || e.year === null
          ? ""
          : String(e.year)
        : by === "category"
          ? e.category
          : e.type;
    const list = groups.get(key) ?? [];
    list.push(e);
    groups.set(key, list);
  }
  const order = Object.keys(categories);
  const rank = (k: string) => (order.includes(k) ? order.indexOf(k) : order.length);
  const keys = [...groups.keys()].sort((a, b) => {
    if (by === "year") return (b === "" ? -1 : Number(b)) - (a === "" ? -1 : Number(a));
    if (by === "category") return rank(a) - rank(b) || a.localeCompare(b);
    return a.localeCompare(b);
  });
  return keys.map((key) => ({ key, title: groupTitle(key, by, categories), entries: groups.get(key)! }));
}

/** academicpages' own headings for its four keys, used when the site names no title. */
const DEFAULT_TITLES: Record<string, string> = {
  books: "Books",
  manuscripts: "Journal Articles",
  conferences: "Conference Papers",
  theses: "Thesis Papers and Dissertations",
};

function groupTitle(key: string, by: GroupBy, categories: CategoryTitles): string {
  if (by === "year") return key || "Undated";
  if (by === "category")
    return categories[key]?.title ?? DEFAULT_TITLES[key] ?? key.charAt(0).toUpperCase() + key.slice(1);
  return key;
}

import { entrySource, type BibEntry, type Value } from "./bibtex.js";
import { applyFilters } from "./latex.js";
import { NAME_FIELDS } from "./query.js";
import { nameText, parseNames, type NameParts } from "./names.js";

/** A value's text after the site's `bibtex_filters` (bare words, such as months, are left as they are). */
export function filteredText(value: Value, filters: readonly string[]): string {
  if (value.length === 1) return value[0]!.kind === "symbol" ? value[0]!.text : applyFilters(value[0]!.text, filters);
  return value.map((t) => (t.kind === "symbol" ? t.text : `"${applyFilters(t.text, filters)}"`)).join(" # ");
}

/** The names of a name field after the filters, or undefined when the value is not a plain string. */
export function filteredNames(value: Value, filters: readonly string[]): NameParts[] | undefined {
  if (value.length !== 1 || value[0]!.kind !== "string") return undefined;
  return parseNames(value[0]!.text).map((n) => ({
    first: applyFilters(n.first, filters),
    last: applyFilters(n.last, filters),
    prefix: applyFilters(n.prefix, filters),
    suffix: applyFilters(n.suffix, filters),
  }));
}

/**
 * The `entry` object jekyll-scholar gives a bibliography template (Utilities#liquidify): `key`, `type`, `bibtex`
 * (the source without `bibtex_skip_fields`), every own field after the filters, and for name fields
 * `author_array` (hashes of first/last/prefix/suffix) and `author_0_last`-style keys.
 */
export function liquidify(
  entry: BibEntry,
  filters: readonly string[],
  skip: readonly string[],
): Record<string, unknown> {
  const e: Record<string, unknown> = { key: entry.key, type: entry.type, bibtex: entrySource(entry, skip) };
  for (const [name, value] of entry.fields) {
    const names = NAME_FIELDS.has(name) ? filteredNames(value, filters) : undefined;
    if (!names) {
      e[name] = filteredText(value, filters);
      continue;
    }
    e[name] = names.map(nameText).join(" and ");
    const arr: Record<string, string>[] = [];
    names.forEach((n, i) => {
      const parts = { first: n.first, last: n.last, prefix: n.prefix, suffix: n.suffix };
      for (const [k, v] of Object.entries(parts)) e[`${name}_${i}_${k}`] = v;
      arr.push(parts);
    });
    e[`${name}_array`] = arr;
  }
  return e;
}

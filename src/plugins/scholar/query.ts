import { fieldOf, valueText, type BibEntry } from "./bibtex.js";
import { nameText, parseNames } from "./names.js";

/** Fields bibtex-ruby reads as lists of names. */
export const NAME_FIELDS = new Set(["author", "editor", "translator"]);

/** A field as text the way bibtex-ruby's query sees it (names in "Last, First" order), or undefined. */
export function queryValue(entry: BibEntry, field: string, byKey: Map<string, BibEntry>): string | undefined {
  if (field === "year" && !entry.fields.has("year") && !fieldOf(entry, "year", byKey)) {
    const date = entry.fields.get("date");
    return date ? /\d{4}/.exec(valueText(date))?.[0] : undefined;
  }
  const v = fieldOf(entry, field, byKey);
  if (!v) return undefined;
  const text = valueText(v);
  if (NAME_FIELDS.has(field) && v.length === 1 && v[0]!.kind === "string")
    return parseNames(text).map(nameText).join(" and ");
  return text;
}

/** A Ruby regexp source as JavaScript: `^*x` (a repeated anchor) matches anywhere, as Onigmo allows. */
function rubyRegExp(source: string): RegExp {
  try {
    return new RegExp(source);
  } catch {
    return new RegExp(source.replace(/^\^[*?+]/, "").replace(/^[*?+]/, ""));
  }
}

/** bibtex-ruby's Element#meets_condition?: `field`, `field=value`, `!=`, `^=`, `~=`, `!~`, `<`, `<=`, `>`, `>=`. */
function meets(entry: BibEntry, condition: string, byKey: Map<string, BibEntry>): boolean {
  const m = /^(.*?)\s*([!~/^<>]?=|!~|=~|<|>)\s*(.*)$/.exec(condition);
  if (!m) {
    const name = condition.trim();
    return name === "" || queryValue(entry, name, byKey) !== undefined;
  }
  const property = m[1]!.trim(),
    operator = m[2]!,
    value = m[3]!.trim();
  const actual =
    property === "type"
      ? entry.fields.get("type") && valueText(entry.fields.get("type")!)
      : queryValue(entry, property, byKey);
  switch (operator) {
    case "!=":
    case "/=":
      return actual === undefined || actual !== value;
    case "^=":
      return actual !== undefined && rubyRegExp(`^${value}`).test(actual);
    case "~=":
    case "=~":
      return actual !== undefined && rubyRegExp(value).test(actual);
    case "!~":
      return actual === undefined || !rubyRegExp(value).test(actual);
    case "<":
    case "<=":
    case ">":
    case ">=": {
      if (actual === undefined) return false;
      const numeric = /^\d+$/.test(actual) && /^\d+$/.test(value);
      const a = numeric ? Number(actual) : actual,
        b = numeric ? Number(value) : value;
      return operator === "<" ? a < b : operator === "<=" ? a <= b : operator === ">" ? a > b : a >= b;
    }
    default:
      return actual !== undefined && actual === value;
  }
}

/**
 * Whether `entry` matches a bibtex-ruby query (`@*`, `@article`, `!@misc`, `@*[year=2020, selected=true]`,
 * conditions joined with `,`/`&&`, alternatives with `||`), as jekyll-scholar's `-q` passes it.
 */
export function matchesQuery(entry: BibEntry, query: string, byKey: Map<string, BibEntry>): boolean {
  const q = query.trim();
  if (q === "") return true;
  if (!/@(\*|\w+)/.test(q)) return entry.key === q;
  const re = /(!)?@(\*|\w+)(?:\[([^\]]*)\])?/g;
  for (const [, non, type, condition] of q.matchAll(re)) {
    const typeOk = type === "*" || type!.toLowerCase() === entry.type;
    if (non ? typeOk : !typeOk) continue;
    if (!condition) return true;
    const any = condition
      .split(/\s*\|\|\s*/)
      .some((all) => all.split(/\s*(?:,|&&)\s*/).every((c) => meets(entry, c, byKey)));
    if (any) return true;
  }
  return false;
}

import type { Creator } from "@retorquere/bibtex-parser";
import type { ParsedEntry } from "./parse.js";
import { unshieldAngles } from "./markup.js";
import type { FieldValue } from "./fields.js";
import { personFromCreator } from "./names.js";

/** Fields that only drive the website; they are left out of the BibTeX visitors copy. */
const SITE_ONLY = new Set([
  "code",
  "github",
  "slides",
  "html",
  "pdf",
  "category",
  "cofirst",
  "co_first",
  "equal_contribution",
  "equalcontribution",
  "abstract",
  "note",
  "crossref",
  "selected",
  "preview",
  "bibtex_show",
]);

/** Writes an entry back as tidy BibTeX (macros expanded, stars and site-only fields dropped). */
export function toBibtex(p: ParsedEntry): string {
  const lines: string[] = [];
  for (const [name, value] of Object.entries(p.raw)) {
    if (SITE_ONLY.has(name)) continue;
    const converted = p.fields[name];
    // Lists (publisher, location...) are " and "-separated in BibTeX; keywords are comma-separated.
    const list = (v: string[]) => v.join(name === "keywords" ? ", " : " and ");
    const text =
      Array.isArray(converted) && isCreators(converted)
        ? creatorsText(converted)
        : typeof value === "string"
          ? value
          : list(value as string[]);
    const tidy = unshieldAngles(text).replace(/\s+/g, " ").trim();
    if (tidy) lines.push(`  ${name} = {${tidy}}`);
  }
  return `@${p.type}{${p.key},\n${lines.join(",\n")}\n}`;
}

function isCreators(value: string[] | Creator[]): value is Creator[] {
  return value.length > 0 && typeof value[0] === "object";
}

/** Names come from the converted creators (Unicode), so `\textbf{A B*}` and `A B\*` come out as plain names. */
function creatorsText(converted: FieldValue | undefined): string {
  if (!Array.isArray(converted) || !isCreators(converted)) return "";
  return converted
    .map((c) => {
      const p = personFromCreator(c);
      if (p.others) return "others";
      if (!p.first) return /[\s,]/.test(p.last) ? `{${p.last}}` : p.last;
      return `${p.last}, ${p.first}`;
    })
    .join(" and ");
}

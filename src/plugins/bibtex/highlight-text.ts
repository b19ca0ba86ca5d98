import { splitName } from "./names.js";

/** The ways a citation may write one of the owner's names: "Keqing He", "He, Keqing", "He, K.", "K. He", "He K". */
function nameForms(variant: string): string[] {
  const { first, last } = splitName(variant);
  if (!first) return [last];
  const initials = first
    .split(/[\s-]+/)
    .filter(Boolean)
    .map((w) => `${w.charAt(0)}.`)
    .join(" ");
  return [
    `${first} ${last}`,
    `${last}, ${first}`,
    `${last}, ${initials}`,
    `${initials} ${last}`,
    `${last} ${initials.replace(/\./g, "")}`,
  ];
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

/**
 * Wraps the owner's names in `<strong class="author-me">` inside an HTML citation string
 * (academicpages' `citation:`), leaving tags and attributes alone.
 */
export function highlightNamesInHtml(html: string, me: readonly string[]): string {
  const forms = [...new Set(me.flatMap(nameForms))].filter(Boolean).sort((a, b) => b.length - a.length);
  if (forms.length === 0) return html;
  const pattern = new RegExp(`(?<![\\p{L}\\p{N}])(?:${forms.map(escapeRegExp).join("|")})(?![\\p{L}\\p{N}])`, "giu");
  return html
    .split(/(<[^>]*>)/)
    .map((part) =>
      part.startsWith("<") ? part : part.replace(pattern, (m) => `<strong class="author-me">${m}</strong>`),
    )
    .join("");
}

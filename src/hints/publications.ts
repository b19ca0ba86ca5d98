import type { HintSite } from "./types.js";
import type { Hint } from "./types.js";
import { lineOfKey } from "./source-lines.js";

/** True when some page or layout lists publications by `site.publication_category`, as academicpages' publications page does. */
function listsByCategory(site: HintSite): boolean {
  const uses = (text: string | undefined) => !!text && text.includes("publication_category");
  return site.pages.some((p) => uses(p.fileSource)) || [...site.layouts.values()].some((l) => uses(l.fileSource));
}

/**
 * Publications whose `category` is no key of `publication_category`: academicpages' publications page
 * loops over the categories and shows only publications whose category equals a key, so these vanish.
 */
export function publicationCategoryHints(site: HintSite): Hint[] {
  const map = site.config["publication_category"];
  const pubs = site.collections.get("publications");
  if (!pubs || !map || typeof map !== "object" || Array.isArray(map) || !listsByCategory(site)) return [];
  const keys = Object.keys(map);
  const hints: Hint[] = [];
  for (const doc of pubs.docs) {
    if (!doc.write && doc.data["published"] === false) continue;
    const category = doc.data["category"];
    if (typeof category === "string" && keys.includes(category)) continue;
    const line = lineOfKey(doc.fileSource, "category");
    const known = keys.map((k) => `'${k}'`).join(", ");
    const what =
      category === undefined || category === null ? "has no category" : `has category '${String(category)}', which`;
    hints.push({
      file: site.shown(doc.absPath) || doc.relativePath,
      line,
      message: `${what}${what.endsWith("which") ? " matches no" : " matching a"} key of publication_category (${known}) in _config.yml: the publications page will not list it`,
    });
  }
  return hints;
}

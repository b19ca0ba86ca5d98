import { slugify } from "../../url/slugify.js";
import { valueText, type BibEntry } from "./bibtex.js";

/** jekyll-scholar's details_path_for: `details_permalink` with `:details_dir`, `:key`, `:extension` and field values. */
export function detailsUrl(entry: BibEntry, config: Record<string, unknown>, site: Record<string, unknown>): string {
  const values: Record<string, string> = {};
  for (const [name, value] of entry.fields) {
    const text = valueText(value);
    values[name] = name === "doi" || text === "" ? text : slugify(text, "pretty");
  }
  values["key"] = entry.key.replace(/[:\s]+/g, "_");
  values["details_dir"] = String(config["details_dir"] ?? "bibliography");
  const permalink = String(site["permalink"] ?? "date");
  values["extension"] = permalink === "pretty" || permalink.endsWith("/") ? "/" : ".html";
  if (!values["doi"]) values["doi"] = values["key"];
  const template = String(config["details_permalink"] ?? "/:details_dir/:key:extension");
  const url = template.replace(/:(\w+)/g, (m, name: string) => (name in values ? values[name]! : m));
  return `/${url}`.replace(/\/{2,}/g, "/");
}

import fs from "node:fs";
import path from "node:path";
import { createRequire } from "node:module";
import { fieldOf, valueText, type BibEntry } from "./bibtex.js";
import { filteredNames, filteredText } from "./liquidify.js";
import { NAME_FIELDS } from "./query.js";

const require = createRequire(import.meta.url);

interface CslEngine {
  updateItems(ids: string[]): void;
  makeBibliography(): [unknown, string[]] | false;
  makeCitationCluster(items: Array<{ id: string }>): string;
}
type CslModule = { Engine: new (sys: object, style: string, lang: string) => CslEngine };

/** bibtex-ruby's field names → CSL variables (CiteProcConverter::CSL_FILTER). */
const CSL_FIELD: Record<string, string> = {
  isbn: "ISBN",
  booktitle: "container-title",
  journal: "container-title",
  journaltitle: "container-title",
  series: "collection-title",
  address: "publisher-place",
  pages: "page",
  number: "issue",
  url: "URL",
  doi: "DOI",
  pmid: "PMID",
  pmcid: "PMCID",
  type: "genre",
  school: "publisher",
  institution: "publisher",
  organization: "publisher",
  howpublished: "publisher",
  urldate: "accessed",
};

/** bibtex-ruby's entry types → CSL types (CSL_TYPES). */
const CSL_TYPE: Record<string, string> = {
  booklet: "pamphlet",
  conference: "paper-conference",
  inbook: "chapter",
  incollection: "chapter",
  inproceedings: "paper-conference",
  manual: "book",
  mastersthesis: "thesis",
  phdthesis: "thesis",
  proceedings: "book",
  techreport: "report",
  unpublished: "manuscript",
  article: "article-journal",
};

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];
const DATE_FIELDS = new Set(["year", "month", "day", "date"]);

/** The entry as CSL-JSON, as bibtex-ruby's Entry#to_citeproc makes it from the filtered values. */
export function toCsl(
  entry: BibEntry,
  byKey: Map<string, BibEntry>,
  filters: readonly string[],
): Record<string, unknown> {
  const item: Record<string, unknown> = {};
  const names = new Set<string>(entry.fields.keys());
  const xref = entry.fields.get("crossref");
  const parent = xref ? byKey.get(valueText(xref)) : undefined;
  if (parent) for (const k of parent.fields.keys()) names.add(k);
  for (const name of names) {
    if (DATE_FIELDS.has(name) || name === "month_numeric") continue;
    const value = fieldOf(entry, name, byKey)!;
    const key = CSL_FIELD[name] ?? name;
    const target = key in item ? name : key;
    if (NAME_FIELDS.has(name)) {
      const list = filteredNames(value, filters);
      if (list)
        item[target] = list.map((n) => ({
          family: n.last,
          given: n.first || undefined,
          suffix: n.suffix || undefined,
          "non-dropping-particle": n.prefix || undefined,
        }));
      continue;
    }
    let text = filteredText(value, filters);
    if (key === "page") text = text.replace(/[-–]{2,}|–/g, "-");
    item[target] = text;
  }
  const year = fieldOf(entry, "year", byKey);
  const date = fieldOf(entry, "date", byKey);
  if (date) {
    item["issued"] = {
      "date-parts": valueText(date)
        .split("/")
        .map((p) => p.split("-").map(Number)),
    };
  } else if (year) {
    const y = valueText(year);
    if (/^\d+$/.test(y)) {
      const parts = [Number(y)];
      const month = fieldOf(entry, "month", byKey);
      const m = month ? MONTHS.indexOf(valueText(month)) : -1;
      if (m >= 0) {
        parts.push(m + 1);
        const day = fieldOf(entry, "day", byKey);
        if (day) parts.push(Number(valueText(day)));
      }
      item["issued"] = { "date-parts": [parts] };
    } else item["issued"] = { literal: y };
  }
  if (["conference", "proceedings", "inproceedings"].includes(entry.type)) {
    if (entry.fields.has("address")) item["event-place"] = item["publisher-place"];
  }
  item["id"] = entry.key;
  item["type"] = CSL_TYPE[entry.type] ?? entry.type;
  if (!("genre" in item) && entry.type === "mastersthesis") item["genre"] = "Master's thesis";
  if (!("genre" in item) && entry.type === "phdthesis") item["genre"] = "PhD thesis";
  return item;
}

/** Renders references and citations with citeproc-js in one CSL style and locale. */
export class CslRenderer {
  private readonly items = new Map<string, Record<string, unknown>>();
  private readonly engine: CslEngine;
  private readonly bib = new Map<string, string>();

  constructor(styleXml: string, lang: string) {
    const CSL = require("citeproc") as CslModule;
    const locales = require("@citation-js/plugin-csl/lib/locales.json") as Record<string, string>;
    this.engine = new CSL.Engine(
      {
        retrieveLocale: (l: string) => locales[l] ?? locales["en-US"],
        retrieveItem: (id: string) => this.items.get(id),
      },
      styleXml,
      lang,
    );
  }

  /** One entry's reference, as citeproc-ruby renders a single item (no wrapper `div`). */
  reference(item: Record<string, unknown>): string {
    const id = String(item["id"]);
    const known = this.bib.get(id);
    if (known !== undefined) return known;
    this.items.set(id, item);
    this.engine.updateItems([id]);
    const out = this.engine.makeBibliography();
    const html = out ? (out[1][0] ?? "") : "";
    const text = html
      .trim()
      .replace(/^<div class="csl-entry">([\s\S]*)<\/div>$/, "$1")
      .replace(/&#38;/g, "&amp;")
      .trim();
    this.bib.set(id, text);
    return text;
  }

  /** An in-text citation of `items` ("(Author, 2020; Other, 2021)"). */
  citation(items: Record<string, unknown>[]): string {
    for (const item of items) this.items.set(String(item["id"]), item);
    this.engine.updateItems(items.map((i) => String(i["id"])));
    return this.engine.makeCitationCluster(items.map((i) => ({ id: String(i["id"]) }))).replace(/&#38;/g, "&amp;");
  }
}

/** The CSL style `name` names: a style bundled with Lectern (apa, vancouver, harvard1) or a `.csl` file in the site. */
export function loadStyle(name: string, source: string): string | undefined {
  const bundled = require("@citation-js/plugin-csl/lib/styles.json") as Record<string, string>;
  if (bundled[name]) return bundled[name];
  for (const file of [name, `${name}.csl`]) {
    const abs = path.resolve(source, file.replace(/^\/+/, ""));
    if (abs.startsWith(source) && fs.existsSync(abs) && fs.statSync(abs).isFile()) return fs.readFileSync(abs, "utf8");
  }
  return undefined;
}

/** A CSL locale name for jekyll-scholar's `locale` ("en" → "en-US"). */
export function cslLocale(locale: string): string {
  const map: Record<string, string> = { en: "en-US", de: "de-DE", fr: "fr-FR", es: "es-ES", nl: "nl-NL" };
  return map[locale] ?? locale;
}

import type { PluginSite as Site } from "../types.js";
import { valueText, type BibEntry, type Value } from "./bibtex.js";
import { BibliographyCache, bibPath, type Bibliography } from "./bibliography.js";
import { CslRenderer, cslLocale, loadStyle, toCsl } from "./csl.js";
import { liquidify } from "./liquidify.js";
import { SCHOLAR_DEFAULTS, listOption, type TagOptions } from "./options.js";
import { matchesQuery } from "./query.js";
import { detailsUrl } from "./details.js";

type Config = Record<string, unknown>;

/** What a tag knows of where it renders: the page, the site payload, and variables for `{{ x }}` in options. */
export interface RenderScope {
  site: unknown;
  page: Record<string, unknown> | undefined;
  jekyll: unknown;
  lookup(name: string): unknown;
}

/** jekyll-scholar for one build: the configuration, loaded bibliographies, CSL renderers, parsed templates. */
export class Scholar {
  readonly config: Config;
  private readonly bibs: BibliographyCache;
  private readonly csl = new Map<string, CslRenderer>();
  private readonly warned = new Set<string>();
  /** Keys cited so far on each page (by URL), in order, for `--cited`/`--cited_in_order`. */
  readonly cited = new Map<string, string[]>();

  constructor(private readonly site: Site) {
    this.config = { ...SCHOLAR_DEFAULTS, ...((site.config["scholar"] as Config | undefined) ?? {}) };
    this.bibs = new BibliographyCache(
      { replaceStrings: this.config["replace_strings"] !== false, joinStrings: this.config["join_strings"] !== false },
      (p) => this.warnOnce(`${p.file}:${p.line}`, `jekyll-scholar: ${p.message}`),
    );
  }

  /** The site's scholar config with the page's `scholar:` front matter over it. */
  configFor(page: Record<string, unknown> | undefined): Config {
    const own = page?.["scholar"];
    return own && typeof own === "object" ? { ...this.config, ...(own as Config) } : this.config;
  }

  warnOnce(id: string, message: string): void {
    if (this.warned.has(id)) return;
    this.warned.add(id);
    this.site.log.warn("Scholar:", message);
  }

  /** `{{ name }}` in an option replaced by the variable's value, as jekyll-scholar's interpolate. */
  interpolate(text: string | undefined, scope: RenderScope): string | undefined {
    if (text === undefined) return undefined;
    return text.replace(/{{\s*([\w.]+)\s*}}/g, (m, name: string) => {
      const v = scope.lookup(name);
      return v === undefined || v === null || v === false ? m : String(v);
    });
  }

  /** The bibliography a tag reads: its `-f` files or the configured `bibliography` (a glob with `*`). */
  bibliography(config: Config, files: string[], scope: RenderScope): Bibliography {
    let names = files.map((f) => this.interpolate(f, scope)!);
    if (!names.length) names = [String(config["bibliography"] ?? "references.bib")];
    const source = String(config["source"] ?? "./_bibliography");
    return this.bibs.get(names.map((n) => bibPath(this.site.source, source, n)));
  }

  /** Entries matching the query, sorted by `sort_by`/`order` unless sorting is off. */
  entries(bib: Bibliography, config: Config, query: string | undefined, skipSort: boolean): BibEntry[] {
    const q = query ?? String(config["query"] ?? "@*");
    const list = bib.entries.filter((e) => matchesQuery(e, q, bib.byKey));
    const keys = listOption(config["sort_by"]).map((k) => (k === "month" ? "month_numeric" : k));
    if (skipSort || keys.length === 0 || keys[0] === "none") return list;
    const order = listOption(config["order"]);
    return list
      .map((e, i) => ({ e, i }))
      .sort((a, b) => {
        for (let k = 0; k < keys.length; k++) {
          const desc = /^(desc|reverse)/i.test(order[k] ?? order[order.length - 1] ?? "");
          const c = compareValues(sortValue(a.e, keys[k]!), sortValue(b.e, keys[k]!));
          if (c !== 0) return desc ? -c : c;
        }
        return a.i - b.i;
      })
      .map((x) => x.e);
  }

  /** The CSL renderer for the style a tag or the config names (apa when the style cannot be found). */
  renderer(style: string, locale: string): CslRenderer {
    const id = `${style}\n${locale}`;
    let r = this.csl.get(id);
    if (!r) {
      let xml = loadStyle(style, this.site.source);
      if (!xml) {
        this.warnOnce(`style:${style}`, `CSL style '${style}' not found; using apa`);
        xml = loadStyle("apa", this.site.source)!;
      }
      r = new CslRenderer(xml, cslLocale(locale));
      this.csl.set(id, r);
    }
    return r;
  }

  /** `<span id="key">formatted reference</span>` (jekyll-scholar's reference_tag). */
  referenceTag(entry: BibEntry | undefined, bib: Bibliography, config: Config, opts: TagOptions): string {
    if (!entry) return String(config["missing_reference"]);
    const filters = listOption(config["bibtex_filters"]);
    const style = opts.style ?? String(config["style"]);
    const html = this.renderer(style, String(config["locale"] ?? "en")).reference(toCsl(entry, bib.byKey, filters));
    const id = [opts.prefix, entry.key].filter((x) => x !== undefined).join("-");
    return `<${config["reference_tagname"] ?? "span"} id="${id}">${html}</${config["reference_tagname"] ?? "span"}>`;
  }

  /** An in-text citation linking to the first key's reference. */
  cite(keys: string[], bib: Bibliography, config: Config, opts: TagOptions): string {
    const filters = listOption(config["bibtex_filters"]);
    const items = [];
    for (const key of keys) {
      const entry = bib.byKey.get(key);
      if (!entry) return String(config["missing_reference"]);
      items.push(toCsl(entry, bib.byKey, filters));
    }
    const text = this.renderer(opts.style ?? String(config["style"]), String(config["locale"] ?? "en")).citation(items);
    const target = `${config["relative"] ?? ""}#${[opts.prefix, keys[0]].filter((x) => x !== undefined).join("-")}`;
    return `<a class="${config["cite_class"]}" href="${target}">${text}</a>`;
  }

  /** The variables a bibliography template sees for one entry (reference_data plus the site payload). */
  templateScope(
    entry: BibEntry,
    bib: Bibliography,
    config: Config,
    opts: TagOptions,
    index: number,
    scope: RenderScope,
  ) {
    const filters = listOption(config["bibtex_filters"]);
    return {
      site: scope.site,
      jekyll: scope.jekyll,
      entry: liquidify(entry, filters, listOption(config["bibtex_skip_fields"])),
      reference: this.referenceTag(entry, bib, config, opts),
      key: entry.key,
      type: entry.type,
      link: undefined,
      links: {},
      index,
      page: scope.page,
      details: this.detailsLink(entry, config),
    };
  }

  /** The URL of an entry's details page (with baseurl). */
  detailsLink(entry: BibEntry, config: Config): string {
    const base = String(this.site.config["baseurl"] ?? "");
    return joinUrl(base, detailsUrl(entry, config, this.site.config));
  }

  /** Whether details pages are made: the `details_layout` exists. */
  generatesDetails(config: Config): boolean {
    const name = String(config["details_layout"] ?? "").replace(/\.html$/, "");
    return this.site.layouts.has(name);
  }
}

function joinUrl(base: string, url: string): string {
  if (!base) return url;
  return `${base.replace(/\/+$/, "")}/${url.replace(/^\/+/, "")}`;
}

function sortValue(e: BibEntry, key: string): Value {
  if (key === "name") {
    for (const f of ["author", "editor", "institution", "organization", "publisher"]) {
      const v = e.fields.get(f);
      if (v)
        return [
          {
            kind: "string",
            text: valueText(v)
              .replace(/^[{\s]+|[}\s]+$/g, "")
              .toLowerCase(),
          },
        ];
    }
    return [{ kind: "string", text: "" }];
  }
  return e.fields.get(key) ?? [];
}

/** bibtex-ruby's Value#<=>: numbers as numbers when both are, else the text. */
export function compareValues(a: Value, b: Value): number {
  const ta = a.length ? valueText(a) : "",
    tb = b.length ? valueText(b) : "";
  const num = /^\s*[+-]?\d+\s*$/;
  if (a.length === 1 && b.length === 1 && num.test(ta) && num.test(tb)) return Number(ta) - Number(tb);
  return ta < tb ? -1 : ta > tb ? 1 : 0;
}

import { Tag, type Context, type Liquid, type TagToken, type TopLevelToken } from "liquidjs";
import type { PluginSite as Site } from "../types.js";
import type { BibEntry } from "./bibtex.js";
import type { Bibliography } from "./bibliography.js";
import { listOption, parseTagOptions, splitArguments, type TagOptions } from "./options.js";
import type { RenderScope, Scholar } from "./scholar.js";
import { renderGroups } from "./groups.js";

type Config = Record<string, unknown>;

function scopeOf(ctx: Context): RenderScope {
  const get = (path: string) => {
    try {
      return ctx.getSync(path.split("."));
    } catch {
      return undefined;
    }
  };
  return {
    site: get("site"),
    jekyll: get("jekyll"),
    page: get("page") as Record<string, unknown> | undefined,
    lookup: get,
  };
}

function pageId(scope: RenderScope): string {
  return String(scope.page?.["url"] ?? scope.page?.["path"] ?? "");
}

/** Renders one entry through the bibliography template (the site's layout of that name, or the text itself). */
export function renderEntry(
  site: Site,
  scholar: Scholar,
  entry: BibEntry,
  bib: Bibliography,
  config: Config,
  opts: TagOptions,
  index: number,
  scope: RenderScope,
): string {
  const name = opts.template ?? (config["bibliography_template"] as string | null | undefined);
  const layout = name ? site.layouts.get(name) : undefined;
  const text = !name ? "{{reference}}" : layout ? layout.content : name;
  const liquid = site.renderer.liquid;
  const ctx = layout
    ? { file: layout.relativePath, lineOffset: layout.lineOffset, fileSource: layout.fileSource }
    : { file: "_config.yml" };
  const parsed = liquid.parse(text, ctx);
  return liquid.render(parsed, scholar.templateScope(entry, bib, config, opts, index, scope), ctx);
}

/** The `<ol class="bibliography">` of entries (render_items), with details links when details pages exist. */
export function renderItems(
  site: Site,
  scholar: Scholar,
  items: BibEntry[],
  bib: Bibliography,
  config: Config,
  opts: TagOptions,
  scope: RenderScope,
): string {
  const itemTag = String(config["bibliography_item_tag"] ?? "li");
  const details = scholar.generatesDetails(config) && !!config["details_link"];
  const lis = items.map((entry, i) => {
    let reference = renderEntry(site, scholar, entry, bib, config, opts, i + 1, scope);
    if (details)
      reference += `<a class="${config["details_link_class"]}" href="${scholar.detailsLink(entry, config)}">${config["details_link"]}</a>`;
    return `<${[itemTag, ...attributes(config["bibliography_item_attributes"])].join(" ")}>${reference}</${itemTag}>`;
  });
  const listTag = opts.listTag ?? String(config["bibliography_list_tag"] ?? "ol");
  const attrs = attributes({
    class: config["bibliography_class"],
    ...((config["bibliography_list_attributes"] as Config | undefined) ?? {}),
  });
  return `<${[listTag, ...attrs].join(" ")}>${lis.join("\n")}</${listTag}>`;
}

function attributes(map: unknown): string[] {
  if (!map || typeof map !== "object") return [];
  return Object.entries(map as Config).map(([k, v]) => `${k}="${v ?? ""}"`);
}

/** `{% bibliography [-f file] [-q query] [--group_by g] [--cited[_in_order]] [-T template] [--max n] %}`. */
export function bibliographyTag(site: Site, scholar: Scholar): typeof Tag {
  return class BibliographyTag extends Tag {
    private readonly opts: TagOptions;
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.opts = parseTagOptions(token.args);
    }
    render(ctx: Context): string {
      const scope = scopeOf(ctx);
      const config = scholar.configFor(scope.page);
      const opts = { ...this.opts, template: scholar.interpolate(this.opts.template, scope) };
      const bib = scholar.bibliography(config, this.opts.files, scope);
      const query = scholar.interpolate(this.opts.query, scope);
      const skipSort = !!this.opts.citedInOrder || listOption(config["sort_by"])[0] === "none";
      let items = scholar.entries(bib, config, query, skipSort);
      if (this.opts.cited) {
        const cited = scholar.cited.get(pageId(scope)) ?? [];
        items = this.opts.citedInOrder
          ? cited.map((k) => items.find((e) => e.key === k)).filter((e): e is BibEntry => !!e)
          : items.filter((e) => cited.includes(e.key));
      }
      const groupBy = scholar.interpolate(this.opts.groupBy, scope) ?? String(config["group_by"] ?? "none");
      if (groupBy !== "none") {
        const groupConfig = this.opts.groupOrder ? { ...config, group_order: this.opts.groupOrder } : config;
        return renderGroups(items, groupBy, groupConfig, (list) =>
          renderItems(site, scholar, list, bib, config, opts, scope),
        );
      }
      const offset = this.opts.offset ?? 0;
      items = items.slice(offset, this.opts.max !== undefined ? offset + this.opts.max : undefined);
      return renderItems(site, scholar, items, bib, config, opts, scope);
    }
  };
}

/** `{% cite key1 key2 %}`: an in-text citation; the keys count as cited on the page. */
export function citeTag(scholar: Scholar): typeof Tag {
  return class CiteTag extends Tag {
    private readonly keys: string[];
    private readonly opts: TagOptions;
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      const { keys, options } = splitArguments(token.args);
      this.keys = keys;
      this.opts = parseTagOptions(options);
    }
    render(ctx: Context): string {
      const scope = scopeOf(ctx);
      const config = scholar.configFor(scope.page);
      const keys = this.keys.map((k) => {
        const v = scope.lookup(k);
        return typeof v === "string" ? v : k;
      });
      const bib = scholar.bibliography(config, this.opts.files, scope);
      const id = pageId(scope);
      const cited = scholar.cited.get(id) ?? [];
      for (const k of keys) if (bib.byKey.has(k) && !cited.includes(k)) cited.push(k);
      scholar.cited.set(id, cited);
      return scholar.cite(keys, bib, config, this.opts);
    }
  };
}

/** `{% reference key %}`: the formatted reference of each key. */
export function referenceTag(scholar: Scholar): typeof Tag {
  return class ReferenceTag extends Tag {
    private readonly keys: string[];
    private readonly opts: TagOptions;
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      const { keys, options } = splitArguments(token.args);
      this.keys = keys;
      this.opts = parseTagOptions(options);
    }
    render(ctx: Context): string {
      const scope = scopeOf(ctx);
      const config = scholar.configFor(scope.page);
      const bib = scholar.bibliography(config, this.opts.files, scope);
      return this.keys
        .map((k) => {
          const v = scope.lookup(k);
          return scholar.referenceTag(bib.byKey.get(typeof v === "string" ? v : k), bib, config, this.opts);
        })
        .join("\n");
    }
  };
}

/** `{% bibliography_count [-f file] [-q query] %}`: how many entries match. */
export function bibliographyCountTag(scholar: Scholar): typeof Tag {
  return class BibliographyCountTag extends Tag {
    private readonly opts: TagOptions;
    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      this.opts = parseTagOptions(token.args);
    }
    render(ctx: Context): string {
      const scope = scopeOf(ctx);
      const config = scholar.configFor(scope.page);
      const bib = scholar.bibliography(config, this.opts.files, scope);
      return String(scholar.entries(bib, config, scholar.interpolate(this.opts.query, scope), true).length);
    }
  };
}

import { join } from "node:path";
import type { GeneratorSite, Plugin, PluginApi } from "../types.js";
import { bibFiles, categoryKeys } from "./sources.js";
import { scholarOptions, type ScholarOptions } from "./options.js";
import { entryView, type EntryView } from "./view.js";
import { groupEntries, type CategoryTitles, type GroupBy } from "./group.js";
import { scholarHead, type SiteAddress } from "./scholar-head.js";
import { scholarHeadFromFrontMatter } from "./front-matter-head.js";
import { coFirstNote, listHtml, paperHtml } from "./html.js";
import { keySlug } from "./markup.js";
import { formatPerson } from "./authors.js";
import { splitName } from "./names.js";
import { highlightNamesInHtml } from "./highlight-text.js";
import type { BibEntry } from "./entry.js";
import { allDocuments } from "../../model/items.js";

/**
 * Publications from BibTeX: `_bibliography/*.bib` becomes `site.bibliography` (and `site.data.bibliography`), a page per paper
 * (with Google Scholar's tags in `page.scholar_head`) and a `/publications/` list; academicpages
 * `_publications` documents get `scholar_head` from their front matter.
 */
const plugin: Plugin = {
  name: "lectern-bibtex",
  setup(api: PluginApi) {
    const config = api.config as Record<string, unknown>;
    const options = scholarOptions(config, (m) => api.warn(m, "_config.yml"));
    api.registerFilter("highlight_authors", (names: unknown) => highlightAuthors(names, options));
    api.registerFilter("highlight_me", (html: unknown) =>
      typeof html === "string" ? highlightNamesInHtml(html, options.me) : html,
    );
    api.registerFilter("bib_list", (views: unknown, by?: unknown) =>
      bibList(views, by, options, api.config as Record<string, unknown>),
    );
    api.generator((site) => generate(site, api, options));
  },
};

export default plugin;

/** Lists this plugin made, so a rebuild that reuses a config replaces them rather than taking them for the user's. */
const ours = new WeakSet<object>();

async function generate(site: GeneratorSite, api: PluginApi, options: ScholarOptions): Promise<void> {
  const config = site.config as Record<string, unknown>;
  const address: SiteAddress = { url: stringOr(config.url), baseurl: stringOr(config.baseurl) };
  if (options.frontMatterTags) addFrontMatterHeads(site, address);
  const files = bibFiles(join(api.source, options.source));
  if (files.length === 0) return;
  // The BibTeX parser is large: it is loaded only by sites that have .bib files.
  const { loadBibliography } = await import("./load.js");
  const { entries, warnings } = await loadBibliography(files, api.source, categoryKeys(config), api.site.cache);
  for (const w of warnings) api.warn(`BibTeX: ${w.message}`, w.file, w.line);
  const base = (address.baseurl ?? "").replace(/\/+$/, "");
  const slugs = uniqueSlugs(entries);
  const papers: Paper[] = entries.map((e) => {
    const slug = slugs.get(e)!;
    const url = options.paperUrl ? options.paperUrl.replace(":key", slug) : undefined;
    const view = entryView(e, {
      me: options.me,
      coFirstMark: options.coFirstMark,
      baseurl: base,
      url: url ? base + url : undefined,
      id: `bib-${slug}`,
    });
    return { entry: e, view, slug, url };
  });
  expose(
    site,
    api,
    options,
    papers.map((p) => p.view),
  );
  const note = (list: readonly BibEntry[]) =>
    coFirstNote(
      list.some((e) => e.authors.some((a) => a.coFirst)),
      options.coFirstMark,
    );
  for (const paper of papers) if (paper.url) addPaperPage(site, options, paper, address, note([paper.entry]));
  if (options.listUrl && !urlTaken(site, options.listUrl)) addListPage(site, options, papers, note(entries));
}

/** One entry with its Liquid view, URL slug and page URL (undefined when paper pages are off). */
interface Paper {
  entry: BibEntry;
  view: EntryView;
  slug: string;
  url?: string;
}

/** Liquid sees the entries as `site.bibliography` (the site drop copies the config) and `site.data.bibliography`. */
function expose(site: GeneratorSite, api: PluginApi, options: ScholarOptions, views: EntryView[]): void {
  const config = site.config as Record<string, unknown>;
  ours.add(views);
  if (config.bibliography === undefined || ours.has(config.bibliography as object)) config.bibliography = views;
  if (site.data.bibliography === undefined || ours.has(site.data.bibliography as object))
    site.data.bibliography = views;
  else
    api.warn(
      "site.data.bibliography comes from _data; the BibTeX entries are in site.bibliography only",
      options.source,
    );
}

/** A paper's own page: its Scholar head in `page.scholar_head`, its view in `page.bib`. */
function addPaperPage(
  site: GeneratorSite,
  options: ScholarOptions,
  paper: Paper,
  address: SiteAddress,
  note: string,
): void {
  const { entry: e, view } = paper;
  site.addPage({
    path: `${options.source}/${paper.slug}.html`,
    url: paper.url!,
    frontMatter: {
      layout: options.paperLayout,
      title: e.title || e.key,
      description: e.abstract || `${view.authors.join(", ")}. ${e.venue}${e.year ? `, ${e.year}` : ""}.`,
      author_profile: true,
      bib: view,
      scholar_head: scholarHead(e, address, paper.url),
    },
    content: paperHtml(view, note),
    renderWithLiquid: false,
  });
}

/** The publications list, grouped by `scholar.group_by`, else by category when the site or the entries name categories, else by year. */
function addListPage(site: GeneratorSite, options: ScholarOptions, papers: readonly Paper[], note: string): void {
  const config = site.config as Record<string, unknown>;
  const entries = papers.map((p) => p.entry);
  const by =
    options.groupBy ?? (config.publication_category || entries.some((e) => e.fields.category) ? "category" : "year");
  const views = new Map(papers.map((p) => [p.entry, p.view]));
  const groups = groupEntries(entries, by, (config.publication_category ?? {}) as CategoryTitles).map((g) => ({
    key: g.key,
    title: g.title,
    entries: g.entries.map((e) => views.get(e)!),
  }));
  site.addPage({
    path: `${options.source}/index.html`,
    url: options.listUrl as string,
    frontMatter: { layout: options.listLayout, title: options.title, author_profile: true, bib_groups: groups },
    content: listHtml(groups, note),
    renderWithLiquid: false,
  });
}

/** URL-safe keys, made unique ("a:b" and "a-b" would both be "a-b"; the second becomes "a-b-2"). */
function uniqueSlugs(entries: readonly BibEntry[]): Map<BibEntry, string> {
  const used = new Set<string>();
  const slugs = new Map<BibEntry, string>();
  for (const e of entries) {
    const base = keySlug(e.key);
    let slug = base;
    for (let n = 2; used.has(slug.toLowerCase()); n++) slug = `${base}-${n}`;
    used.add(slug.toLowerCase());
    slugs.set(e, slug);
  }
  return slugs;
}

/** academicpages `_publications` documents: `scholar_head` from title, venue, date, paperurl and citation. */
function addFrontMatterHeads(site: GeneratorSite, address: SiteAddress): void {
  for (const doc of site.documents("publications")) {
    if (doc.data.scholar_head !== undefined) continue;
    // A document dated only by its file name ("2021-05-04-title.md") is dated by that.
    const named = /(?:^|\/)(\d{4}-\d{2}-\d{2})-[^/]*$/.exec(doc.relativePath)?.[1];
    const data = doc.data.date === undefined && named ? { ...doc.data, date: named } : doc.data;
    const head = scholarHeadFromFrontMatter(data, address, doc.url);
    if (head) doc.data.scholar_head = head;
  }
}

/** True when a page or document of the site already has this URL (the site's own list wins). */
function urlTaken(site: GeneratorSite, url: string): boolean {
  const same = (u: string) => u === url || u === `${url}index.html` || `${u}/` === url;
  if (site.site.pages.some((p) => same(p.url))) return true;
  for (const d of allDocuments(site.site.collections)) if (same(d.url)) return true;
  return false;
}

/**
 * The `bib_list` filter: `{{ site.bibliography | where: "category", "conferences" | bib_list: "year" }}` renders
 * entries as the generated list does, for a site that writes its own publications page.
 */
export function bibList(views: unknown, by: unknown, options: ScholarOptions, config: Record<string, unknown>): string {
  const list = Array.isArray(views)
    ? (views as EntryView[]).filter((v) => v && typeof v === "object" && typeof v.key === "string")
    : [];
  const groupBy =
    typeof by === "string" && ["year", "category", "type", "none"].includes(by)
      ? (by as GroupBy)
      : (options.groupBy ?? "year");
  const groups = groupEntries(list, groupBy, (config.publication_category ?? {}) as CategoryTitles);
  const anyCoFirst = list.some((v) => v.authors_html.includes('class="author-cofirst"'));
  return listHtml(groups, coFirstNote(anyCoFirst, options.coFirstMark));
}

/** The `highlight_authors` filter: a list or "A and B" string of names, as HTML with the owner highlighted. */
export function highlightAuthors(names: unknown, options: Pick<ScholarOptions, "me" | "coFirstMark">): string {
  const text = typeof names === "string" ? names : "";
  const list = Array.isArray(names)
    ? names.map(String)
    : /\s+and\s+|;/.test(text)
      ? text.split(/\s+and\s+|\s*;\s*/)
      : text.split(/\s*,\s*/);
  return list
    .map((n) => n.trim())
    .filter(Boolean)
    .map((n) => {
      const { first, last } = splitName(n);
      const person = {
        first,
        last,
        full: first ? `${first} ${last}` : last,
        coFirst: /\*\s*$/.test(n),
        others: last.toLowerCase() === "others" && !first,
      };
      return formatPerson(person, { me: options.me, coFirstMark: options.coFirstMark });
    })
    .join(", ");
}

function stringOr(v: unknown): string | undefined {
  return typeof v === "string" ? v : undefined;
}

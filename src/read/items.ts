/**
 * The item factory: every page's and document's data is put together here, whether read from a file or made
 * by a plugin, as Jekyll does in Page#initialize / Document#read with FrontmatterDefaults:
 * defaults (by path and type) → front matter → computed keys (date, slug, title, categories, tags) and the
 * output extension.
 */
import { posix } from "node:path";
import { Page } from "../model/page.js";
import { Document, DATE_FILENAME, DATELESS_FILENAME } from "../model/document.js";
import type { Collection } from "../model/collection.js";
import { outputExtFor, type Converter } from "../model/converters.js";
import { parseTime } from "../ruby/time.js";
import { deepMerge } from "../util/merge.js";
import { LecternError } from "../errors/index.js";
import type { FrontMatterDefaults } from "./defaults.js";
import type { FrontMatterFile } from "./front-matter.js";

/** What the factory needs from the site. */
export interface ItemSettings {
  readonly defaults: FrontMatterDefaults;
  readonly permalinkStyle: string;
  readonly mdExts: Set<string>;
  readonly converters: readonly Converter[];
  readonly timezone: string | null;
  /** The build time: the date of undated documents, and what a front-matter `date` equal to it means. */
  readonly time: Date;
  /** A path as messages show it. */
  shown(abs: string): string;
}

/** A page to build: a file's split front matter and body, or a plugin's generated page. */
export interface PageSpec {
  /** Folder relative to the source ("" at the root). */
  dir: string;
  name: string;
  frontMatter: Record<string, unknown>;
  content: string;
  absPath?: string;
  lineOffset?: number;
  fileSource?: string;
  /** A generated page's own URL (Jekyll's PageWithoutAFile); its extension decides the output's. */
  url?: string;
}

/** Jekyll's Renderer#permalink_ext: a permalink's own extension decides the output extension. */
function permalinkExt(permalink: unknown): string {
  if (typeof permalink !== "string" || !permalink || permalink.endsWith("/")) return "";
  return posix.extname(permalink);
}

/** A page with its data: defaults for its path, then its front matter; its output extension. */
export function makePage(
  settings: ItemSettings,
  spec: PageSpec,
  page = new Page(spec.dir, spec.name, settings.permalinkStyle),
): Page {
  const defaults = settings.defaults.all(page.relativePath, "pages");
  // Jekyll looks a page's keys up in its front matter first (even a null), then in the defaults...
  page.data = { ...defaults, ...spec.frontMatter };
  // ...while Liquid sees both deep-merged, where a null keeps the default.
  page.viewData = deepMerge(defaults, spec.frontMatter);
  page.content = spec.content;
  page.rawContent = spec.content;
  if (spec.absPath !== undefined) page.absPath = spec.absPath;
  if (spec.lineOffset !== undefined) page.lineOffset = spec.lineOffset;
  if (spec.fileSource !== undefined) page.fileSource = spec.fileSource;
  // The URL is the page's own; Liquid sees a `permalink` only when the plugin gives one, as in Jekyll.
  if (spec.url !== undefined) page.fixedUrl = spec.url;
  const own = spec.url !== undefined ? permalinkExt(spec.url) : permalinkExt(page.data["permalink"]);
  page.outputExt = own || outputExtFor(page.ext, settings.mdExts, settings.converters);
  return page;
}

/**
 * A page made from another page's data (jekyll-paginate's pager pages, jekyll-sass-converter's source map):
 * the same data and view, its own body and output extension.
 */
export function derivedPage(
  from: Page,
  page: Page,
  spec: { content: string; outputExt: string; copyData: boolean; sameFile: boolean },
): Page {
  page.data = spec.copyData ? { ...from.data } : from.data;
  if (from.viewData) page.viewData = spec.copyData ? { ...from.viewData } : from.viewData;
  page.content = spec.content;
  if (spec.sameFile) {
    page.rawContent = spec.content;
    page.absPath = from.absPath;
    if (from.fileSource !== undefined) page.fileSource = from.fileSource;
    page.lineOffset = from.lineOffset;
  }
  page.outputExt = spec.outputExt;
  return page;
}

/** A document to build from its file. */
export interface DocumentSpec {
  collection: Collection;
  /** Path relative to the collections folder. */
  relativePath: string;
  absPath: string;
  text: string;
  frontMatter: FrontMatterFile;
  draft: boolean;
  /** The file's modification time (a draft without a date takes it). */
  mtimeMs: () => number;
  /** Reports bad front matter (Jekyll warns and reads the document without it). */
  reportFrontMatter(err: LecternError): void;
}

/** Jekyll's Document#read: defaults, front matter, date and title from the file name, categories, tags. */
export function makeDocument(settings: ItemSettings, spec: DocumentSpec): Document {
  const { collection: c, relativePath: rel, absPath: abs, text, frontMatter: fm, draft } = spec;
  const doc = new Document(c, rel, settings);
  doc.absPath = abs;
  doc.draft = draft;
  doc.outputExt = outputExtFor(doc.ext, settings.mdExts, settings.converters);
  doc.fileSource = text;
  const special = draft ? "_drafts" : c.relativeDirectory;
  const superdirs = rel.startsWith(special)
    ? []
    : rel
        .replace(new RegExp(`${special}.*`), "")
        .split("/")
        .filter((s) => s && s !== special && s !== doc.basename);
  doc.data = { categories: superdirs };
  mergeData(settings, doc, settings.defaults.all(rel, c.label), "front matter defaults");
  doc.content = fm.content;
  doc.rawContent = fm.content;
  doc.lineOffset = fm.lineOffset;
  if (fm.error ?? fm.invalid) {
    // Jekyll logs a document it could not read and builds on, with only its defaults.
    spec.reportFrontMatter((fm.error ?? fm.invalid)!);
    doc.data["date"] ??= settings.time;
    return doc;
  }
  mergeData(settings, doc, fm.data, "YAML front matter");
  doc.outputExt = permalinkExt(doc.data["permalink"]) || doc.outputExt;
  // populate_title
  let slug: string | undefined, ext: string | undefined;
  const dated = DATE_FILENAME.exec(rel);
  if (dated) {
    slug = dated[2];
    ext = dated[3];
    const d = doc.data["date"];
    if (!d || (d instanceof Date && Math.floor(d.getTime() / 1000) === Math.floor(settings.time.getTime() / 1000)))
      mergeData(settings, doc, { date: dated[1] }, "filename");
  } else {
    const m = DATELESS_FILENAME.exec(rel);
    if (m) {
      slug = m[1];
      ext = m[2];
    }
  }
  slug = (slug ?? doc.basenameWithoutExt).replace(/\.*$/, "");
  if (doc.data["title"] === undefined || doc.data["title"] === null || doc.data["title"] === false)
    doc.data["title"] = slug.split("-").map(capitalize).join(" ");
  doc.data["slug"] ??= slug;
  doc.data["ext"] ??= ext;
  // populate_categories, populate_tags
  const cats = [...toArray(doc.data["categories"]), ...pluralized(doc.data, "category", "categories")]
    .flat()
    .map(String);
  doc.data["categories"] = [...new Set(cats)];
  doc.data["tags"] = pluralized(doc.data, "tag", "tags").flat();
  if (draft && !doc.data["date"]) doc.data["date"] = new Date(spec.mtimeMs());
  return doc;
}

/** Jekyll's Document#merge_data!: categories accumulate; a `date` must parse (else the build stops, naming the origin). */
function mergeData(settings: ItemSettings, doc: Document, other: Record<string, unknown>, origin: string): void {
  const o = { ...other };
  if ("categories" in o && o["categories"] !== null && o["categories"] !== undefined) {
    if (typeof o["categories"] === "string") o["categories"] = o["categories"].split(/\s+/).filter(Boolean);
    if (Array.isArray(doc.data["categories"]))
      o["categories"] = [...new Set([...(doc.data["categories"] as unknown[]), ...toArray(o["categories"])])];
  }
  doc.data = deepMerge(doc.data, o);
  if ("date" in doc.data && doc.data["date"] !== null && doc.data["date"] !== undefined) {
    const t = parseTime(doc.data["date"], settings.timezone, settings.time);
    if (!t) {
      throw new LecternError(`Document '${doc.relativePath}' does not have a valid date in the ${origin}.`, {
        topic: "Front matter",
        file: settings.shown(doc.absPath),
        source: doc.fileSource,
        line: findKeyLine(doc.fileSource, "date"),
      });
    }
    doc.data["date"] = t;
  }
}

function capitalize(s: string): string {
  return s.charAt(0).toUpperCase() + s.slice(1).toLowerCase();
}

function toArray(v: unknown): unknown[] {
  if (v === null || v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

/** Jekyll's Utils.pluralized_array_from_hash: the singular key's value as is, else the plural key split on spaces. */
function pluralized(data: Record<string, unknown>, singular: string, plural: string): unknown[] {
  const one = data[singular];
  if (one !== null && one !== undefined) return [one].flat(Infinity).filter((x) => x !== null && x !== undefined);
  const many = data[plural];
  if (typeof many === "string") return many.split(/\s+/).filter(Boolean);
  if (Array.isArray(many)) return many.flat(Infinity).filter((x) => x !== null && x !== undefined);
  return [];
}

function findKeyLine(source: string | undefined, key: string): number | undefined {
  if (!source) return undefined;
  const i = source.split("\n").findIndex((l) => l.startsWith(`${key}:`));
  return i >= 0 ? i + 1 : undefined;
}

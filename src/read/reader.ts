import { opendirSync, statSync, existsSync, type Dirent } from "node:fs";
import { join, relative, posix } from "node:path";
import type { Site } from "../site.js";
import { Page } from "../model/page.js";
import { Document, DATE_FILENAME, DATELESS_FILENAME } from "../model/document.js";
import { StaticFile } from "../model/static-file.js";
import { Collection } from "../model/collection.js";
import type { Layout } from "../model/layout.js";
import { splitFrontMatter } from "./front-matter.js";
import { fileHasFrontMatter, frontMatterFileText, readText } from "./read-file.js";
import { readData } from "./data-reader.js";
import { outputExtFor } from "../render/converters.js";
import { parseTime } from "../model/time.js";
import { deepMerge } from "../config/merge.js";
import { unwrapFloat } from "../model/ruby-float.js";
import { LecternError } from "../errors/index.js";
import { readdirRecursive } from "./walk.js";

/** Reads layouts, pages, static files, data and collections into the site, as Jekyll's Reader does. */
export class Reader {
  /** Pages and documents whose text was read while telling them from static files, by absolute path. */
  private readonly texts = new Map<string, string>();

  constructor(private readonly site: Site) {}

  /** Runs every reader in Jekyll's order. */
  read(): void {
    const site = this.site;
    site.layouts = this.readLayouts();
    for (const name of Object.keys(site.config.collections)) {
      // Jekyll's Collection: the label keeps only [a-z0-9_-.], and its metadata is looked up under that label,
      // so `reading list:` reads _readinglist with no metadata (not written).
      const label = name.replace(/[^a-z0-9_\-.]/gi, "");
      site.collections.set(
        name,
        new Collection(label, site.config.collections[label] ?? {}, site.config.collections_dir, site.permalinkStyle),
      );
    }
    this.readDirectories("");
    // Jekyll's sort_files!: pages by name, static files by path; collection files and theme assets come after.
    site.pages.sort((a, b) => cmp(a.name, b.name));
    site.staticFiles.sort((a, b) => cmp(a.relativePath, b.relativePath));
    site.data = readData(site.source, join(site.source, site.config.data_dir), site.filter, (f) => site.deps.data(f));
    for (const c of site.collections.values()) if (c.label !== "posts" && c.label !== "data") this.readCollection(c);
    this.readThemeAssets();
    for (const c of site.collections.values()) this.finishCollection(c);
  }

  private readLayouts(): Map<string, Layout> {
    const layouts = new Map<string, Layout>();
    const roots = [
      this.site.themeRoot ? join(this.site.themeRoot, "_layouts") : undefined,
      join(this.site.source, this.site.config.layouts_dir),
    ];
    for (const root of roots) {
      if (!root || !existsSync(root)) continue;
      for (const rel of readdirRecursive(root, root)) {
        if (/(^|\/)[._#~]|~$/.test(rel) && !rel.includes("/")) continue;
        const abs = join(root, rel);
        const text = readText(abs);
        const shown = this.site.shown(abs);
        const fm = splitFrontMatter(text, shown);
        if (fm.invalid) throw fm.invalid;
        if (fm.error) this.site.reportFrontMatter(fm.error);
        const name = rel.replace(/\.[^./]*$/, "");
        layouts.set(name, {
          name,
          absPath: abs,
          relativePath: shown,
          data: fm.data,
          content: fm.content,
          lineOffset: fm.lineOffset,
          fileSource: text,
        });
      }
    }
    return layouts;
  }

  private readDirectories(dir: string): void {
    const site = this.site;
    const base = join(site.source, dir);
    const entries = directoryOrder(base);
    if (!entries) return;
    const names = entries.map((e) => e.name);
    const kinds = new Map(entries.map((e) => [e.name, e]));
    // The listing tells plain files and folders apart; only links (and unknown kinds) need a stat.
    const known = (name: string) => {
      const d = kinds.get(name);
      return d && (d.isFile() || d.isDirectory()) ? d : undefined;
    };
    const dirs: string[] = [],
      pages: string[] = [],
      statics: string[] = [];
    for (const name of site.filter.filter(names, dir, (e) => !known(e))) {
      const abs = join(base, name);
      const st = known(name) ?? statSync(abs, { throwIfNoEntry: false });
      if (!st) continue;
      if (st.isDirectory()) dirs.push(name);
      else if (this.isPage(abs)) pages.push(name);
      else statics.push(name);
    }
    this.readPosts(dir);
    for (const d of dirs) {
      const abs = join(base, d);
      if (abs === site.destination || abs === site.tempDestination) continue;
      this.readDirectories(dir ? `${dir}/${d}` : d);
    }
    for (const name of pages) this.addPage(dir, name, base);
    for (const name of statics) {
      const abs = join(base, name);
      site.staticFiles.push(this.staticFile(abs, dir, name));
    }
  }

  /** True when the file has front matter (its text is kept for reading it). */
  private isPage(abs: string): boolean {
    const text = frontMatterFileText(abs, (line) => this.notUtf8(abs, line));
    if (text === undefined) return false;
    this.texts.set(abs, text);
    return true;
  }

  /** A page's or document's text, read once. */
  private text(abs: string): string {
    const text = this.texts.get(abs);
    if (text === undefined) return readText(abs);
    this.texts.delete(abs);
    return text;
  }

  /** Jekyll warns "invalid byte sequence" and writes such a file unchanged; so does Lectern (a static file). */
  private notUtf8(abs: string, line: number): void {
    this.site.tolerated(
      "Encoding:",
      `${this.site.shown(abs)}:${line}: not valid UTF-8; its front matter is ignored and it is copied byte for byte`,
    );
  }

  private staticFile(abs: string, dir: string, name: string, collection?: Collection): StaticFile {
    const st = statSync(abs);
    const f = new StaticFile(abs, dir, name, st.mtimeMs, collection);
    f.data = this.site.defaults.all(f.relativePath, collection ? collection.label : "");
    return f;
  }

  private addPage(dir: string, name: string, base: string, fromTheme = false): void {
    const site = this.site;
    const abs = join(base, name);
    const page = new Page(dir, name, site.permalinkStyle);
    page.absPath = abs;
    const text = this.text(abs);
    const fm = splitFrontMatter(text, site.shown(abs));
    if (fm.invalid) throw fm.invalid;
    if (fm.error) site.reportFrontMatter(fm.error);
    const defaults = site.defaults.all(page.relativePath, "pages");
    // Jekyll looks a page's keys up in its front matter first (even a null), then in the defaults...
    page.data = { ...defaults, ...fm.data };
    // ...while Liquid sees both deep-merged, where a null keeps the default.
    page.viewData = deepMerge(defaults, fm.data);
    page.content = fm.content;
    page.rawContent = fm.content;
    page.lineOffset = fm.lineOffset;
    page.fileSource = text;
    page.outputExt = permalinkExt(page.data) || outputExtFor(page.ext, site.mdExts);
    if (page.data["published"] === false && !site.config.unpublished) return;
    if (fromTheme && site.pages.some((p) => p.relativePath === page.relativePath)) return;
    site.pages.push(page);
  }

  private readPosts(dir: string): void {
    const site = this.site;
    if (site.config.collections_dir && dir !== site.config.collections_dir) return;
    const posts = site.collections.get("posts");
    if (!posts) return;
    const read = (magic: string, matcher: RegExp, draft: boolean) => {
      const base = join(site.source, dir, magic);
      if (!existsSync(base)) return;
      const links = new Set<string>();
      const entries = site.filter.filter(readdirRecursive(base, base, false, links), posix.join(dir, magic), (e) =>
        links.has(e),
      );
      for (const entry of entries.sort()) {
        if (!matcher.test(entry)) continue;
        const abs = join(base, entry);
        const rel = relative(site.collectionsPath, abs).split("\\").join("/");
        const doc = this.readDocument(posts, abs, rel, draft);
        if (!doc) continue;
        if (doc.data["published"] === false && !site.config.unpublished) continue;
        if (!site.config.future && doc.date.getTime() > site.time.getTime()) {
          site.log.warn("Skipping:", `${rel} has a future date`);
          continue;
        }
        posts.docs.push(doc);
      }
    };
    read("_posts", DATE_FILENAME, false);
    if (site.config.show_drafts) read("_drafts", DATELESS_FILENAME, true);
  }

  private readCollection(c: Collection): void {
    const site = this.site;
    const base = join(site.source, c.relativePath);
    if (!existsSync(base) || site.filter.symlinkOutside(base)) return;
    const links = new Set<string>();
    const entries = site.filter.filter(readdirRecursive(base, base, false, links), c.relativePath, (e) => links.has(e));
    for (const entry of entries.sort()) {
      const abs = join(base, entry);
      if (links.has(entry) && site.filter.symlinkOutside(abs)) continue;
      if (this.isPage(abs)) {
        const doc = this.readDocument(c, abs, `${c.relativeDirectory}/${entry}`, false);
        if (doc && (site.config.unpublished || doc.data["published"] !== false)) c.docs.push(doc);
      } else {
        const dir = posix.dirname(`${c.relativeDirectory}/${entry}`);
        c.files.push(this.staticFile(abs, dir, posix.basename(entry), c));
      }
    }
    site.staticFiles.push(...c.files);
  }

  /** Jekyll's Document#read: defaults, front matter, date and title from the file name, categories, tags. */
  private readDocument(c: Collection, abs: string, rel: string, draft: boolean): Document | undefined {
    const site = this.site;
    const doc = new Document(c, rel, site);
    doc.absPath = abs;
    doc.draft = draft;
    doc.outputExt = outputExtFor(doc.ext, site.mdExts);
    const text = this.text(abs);
    doc.fileSource = text;
    const special = draft ? "_drafts" : c.relativeDirectory;
    const superdirs = rel.startsWith(special)
      ? []
      : rel
          .replace(new RegExp(`${special}.*`), "")
          .split("/")
          .filter((s) => s && s !== special && s !== doc.basename);
    doc.data = { categories: superdirs };
    this.mergeData(doc, site.defaults.all(rel, c.label), "front matter defaults");
    const fm = splitFrontMatter(text, site.shown(abs));
    doc.content = fm.content;
    doc.rawContent = fm.content;
    doc.lineOffset = fm.lineOffset;
    if (fm.error ?? fm.invalid) {
      // Jekyll logs a document it could not read and builds on, with only its defaults.
      site.reportFrontMatter((fm.error ?? fm.invalid)!);
      doc.data["date"] ??= site.time;
      return doc;
    }
    this.mergeData(doc, fm.data, "YAML front matter");
    doc.outputExt = permalinkExt(doc.data) || doc.outputExt;
    // populate_title
    let slug: string | undefined, ext: string | undefined;
    const dated = DATE_FILENAME.exec(rel);
    if (dated) {
      slug = dated[2];
      ext = dated[3];
      const d = doc.data["date"];
      if (!d || (d instanceof Date && Math.floor(d.getTime() / 1000) === Math.floor(site.time.getTime() / 1000)))
        this.mergeData(doc, { date: dated[1] }, "filename");
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
    if (draft && !doc.data["date"]) doc.data["date"] = new Date(statSync(abs).mtimeMs);
    return doc;
  }

  private mergeData(doc: Document, other: Record<string, unknown>, origin: string): void {
    const o = { ...other };
    if ("categories" in o && o["categories"] !== null && o["categories"] !== undefined) {
      if (typeof o["categories"] === "string") o["categories"] = o["categories"].split(/\s+/).filter(Boolean);
      if (Array.isArray(doc.data["categories"]))
        o["categories"] = [...new Set([...(doc.data["categories"] as unknown[]), ...toArray(o["categories"])])];
    }
    doc.data = deepMerge(doc.data, o);
    if ("date" in doc.data && doc.data["date"] !== null && doc.data["date"] !== undefined) {
      const t = parseTime(doc.data["date"], this.site.timezone, this.site.time);
      if (!t) {
        throw new LecternError(`Document '${doc.relativePath}' does not have a valid date in the ${origin}.`, {
          topic: "Front matter",
          file: this.site.shown(doc.absPath),
          source: doc.fileSource,
          line: findKeyLine(doc.fileSource, "date"),
        });
      }
      doc.data["date"] = t;
    }
  }

  /** Sorts as Jekyll does (order / sort_by / date then path), dates undated ones, links previous/next. */
  private finishCollection(c: Collection): void {
    const meta = c.metadata;
    if (Array.isArray(meta["order"])) {
      const order = (meta["order"] as unknown[]).map(String);
      const ranked = order
        .map((o) => c.docs.find((d) => d.relativePath.endsWith(`/${o}`) || posix.basename(d.relativePath) === o))
        .filter((d): d is Document => !!d);
      const rest = c.docs.filter((d) => !ranked.includes(d)).sort(byDateThenPath);
      c.docs = [...ranked, ...rest];
    } else if (typeof meta["sort_by"] === "string") {
      const key = meta["sort_by"];
      const withKey = c.docs.filter((d) => d.data[key] !== undefined && d.data[key] !== null);
      const without = c.docs.filter((d) => d.data[key] === undefined || d.data[key] === null);
      withKey.sort((a, b) => compareValues(a.data[key], b.data[key]) || cmp(a.relativePath, b.relativePath));
      c.docs = [...withKey, ...without];
    } else {
      c.docs.sort(byDateThenPath);
    }
    for (const d of c.docs) if (!(d.data["date"] instanceof Date)) d.data["date"] = this.site.time;
    c.docs.forEach((d, i) => {
      d.previous = c.docs[i - 1];
      d.next = c.docs[i + 1];
    });
  }

  private readThemeAssets(): void {
    const site = this.site;
    if (!site.themeRoot) return;
    const root = join(site.themeRoot, "assets");
    if (!existsSync(root)) return;
    for (const rel of readdirRecursive(site.themeRoot, root)) {
      const abs = join(site.themeRoot, rel);
      const dir = posix.dirname(rel),
        name = posix.basename(rel);
      if (fileHasFrontMatter(abs)) this.addPage(dir, name, join(site.themeRoot, dir), true);
      else if (!site.staticFiles.some((f) => f.relativePath === `/${rel}`))
        site.staticFiles.push(this.staticFile(abs, dir, name));
    }
  }
}

/** Jekyll's Renderer#permalink_ext: a permalink's own extension decides the output extension. */
function permalinkExt(data: Record<string, unknown>): string {
  const p = data["permalink"];
  if (typeof p !== "string" || !p || p.endsWith("/")) return "";
  return posix.extname(p);
}

function byDateThenPath(a: Document, b: Document): number {
  const da = a.data["date"],
    db = b.data["date"];
  if (da instanceof Date && db instanceof Date && da.getTime() !== db.getTime()) return da.getTime() - db.getTime();
  return cmp(a.absPath, b.absPath);
}

function compareValues(a: unknown, b: unknown): number {
  a = unwrapFloat(a);
  b = unwrapFloat(b);
  if (a instanceof Date && b instanceof Date) return a.getTime() - b.getTime();
  if (typeof a === "number" && typeof b === "number") return a - b;
  return cmp(String(a), String(b));
}

/** Byte-wise string comparison, as Ruby's String#<=>. */
export function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
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

/**
 * A folder's entries in the file system's own order, as Ruby's Dir.entries gives them to Jekyll (Node's
 * readdir sorts them). Pages are sorted by name with a stable sort, so this order decides between pages
 * of the same name in different folders (which one lists first, which redirect is written last).
 */
function directoryOrder(dir: string): Dirent[] | undefined {
  let handle;
  try {
    handle = opendirSync(dir);
  } catch {
    return undefined;
  }
  const entries: Dirent[] = [];
  try {
    for (let e = handle.readSync(); e !== null; e = handle.readSync()) entries.push(e);
  } finally {
    handle.closeSync();
  }
  return entries;
}

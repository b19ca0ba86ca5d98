import { opendirSync, statSync, existsSync, type Dirent } from "node:fs";
import { join, relative, posix } from "node:path";
import type { SiteConfig } from "../config/types.js";
import type { Dependencies } from "../deps.js";
import type { Logger } from "../log.js";
import type { Page } from "../model/page.js";
import type { LecternError } from "../errors/index.js";
import type { EntryFilter } from "./entry-filter.js";
import { makeDocument, makePage, type ItemSettings } from "./items.js";
import { type Document, DATE_FILENAME, DATELESS_FILENAME } from "../model/document.js";
import { StaticFile } from "../model/static-file.js";
import { Collection } from "../model/collection.js";
import type { Layout } from "../model/layout.js";
import { splitFrontMatter } from "./front-matter.js";
import { fileHasFrontMatter, frontMatterFileText, readText } from "./read-file.js";
import { readData } from "./data-reader.js";
import { unwrapFloat } from "../ruby/float.js";
import { readdirRecursive } from "./walk.js";

/** What the reader reads with (the finished config, filter, theme) and fills in (layouts, pages, files, data, collections). */
export interface ReadSite extends ItemSettings {
  readonly source: string;
  readonly destination: string;
  readonly tempDestination?: string;
  readonly config: SiteConfig;
  readonly filter: EntryFilter;
  readonly themeRoot?: string;
  readonly collectionsPath: string;
  readonly deps: Dependencies;
  readonly log: Logger;
  layouts: Map<string, Layout>;
  pages: Page[];
  staticFiles: StaticFile[];
  collections: Map<string, Collection>;
  data: Record<string, unknown>;
  /** Bad front matter: Jekyll warns and reads on. */
  reportFrontMatter(err: LecternError): void;
  /** A problem Jekyll tolerates (warned; fatal under --strict). */
  tolerated(topic: string, message: string): void;
}

/** Reads layouts, pages, static files, data and collections into the site, as Jekyll's Reader does. */
export class Reader {
  /** Pages and documents whose text was read while telling them from static files, by absolute path. */
  private readonly texts = new Map<string, string>();

  constructor(private readonly site: ReadSite) {}

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
    const text = this.text(abs);
    const fm = splitFrontMatter(text, site.shown(abs));
    if (fm.invalid) throw fm.invalid;
    if (fm.error) site.reportFrontMatter(fm.error);
    const page = makePage(site, {
      dir,
      name,
      frontMatter: fm.data,
      content: fm.content,
      absPath: abs,
      lineOffset: fm.lineOffset,
      fileSource: text,
    });
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

  /** A document from its file, through the item factory. */
  private readDocument(c: Collection, abs: string, rel: string, draft: boolean): Document | undefined {
    const site = this.site;
    const text = this.text(abs);
    return makeDocument(site, {
      collection: c,
      relativePath: rel,
      absPath: abs,
      text,
      frontMatter: splitFrontMatter(text, site.shown(abs)),
      draft,
      mtimeMs: () => statSync(abs).mtimeMs,
      reportFrontMatter: (e) => site.reportFrontMatter(e),
    });
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

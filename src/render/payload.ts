import type { RenderSite } from "./render-site.js";
import type { Document } from "../model/document.js";
import type { Page } from "../model/page.js";
import type { StaticFile } from "../model/static-file.js";
import type { Collection } from "../model/collection.js";
import { join } from "node:path";
import { HASH_FOR_JSON } from "../ruby/value.js";

/** The Jekyll version Lectern matches, as `jekyll.version` shows it. */
export const JEKYLL_VERSION = "4.3.1";

type Drop = Record<string, unknown>;

/** Reading a document's excerpt is recorded as a use of `absPath + EXCERPT_OF` (the excerpt depends on the raw body only). */
export const EXCERPT_OF = "#excerpt";

function define(obj: Drop, key: string, get: () => unknown): void {
  Object.defineProperty(obj, key, { get, enumerable: true, configurable: true });
}

/** Builds the read-only views (drops) Liquid sees, with exactly the fields Jekyll exposes; cached per build. */
export class Payload {
  private readonly docDrops = new Map<Document, Drop>();
  private readonly pageDrops = new Map<Page, Drop>();
  private readonly fileDrops = new Map<StaticFile, Drop>();
  private siteDrop?: Drop;
  private pagesView?: Drop[];
  /** Pages added while rendering (Sass source maps), after the site's pages as Jekyll appends them. */
  private readonly addedPages: Page[] = [];

  constructor(
    private readonly site: RenderSite,
    private readonly excerptOf: (doc: Document) => string,
  ) {}

  /** Liquid's `site`: config keys, then Jekyll's computed fields and one array per collection. */
  siteView(): Drop {
    if (this.siteDrop) return this.siteDrop;
    const site = this.site;
    const drop: Drop = { ...site.config };
    delete drop["source"];
    let posts: Drop[] | undefined, files: Drop[] | undefined, docs: Drop[] | undefined;
    let collections: Drop[] | undefined, htmlPages: Drop[] | undefined, cats: Drop | undefined, tags: Drop | undefined;
    for (const c of site.collections.values()) {
      if (c.label === "posts") continue;
      define(drop, c.label, () => c.docs.map((d) => this.doc(d)));
    }
    define(
      drop,
      "posts",
      () => (posts ??= [...(site.collections.get("posts")?.docs ?? [])].reverse().map((d) => this.doc(d))),
    );
    define(drop, "pages", () => (this.pagesView ??= [...site.pages, ...this.addedPages].map((p) => this.page(p))));
    define(
      drop,
      "html_pages",
      () => (htmlPages ??= site.pages.filter((p) => p.html || p.url.endsWith("/")).map((p) => this.page(p))),
    );
    define(drop, "static_files", () => (files ??= site.staticFiles.map((f) => this.file(f))));
    // Jekyll's site.documents holds every collection's documents and its static files.
    define(
      drop,
      "documents",
      () =>
        (docs ??= [...site.collections.values()].flatMap((c) => [
          ...c.docs.map((d) => this.doc(d)),
          ...c.files.map((f) => this.file(f)),
        ])),
    );
    define(
      drop,
      "collections",
      () =>
        (collections ??= [...site.collections.values()]
          .sort((a, b) => (a.label < b.label ? -1 : 1))
          .map((c) => this.collection(c))),
    );
    define(drop, "categories", () => (cats ??= this.grouped("categories")));
    define(drop, "tags", () => (tags ??= this.grouped("tags")));
    define(drop, "data", () => site.data);
    define(drop, "time", () => site.time);
    drop["related_posts"] = [];
    return (this.siteDrop = drop);
  }

  /** Appends a page to `site.pages` as seen by items rendered from now on (jekyll-sass-converter's source map page); replaces one with the same path. */
  addPage(p: Page): void {
    const same = this.addedPages.findIndex((q) => q.relativePath === p.relativePath);
    if (same >= 0) this.addedPages[same] = p;
    else this.addedPages.push(p);
    this.pagesView = undefined;
  }

  /** Takes back every page added while rendering (the dev server re-renders in order and adds them again). */
  clearAddedPages(): void {
    this.addedPages.length = 0;
    this.pagesView = undefined;
  }

  private grouped(key: "categories" | "tags"): Drop {
    const out: Record<string, Drop[]> = {};
    const posts = this.site.collections.get("posts")?.docs ?? [];
    for (const p of posts) for (const k of (p.data[key] as unknown[]) ?? []) (out[String(k)] ??= []).push(this.doc(p));
    for (const list of Object.values(out)) list.reverse();
    return out;
  }

  /**
   * A document's drop in Jekyll's DocumentDrop key order (its methods as Ruby lists them, then `draft` and the
   * other data keys), with `hash_for_json` for `jsonify`: from depth 2 on, next/previous lose their bodies.
   */
  doc(d: Document): Drop {
    const drop = this.docDrops.get(d);
    if (drop) return drop;
    const made: Drop = {};
    const getters: Record<string, () => unknown> = {
      name: () => d.data["name"] ?? d.basename,
      id: () => d.id,
      relative_path: () => d.relativePath,
      excerpt: () =>
        this.read(
          d,
          d.data["excerpt"] !== undefined && typeof d.data["excerpt"] === "string"
            ? d.data["excerpt"]
            : this.excerptOf(d),
          EXCERPT_OF,
        ),
      title: () => d.data["title"],
      categories: () => d.data["categories"],
      collection: () => d.collection.label,
      next: () => (d.next ? this.doc(d.next) : null),
      tags: () => d.data["tags"],
      previous: () => (d.previous ? this.doc(d.previous) : null),
      content: () => this.read(d, d.content),
      output: () => this.read(d, d.output ?? null),
      path: () => d.relativePath,
      url: () => d.url,
      date: () => d.data["date"],
    };
    for (const [key, get] of Object.entries(getters)) define(made, key, get);
    made["draft"] = d.data["draft"] ?? d.draft;
    for (const [key, value] of Object.entries(d.data))
      if (!Object.hasOwn(getters, key) && key !== "draft") made[key] = value;
    Object.defineProperty(made, HASH_FOR_JSON, {
      value: (depth: number) => (depth >= 2 ? collapseNeighbours(made) : made),
    });
    this.docDrops.set(d, made);
    return made;
  }

  /** A page's hash as Jekyll's Page#to_liquid: data plus content, dir, name, path, url (and excerpt when set). */
  page(p: Page, fixedContent?: string): Drop {
    if (fixedContent === undefined) {
      const hit = this.pageDrops.get(p);
      if (hit) return hit;
    }
    const drop: Drop = { ...(p.viewData ?? p.data) };
    if (fixedContent === undefined) define(drop, "content", () => this.read(p, p.content));
    else drop["content"] = fixedContent;
    define(drop, "dir", () => p.urlDir);
    drop["excerpt"] = p.data["excerpt"] ?? null;
    drop["name"] = p.name;
    drop["path"] = typeof p.data["path"] === "string" ? p.data["path"] : p.relativePath;
    define(drop, "url", () => p.url);
    if (fixedContent === undefined) this.pageDrops.set(p, drop);
    return drop;
  }

  private file(f: StaticFile): Drop {
    let drop = this.fileDrops.get(f);
    if (drop) return drop;
    drop = {
      ...f.data,
      name: f.name,
      basename: f.basename,
      extname: f.extname,
      path: f.relativePath,
      modified_time: new Date(f.mtimeMs),
      collection: f.collection?.label ?? null,
    };
    this.fileDrops.set(f, drop);
    return drop;
  }

  private collection(c: Collection): Drop {
    const drop: Drop = {
      ...c.metadata,
      label: c.label,
      relative_directory: c.relativeDirectory,
      directory: join(this.site.source, c.relativePath),
      output: c.output,
    };
    define(drop, "docs", () => c.docs.map((d) => this.doc(d)));
    define(drop, "files", () => c.files.map((f) => this.file(f)));
    return drop;
  }

  /** Records that the item being rendered read another item's content or output (or, with EXCERPT_OF, its excerpt), for incremental rebuilds. */
  private read<T>(item: Document | Page, value: T, suffix = ""): T {
    if (item.absPath) this.site.deps.used(item.absPath + suffix);
    return value;
  }

  /** Liquid's `jekyll` variable. */
  jekyllView(): Drop {
    return { version: JEKYLL_VERSION, environment: this.site.env.mode };
  }
}

/** Keys DocumentDrop#collapse_document leaves out of a nested neighbour. */
const NESTED_BLACKLIST = new Set(["content", "output", "excerpt", "next", "previous"]);

/** A document drop's JSON hash with next/previous reduced to their fields without bodies or further links. */
function collapseNeighbours(drop: Drop): Drop {
  const collapse = (doc: unknown): unknown => {
    if (!doc || typeof doc !== "object") return doc;
    const out: Drop = {};
    for (const [k, v] of Object.entries(doc as Drop)) if (!NESTED_BLACKLIST.has(k)) out[k] = v;
    return out;
  };
  const out: Drop = {};
  for (const [k, v] of Object.entries(drop)) out[k] = k === "next" || k === "previous" ? collapse(v) : v;
  return out;
}

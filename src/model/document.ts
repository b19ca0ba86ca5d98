import { posix } from "node:path";
import { Convertible } from "./convertible.js";
import type { Collection } from "./collection.js";
import { fillFromDrop, sanitizeUrl } from "../url/url.js";
import { slugifyValue as slugify } from "../url/slugify.js";
import { urlDateField } from "../ruby/time.js";

/** Jekyll's DATE_FILENAME_MATCHER and DATELESS_FILENAME_MATCHER. */
export const DATE_FILENAME = /^(?:.+\/)*?(\d{2,4}-\d{1,2}-\d{1,2})-([^/]*)(\.[^.]+)$/;
export const DATELESS_FILENAME = /^(?:.+\/)*(.*)(\.[^.]+)$/;

const DATE_FIELDS = new Set([
  "year",
  "month",
  "day",
  "hour",
  "minute",
  "second",
  "i_day",
  "i_month",
  "short_month",
  "long_month",
  "short_year",
  "w_year",
  "week",
  "w_day",
  "short_day",
  "long_day",
  "y_day",
]);

/** A document of a collection (a post, a publication, a talk...). */
export class Document extends Convertible {
  private cachedUrl?: string;
  /** Set for `_drafts` posts. */
  draft = false;
  /** Previous and next documents of the collection, set after sorting. */
  previous?: Document;
  next?: Document;

  constructor(
    readonly collection: Collection,
    /** Path relative to the collections folder, e.g. `_posts/2020-01-01-hello.md`. */
    readonly relativePath: string,
    private readonly site: { permalinkStyle: string; timezone: string | null },
  ) {
    super();
    this.ext = posix.extname(relativePath);
  }

  get type(): string {
    return this.collection.label;
  }

  override get isDocument(): boolean {
    return true;
  }

  get basename(): string {
    return posix.basename(this.relativePath);
  }

  get basenameWithoutExt(): string {
    return posix.basename(this.relativePath, this.ext);
  }

  /** Jekyll's cleaned_relative_path: the path inside the collection folder without extension. */
  get cleanedRelativePath(): string {
    const noExt = this.relativePath.slice(0, this.relativePath.length - this.ext.length);
    return noExt.replace(this.collection.relativeDirectory, "").replace(/\.*$/, "");
  }

  get date(): Date {
    return this.data["date"] as Date;
  }

  get urlTemplate(): string {
    return this.collection.urlTemplate();
  }

  private placeholder(key: string): string | null | undefined {
    if (DATE_FIELDS.has(key)) return urlDateField(this.date, key, this.site.timezone);
    switch (key) {
      case "collection":
        return this.collection.label;
      case "path":
        return this.cleanedRelativePath;
      case "name":
        return slugify(this.basenameWithoutExt);
      case "title":
        return slugify(this.data["slug"], "pretty", true) ?? slugify(this.basenameWithoutExt, "pretty", true);
      case "slug":
        return slugify(this.data["slug"]) ?? slugify(this.basenameWithoutExt);
      case "categories":
        return [...new Set(toArray(this.data["categories"]).map((c) => String(c).toLowerCase()))].join("/");
      case "slugified_categories":
        return [...new Set(toArray(this.data["categories"]).map((c) => slugify(String(c))))].join("/");
      case "output_ext":
        return this.outputExt;
      default:
        return undefined;
    }
  }

  private hasPlaceholder(key: string): boolean {
    return (
      DATE_FIELDS.has(key) ||
      ["collection", "path", "name", "title", "slug", "categories", "slugified_categories", "output_ext"].includes(key)
    );
  }

  get url(): string {
    if (this.cachedUrl === undefined) {
      const permalink = this.data["permalink"];
      const template = typeof permalink === "string" && permalink ? permalink : this.urlTemplate;
      this.cachedUrl = sanitizeUrl(
        fillFromDrop(
          template,
          (k) => this.placeholder(k),
          (k) => this.hasPlaceholder(k),
        ),
      );
    }
    return this.cachedUrl;
  }

  resetUrl(): void {
    this.cachedUrl = undefined;
  }

  /** Jekyll's Document#id: the URL's folder plus the slug. */
  get id(): string {
    const dir = posix.dirname(this.url);
    return posix.join(dir, String(this.data["slug"] ?? this.basenameWithoutExt));
  }

  get write(): boolean {
    return this.collection.output;
  }
}

function toArray(v: unknown): unknown[] {
  if (v === null || v === undefined) return [];
  return Array.isArray(v) ? v : [v];
}

import { posix } from "node:path";
import { fillFromHash, sanitizeUrl, unescapePath } from "../url/url.js";
import type { Collection } from "./collection.js";

/** A file copied as it is: no front matter. */
export class StaticFile {
  readonly name: string;
  readonly extname: string;
  /** Front-matter defaults that apply to this path (Jekyll gives static files `data` from defaults). */
  data: Record<string, unknown> = {};

  constructor(
    /** Absolute path of the file to copy. */
    readonly absPath: string,
    /** Folder relative to the source ("" at the root); inside a collection, relative to the collections folder. */
    readonly dir: string,
    name: string,
    /** Modification time in ms since the epoch. */
    readonly mtimeMs: number,
    readonly collection?: Collection,
  ) {
    this.name = name;
    this.extname = posix.extname(name);
  }

  /** Jekyll's StaticFile#relative_path: "/dir/name" for site files, "_label/dir/name" inside a collection. */
  get relativePath(): string {
    const joined = this.dir ? `${this.dir}/${this.name}` : this.name;
    return this.collection ? joined : "/" + joined;
  }

  get basename(): string {
    return posix.basename(this.name, this.extname);
  }

  /** Jekyll's StaticFile#url: the source path, or the collection's template for collection files. */
  get url(): string {
    const c = this.collection;
    const cleaned = this.relativePath.slice(0, this.relativePath.length - this.extname.length).replace(/\.*$/, "");
    if (!c) return cleaned + this.extname;
    const path = cleaned.replace(c.relativeDirectory, "");
    const placeholders = { collection: c.label, path, output_ext: "", name: this.basename, title: "" };
    return sanitizeUrl(fillFromHash(c.urlTemplate(), placeholders)).replace(/\/$/, "") + this.extname;
  }

  /** Output path relative to the destination. */
  get destRel(): string {
    return unescapePath(this.url).replace(/^\/+/, "");
  }

  get write(): boolean {
    return !this.collection || this.collection.output;
  }
}

import { addPermalinkSuffix } from "../url/url.js";
import type { Document } from "./document.js";
import type { StaticFile } from "./static-file.js";

/** A Jekyll collection (`_posts`, `_publications`...): its documents, static files and metadata. */
export class Collection {
  docs: Document[] = [];
  files: StaticFile[] = [];

  constructor(
    readonly label: string,
    readonly metadata: Record<string, unknown>,
    readonly collectionsDir: string,
    readonly permalinkStyle: string,
  ) {}

  /** The collection's `permalink`, else `/:collection/:path` with the site style's suffix. */
  urlTemplate(): string {
    const p = this.metadata["permalink"];
    return typeof p === "string" && p ? p : addPermalinkSuffix("/:collection/:path", this.permalinkStyle);
  }

  /** "_label", the folder name. */
  get relativeDirectory(): string {
    return `_${this.label}`;
  }

  /** The folder relative to the source, collections_dir included. */
  get relativePath(): string {
    return this.collectionsDir ? `${this.collectionsDir}/${this.relativeDirectory}` : this.relativeDirectory;
  }

  /** Whether documents are written (posts always; others when `output: true`). */
  get output(): boolean {
    return this.label === "posts" || this.metadata["output"] === true;
  }
}

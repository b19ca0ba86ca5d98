import type { Collection } from "./collection.js";
import type { Document } from "./document.js";
import type { Page } from "./page.js";

/** What holds the site's items: its collections (in config order) and its pages (in read order). */
export interface ItemSource {
  readonly collections: ReadonlyMap<string, Collection>;
  readonly pages: readonly Page[];
}

/** Every document, collection by collection, each collection in its own (sorted) order. */
export function* allDocuments(collections: ReadonlyMap<string, Collection>): Generator<Document> {
  for (const c of collections.values()) yield* c.docs;
}

/** The site's render order, as Jekyll's Site#render: every collection's documents, then the pages. */
export function* renderOrder(site: ItemSource): Generator<Document | Page> {
  yield* allDocuments(site.collections);
  yield* site.pages;
}

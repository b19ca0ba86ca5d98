export type Meta = { categories: unknown[]; path?: unknown };

const isHash = (v: unknown): v is Record<string, unknown> => !!v && typeof v === "object" && !Array.isArray(v);

/**
 * Collections to publish with their categories and path, in the gem's order: `feed.collections` (a list or a
 * hash), then `posts` if it was not named; posts take `feed.path` and `feed.categories` unless set on their own.
 */
export function feedCollections(config: Record<string, unknown>): Map<string, Meta> {
  const raw = config["collections"];
  const given = new Map<string, Record<string, unknown>>();
  if (Array.isArray(raw)) for (const c of raw) given.set(String(c), {});
  else if (isHash(raw)) for (const [k, v] of Object.entries(raw)) given.set(k, isHash(v) ? v : {});
  if (!given.has("posts")) given.set("posts", {});
  const out = new Map<string, Meta>();
  for (const [name, m] of given) {
    let categories = m["categories"],
      path = m["path"];
    if (name === "posts") {
      path = path || config["path"];
      categories = categories || config["categories"];
    }
    out.set(name, { categories: Array.isArray(categories) ? categories : [], path });
  }
  return out;
}

/** Where a feed is written: `/feed.xml` (or `feed.path`), `/feed/<category>.xml`, `/feed/<collection>.xml`... */
export function feedPath(collection: string, category: unknown, meta: Meta): string {
  const prefix = collection === "posts" ? "/feed" : `/feed/${collection}`;
  if (category !== null && category !== undefined) return `${prefix}/${String(category)}.xml`;
  return meta.path ? String(meta.path) : `${prefix}.xml`;
}

import type { Context, Emitter, Liquid, Tag, TagToken, Template, TopLevelToken, Value } from "liquidjs";
import type { Plugin } from "../types.js";
import { includeTag, siteIncludeDirs } from "../../render/liquid/tags/include.js";
import type { EngineState, TagClass } from "../../render/liquid/state.js";
import { rubyToS } from "../../ruby/value.js";

/** What the include tag parsed (its fields, read here to build the cache key). */
interface ParsedInclude {
  file: string;
  fileTemplate?: Template[];
  params?: Array<{ key: string; literal?: string; value?: Value }>;
}

/** The include tag class as this module extends it. */
type IncludeClass = new (
  token: TagToken,
  remain: TopLevelToken[],
  liquid: Liquid,
) => Tag & {
  render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown>;
};

/** Numbers objects by identity. */
interface Identities {
  map: WeakMap<object, number>;
  next: number;
}

/** Collects a render's output instead of writing it. */
class Capture implements Emitter {
  buffer = "";
  write(html: unknown): void {
    this.buffer += typeof html === "string" ? html : rubyToS(html);
  }
}

/**
 * A key for one parameter value, as jekyll-include-cache hashes them: strings, numbers and other plain values
 * by value; objects (pages, documents, data) by identity.
 */
function valueKey(v: unknown, ids: Identities): string {
  if (v !== null && typeof v === "object") {
    let id = ids.map.get(v);
    if (id === undefined) ids.map.set(v, (id = ++ids.next));
    return `#${id}`;
  }
  return `${typeof v}:${String(v)}`;
}

/**
 * `{% include_cached file params %}` (jekyll-include-cache 0.2): an include rendered once per file and set of
 * parameter values, then repeated from the cache for the rest of the build. As in the gem, the key is the
 * file with the parameter values in key order (not the names).
 */
export function includeCachedTag(state: EngineState): TagClass {
  const Include = includeTag(state, "include_cached", siteIncludeDirs) as unknown as IncludeClass;
  const cache = new Map<string, string>();
  const ids: Identities = { map: new WeakMap(), next: 0 };
  class IncludeCachedTag extends Include {
    override *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const self = this as unknown as ParsedInclude;
      const file = self.fileTemplate
        ? rubyToS(yield this.liquid.renderer.renderTemplates(self.fileTemplate, ctx))
        : self.file;
      const parts = [file];
      for (const p of [...(self.params ?? [])].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0))) {
        parts.push(
          p.literal !== undefined ? valueKey(p.literal, ids) : valueKey(yield p.value!.value(ctx, false), ids),
        );
      }
      const key = parts.join("\u0000");
      let out = cache.get(key);
      if (out === undefined) {
        const capture = new Capture();
        yield* super.render(ctx, capture) as Generator<unknown, void, unknown>;
        out = capture.buffer;
        cache.set(key, out);
      }
      emitter.write(out);
    }
  }
  return IncludeCachedTag as unknown as TagClass;
}

/** jekyll-include-cache: the `{% include_cached %}` tag, its cache emptied at the start of each render. */
const includeCache: Plugin = {
  name: "jekyll-include-cache",
  setup(api) {
    api.hook("site:preRender", ({ site }) => {
      const liquid = site.renderer.liquid;
      liquid.registerTag("include_cached", includeCachedTag(liquid.state));
    });
  },
};

export default includeCache;

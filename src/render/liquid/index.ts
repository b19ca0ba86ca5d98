/**
 * Jekyll's Liquid (Jekyll 4.3 with Ruby Liquid 5.4 in its default lax mode), built on liquidjs.
 *
 * - `engine.ts` configures liquidjs: Ruby output (`src/ruby/value.ts`), truthiness, operators (`operators.ts`),
 *   lookups (`context.ts`), the filter set (`filters/`, by topic) and Jekyll's tags (`tags/`, one per file).
 * - `parse.ts` + `lax.ts` rewrite markup liquidjs rejects into what Ruby's lax parser makes of it.
 * - `src/ruby/strftime.ts` (with `src/ruby/zone.ts`) prints Times in the site's zone with Ruby's strftime.
 * - `errors.ts` turns liquidjs errors into LecternErrors with file, line, frame and include chain.
 */
import { toValueSync, type Liquid, type Template, type FilterImplOptions } from "liquidjs";
import { LecternError } from "../../errors/index.js";
import type { LiquidHost, RenderContext } from "./host.js";
import { createEngine } from "./engine.js";
import { toLecternError } from "./errors.js";
import { RubyContext } from "./context.js";
import { REGISTER_FILE, type EngineState, type TagImpl } from "./state.js";

export type { LiquidHost, RenderContext } from "./host.js";
export type { EngineState } from "./state.js";
export { rubyToS, rubyInspect } from "../../ruby/value.js";
export { strftime } from "../../ruby/strftime.js";
export { zoned, rubyTimeString, withFixedZone, RUBY_ZONE } from "../../ruby/zone.js";
export { slugify } from "../../url/slugify.js";
export { smartify } from "./filters/smartify.js";
export { codeFigure, linenosTable } from "./tags/highlight.js";

/** A template parsed by `JekyllLiquid.parse`. */
export interface ParsedTemplate {
  templates: Template[];
  text: string;
  file: string;
}

/** Jekyll's Liquid, backed by liquidjs. */
export interface JekyllLiquid {
  /** Parses once; cached by `file` + content. Throws LecternError (topic "Liquid") on syntax errors with file/line/column/frame. */
  parse(template: string, ctx: RenderContext): ParsedTemplate;
  /** Renders a parsed template with a scope `{ site, page, layout, content, paginator, jekyll, ... }` synchronously. */
  render(parsed: unknown, scope: Record<string, unknown>, ctx: RenderContext): string;
  /** parse + render in one call. */
  renderString(template: string, scope: Record<string, unknown>, ctx: RenderContext): string;
  /** Adds a tag (plugins: seo, feed_meta, gist, include_cached) through liquidjs' public API. */
  registerTag(name: string, impl: TagImpl): void;
  /** Adds a filter through liquidjs' public API. */
  registerFilter(name: string, fn: FilterImplOptions): void;
  /** Forgets parsed templates and include files (call when files changed between builds). */
  clearCache(): void;
  /** The underlying liquidjs instance. */
  readonly liquid: Liquid;
  /** Engine internals plugin tags may reuse (parse with lax rules, load include files, relative_url). */
  readonly state: EngineState;
}

/** Creates a liquidjs engine configured to behave like Jekyll 4.3's Liquid. */
export function createJekyllLiquid(host: LiquidHost): JekyllLiquid {
  const { liquid, state, clearCache } = createEngine(host);
  /** Parsed templates by file; a file may have a few texts (a document and its excerpt). */
  const cache = new Map<string, ParsedTemplate[]>();

  const parse = (template: string, ctx: RenderContext): ParsedTemplate => {
    const entries = cache.get(ctx.file);
    const hit = entries?.find((p) => p.text === template);
    if (hit) return hit;
    let templates: Template[];
    try {
      templates = state.parse(template, ctx.file, ctx.lineOffset);
    } catch (e) {
      throw toLecternError(e, { file: ctx.file, source: ctx.fileSource ?? template, lineOffset: ctx.lineOffset });
    }
    const parsed = { templates, text: template, file: ctx.file };
    const list = entries ?? [];
    if (list.length >= 4) list.shift();
    list.push(parsed);
    cache.set(ctx.file, list);
    return parsed;
  };

  const render = (parsed: unknown, scope: Record<string, unknown>, ctx: RenderContext): string => {
    const p = parsed as ParsedTemplate;
    if (!p || !Array.isArray(p.templates))
      throw new LecternError("render() needs the result of parse()", { topic: "Liquid", file: ctx.file });
    const context = new RubyContext(scope, liquid.options, { sync: true }, { liquid });
    context.setRegister(REGISTER_FILE, ctx.file);
    try {
      return toValueSync(liquid.renderer.renderTemplates(p.templates, context)) as string;
    } catch (e) {
      throw toLecternError(e, { file: ctx.file, source: ctx.fileSource ?? p.text, lineOffset: ctx.lineOffset });
    }
  };

  return {
    parse,
    render,
    renderString: (template, scope, ctx) => render(parse(template, ctx), scope, ctx),
    registerTag: (name, impl) => liquid.registerTag(name, impl),
    registerFilter: (name, fn) => liquid.registerFilter(name, fn),
    clearCache: () => {
      cache.clear();
      clearCache();
    },
    liquid,
    state,
  };
}

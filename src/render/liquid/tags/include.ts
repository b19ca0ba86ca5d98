import {
  Tag,
  Value,
  type Context,
  type Emitter,
  type TagToken,
  type Template,
  type TopLevelToken,
  type Liquid,
} from "liquidjs";
import { REGISTER_DEPTH, type EngineState, type TagClass } from "../state.js";
import { rubyInspect, rubyToS } from "../../../ruby/value.js";
import { chainError } from "../errors.js";
import { syncRenderer, valueSync } from "../sync-render.js";
import { isLecternError } from "../../../errors/index.js";

const VALID_SYNTAX = /([\w-]+)\s*=\s*(?:"([^"\\]*(?:\\.[^"\\]*)*)"|'([^'\\]*(?:\\.[^'\\]*)*)'|([\w.-]+))/g;
const VARIABLE_SYNTAX = /([^{]*(?:\{\{\s*[\w\-.]+\s*(?:\|.*)?\}\}[^\s{}]*)+)([\s\S]*)/;
const FULL_VALID_SYNTAX = new RegExp(`^\\s*(?:${VALID_SYNTAX.source}(?=\\s|$)\\s*)*$`);
const VALID_FILENAME_CHARS = /^[\w/.\-()+~#@]*$/;
const INVALID_SEQUENCES = /[./]{2,}/;
const SYNTAX_EXAMPLE = (tag: string) => `{% ${tag} file.ext param='value' param2='value' %}`;
const MAX_DEPTH = 100;

type Param = { key: string; literal?: string; value?: Value };

/** Where an include tag looks for its file. */
export type IncludeDirs = (ctx: Context, state: EngineState) => string[];

/** The site's include folders (Jekyll's `includes_load_paths`). */
export const siteIncludeDirs: IncludeDirs = (_ctx, state) => state.host.includeDirs;

/** Jekyll's include tag family, parameterised by where files are looked up (`include`, `include_relative`). */
export function includeTag(state: EngineState, tagName: string, dirs: IncludeDirs): TagClass {
  return class IncludeTag extends Tag {
    private file: string;
    private fileTemplate?: Template[];
    private params?: Param[];

    constructor(token: TagToken, remain: TopLevelToken[], liquid: Liquid) {
      super(token, remain, liquid);
      const markup = token.args.trim();
      const m = VARIABLE_SYNTAX.exec(markup);
      let params: string | undefined;
      if (m) {
        this.file = m[1]!.trim();
        params = m[2]!.trim();
        this.fileTemplate = state.parse(this.file, token.file ?? "");
      } else {
        const split = markup.split(/\s+/);
        this.file = split[0] ?? "";
        const rest = markup.slice(this.file.length).trim();
        params = rest === "" ? undefined : rest;
      }
      if (params !== undefined) {
        if (!FULL_VALID_SYNTAX.test(params)) {
          throw new Error(
            `Invalid syntax for include tag:\n\n  ${params}\n\nValid syntax:\n\n  ${SYNTAX_EXAMPLE(tagName)}\n`,
          );
        }
        this.params = [...params.matchAll(VALID_SYNTAX)].map(([, key, dq, sq, variable]) => {
          if (dq !== undefined) return { key: key!, literal: dq.replace(/\\"/g, '"') };
          if (sq !== undefined) return { key: key!, literal: sq.replace(/\\'/g, "'") };
          return { key: key!, value: new Value(variable!, liquid) };
        });
      }
    }

    *render(ctx: Context, emitter: Emitter): Generator<unknown, void, unknown> {
      const file = this.fileTemplate
        ? rubyToS(yield this.liquid.renderer.renderTemplates(this.fileTemplate, ctx))
        : this.file;
      if (INVALID_SEQUENCES.test(file) || !VALID_FILENAME_CHARS.test(file)) {
        throw new Error(
          `Invalid syntax for include tag. File contains invalid characters or sequences:\n\n  ${file}\n\nValid syntax:\n\n  ${SYNTAX_EXAMPLE(tagName)}\n`,
        );
      }
      const folders = dirs(ctx, state);
      let parsed;
      try {
        parsed = state.findFile(file, folders);
      } catch (e) {
        // A syntax error in the included file: name who included it.
        throw isLecternError(e) ? e.within(`included from ${this.token.file ?? ""}`) : e;
      }
      if (!parsed) {
        throw new Error(
          `Could not locate the included file '${file}' in any of ${rubyInspect(folders)}. Ensure it exists in one of those directories and, if it is a symlink, does not point outside your site source.`,
        );
      }
      state.host.onDependency?.(parsed.path);
      const scope: Record<string, unknown> = {};
      if (this.params) {
        const include: Record<string, unknown> = {};
        for (const p of this.params) include[p.key] = p.literal ?? valueSync(p.value!, ctx);
        scope.include = include;
      }
      const depth = (ctx.getRegister(REGISTER_DEPTH) as number | undefined) ?? 0;
      if (depth >= MAX_DEPTH) throw new Error("Nesting too deep");
      ctx.setRegister(REGISTER_DEPTH, depth + 1);
      ctx.push(scope);
      const profile = state.host.profile;
      const started = profile ? performance.now() : 0;
      const sync = syncRenderer(this.liquid, ctx);
      // Straight into the caller's output; --profile measures what it added.
      const out = emitter as Emitter & { buffer?: unknown };
      const before = profile && typeof out.buffer === "string" ? out.buffer.length : 0;
      try {
        if (sync) sync(parsed.templates, ctx, emitter);
        else yield this.liquid.renderer.renderTemplates(parsed.templates, ctx, emitter);
        profile?.record(
          parsed.path,
          performance.now() - started,
          typeof out.buffer === "string" ? out.buffer.length - before : 0,
        );
      } catch (e) {
        throw chainError(e, parsed, this.token.file ?? "");
      } finally {
        ctx.pop();
        ctx.setRegister(REGISTER_DEPTH, depth);
      }
    }
  };
}

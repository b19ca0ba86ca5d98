import fs from "node:fs";
import path from "node:path";
import { Liquid, type Template } from "liquidjs";
import type { LiquidHost } from "./host.js";
import type { EngineState, ParsedFile } from "./state.js";
import { rubyOperators } from "./operators.js";
import { rubyToS } from "../../ruby/value.js";
import { isValidZone } from "../../ruby/zone.js";
import { installFilters } from "./filters/index.js";
import { urlFilters } from "./filters/urls.js";
import type { FilterEnv } from "./filters/env.js";
import { parseLax } from "./parse.js";
import { dropBlankWhitespace } from "./blank.js";
import { keepFloatLiterals } from "./float-literals.js";
import { toLecternError } from "./errors.js";
import { includeTag, siteIncludeDirs } from "./tags/include.js";
import { includeRelativeTag } from "./tags/include-relative.js";
import { linkTag, postUrlTag } from "./tags/link.js";
import { highlightTag } from "./tags/highlight.js";
import { forTag, tablerowTag } from "./tags/loops.js";
import { commentTag, ifchangedTag } from "./tags/blocks.js";
import { installSyncRenderer } from "./sync-render.js";
import { liquidInternals } from "./internals.js";
import { buildEnvironment } from "../../config/environment.js";

/** Tags liquidjs has that Ruby Liquid 5 / Jekyll have not: using them is an unknown-tag error, as in Jekyll. */
const NOT_IN_JEKYLL = ["layout", "block"];

/** The site's time zone (`config.timezone`), undefined for UTC or an unknown name. */
function siteZone(config: Record<string, unknown>): string | undefined {
  const tz = config.timezone;
  return typeof tz === "string" && tz !== "" && isValidZone(tz) ? tz : undefined;
}

/** The clock when the host gives none: the build environment's (SOURCE_DATE_EPOCH, else now). */
function defaultNow(): Date {
  return buildEnvironment().time;
}

/** A liquidjs instance with Jekyll's profile: Ruby output, truthiness, operators, filters and tags. */
export function createEngine(host: LiquidHost): {
  liquid: Liquid;
  state: EngineState;
  env: FilterEnv;
  clearCache(): void;
} {
  const tz = siteZone(host.config);
  const options = (host.config.liquid ?? {}) as Record<string, unknown>;
  // Fails loudly, naming the liquidjs version, if an internal Lectern relies on is gone.
  liquidInternals();
  keepFloatLiterals();
  const liquid = new Liquid({
    ownPropertyOnly: false,
    strictFilters: options.strict_filters === true,
    strictVariables: options.strict_variables === true,
    jsTruthy: false,
    greedy: true,
    cache: false,
    operators: rubyOperators,
    outputEscape: (v: unknown) => rubyToS(v, tz),
    root: [host.source],
    partials: host.includeDirs,
    relativeReference: false,
  });
  const env: FilterEnv = { host, liquid, tz, now: () => host.now?.() ?? defaultNow() };
  const files = new Map<string, ParsedFile | null>();
  /** Include lookups by folder list (the site's list is one array for the whole build) and file name. */
  let found = new WeakMap<readonly string[], Map<string, ParsedFile | null>>();
  const warn = host.warn ? (m: string, f: string, l: number) => host.warn!(m, f, l) : undefined;
  const unknownTag = host.unknownTag ? (n: string, f: string, l: number) => host.unknownTag!(n, f, l) : undefined;
  const relative = urlFilters(env).relative_url!;
  const state: EngineState = {
    liquid,
    host,
    parse: (text: string, file: string, lineOffset = 0): Template[] =>
      options.error_mode === "strict"
        ? dropBlankWhitespace(liquid.parse(text, file))
        : parseLax(
            liquid,
            text,
            file,
            warn && ((m, f, l) => warn(m, f, l + lineOffset)),
            unknownTag && ((n, f, l) => unknownTag(n, f, l + lineOffset)),
          ),
    loadFile(absPath: string): ParsedFile | undefined {
      const hit = files.get(absPath);
      if (hit !== undefined) return hit ?? undefined;
      let source: string;
      try {
        if (!fs.statSync(absPath).isFile()) throw new Error("not a file");
        // Jekyll reads includes with `bom|utf-8`: a byte-order mark is not part of the text.
        source = fs.readFileSync(absPath, "utf8").replace(/^\uFEFF/, "");
      } catch {
        files.set(absPath, null);
        return undefined;
      }
      const rel = path.relative(host.source, absPath);
      const file = rel.startsWith("..") || path.isAbsolute(rel) ? absPath : rel.split(path.sep).join("/");
      let templates: Template[];
      try {
        // Like Jekyll, lax-markup warnings are reported for pages and layouts, not for includes.
        templates =
          options.error_mode === "strict"
            ? dropBlankWhitespace(liquid.parse(source, file))
            : parseLax(liquid, source, file, undefined, unknownTag);
      } catch (e) {
        throw toLecternError(e, { file, source });
      }
      const parsed: ParsedFile = { templates, file, source, path: absPath };
      files.set(absPath, parsed);
      return parsed;
    },
    findFile(file: string, folders: readonly string[]): ParsedFile | undefined {
      let byName = found.get(folders);
      if (!byName) found.set(folders, (byName = new Map()));
      const hit = byName.get(file);
      if (hit !== undefined) return hit ?? undefined;
      let parsed: ParsedFile | undefined;
      for (const dir of folders) {
        parsed = state.loadFile(path.join(dir, file));
        if (parsed) break;
      }
      byName.set(file, parsed ?? null);
      return parsed;
    },
    relativeUrl: (url: string) => rubyToS(relative.call({} as never, url)),
  };
  installSyncRenderer(liquid);
  installFilters(liquid, env);
  for (const name of NOT_IN_JEKYLL) delete liquid.tags[name];
  liquid.registerTag("for", forTag);
  liquid.registerTag("comment", commentTag);
  liquid.registerTag("ifchanged", ifchangedTag);
  liquid.registerTag("tablerow", tablerowTag);
  liquid.registerTag("include", includeTag(state, "include", siteIncludeDirs));
  liquid.registerTag("include_relative", includeRelativeTag(state));
  liquid.registerTag("link", linkTag(state));
  liquid.registerTag("post_url", postUrlTag(state));
  liquid.registerTag("highlight", highlightTag(state));
  return {
    liquid,
    state,
    env,
    clearCache: () => {
      files.clear();
      found = new WeakMap();
    },
  };
}

import { initCompiler, type Compiler, type Exception } from "sass-embedded";
import { relative, dirname, join } from "node:path";
import { existsSync, readFileSync } from "node:fs";
import { LecternError } from "../../errors/index.js";

/** What Jekyll's sass converter reads from the site's `sass:` config. */
export interface SassOptions {
  /** Absolute load paths: the site's sass_dir, the theme's `_sass`, any `load_paths`. */
  loadPaths: string[];
  style: "expanded" | "compressed";
  /** Write a source map beside the CSS (jekyll-sass-converter does by default). */
  sourceMap: boolean;
}

let compiler: Compiler | undefined;

/** One long-lived Sass compiler per process (starting one costs ~100 ms). */
function getCompiler(): Compiler {
  return (compiler ??= initCompiler());
}

/** Stops the compiler process; the next compile starts a new one. */
export function disposeSass(): void {
  compiler?.dispose();
  compiler = undefined;
}

/** Sass options from the site config, as jekyll-sass-converter 2 reads them. */
export function sassOptionsFromConfig(config: Record<string, unknown>, source: string, themeRoot?: string): SassOptions {
  const sass = (config["sass"] && typeof config["sass"] === "object" ? config["sass"] : {}) as Record<string, unknown>;
  const sassDir = typeof sass["sass_dir"] === "string" && sass["sass_dir"] ? sass["sass_dir"] : "_sass";
  const extra = Array.isArray(sass["load_paths"]) ? (sass["load_paths"] as unknown[]).map((p) => join(source, String(p))) : [];
  const loadPaths = [join(source, sassDir), ...(themeRoot ? [join(themeRoot, "_sass")] : []), ...extra].filter((p) => existsSync(p));
  const style = String(sass["style"] ?? "expanded").replace(/^:/, "") === "compressed" ? "compressed" : "expanded";
  const sourceMap = String(sass["sourcemap"] ?? "always") !== "never";
  return { loadPaths, style, sourceMap };
}

/** Compiles SCSS or indented Sass; errors become LecternError naming the file and line. */
export function compileSass(text: string, syntax: "scss" | "indented", absPath: string, shownPath: string, source: string, options: SassOptions, lineOffset = 0, fileSource?: string): { css: string; map?: string } {
  try {
    const result = getCompiler().compileString(text, {
      syntax,
      style: options.style,
      loadPaths: [dirname(absPath), ...options.loadPaths],
      sourceMap: options.sourceMap,
      url: new URL("file://" + absPath),
      silenceDeprecations: ["import", "global-builtin", "color-functions", "slash-div", "mixed-decls", "legacy-js-api"],
      logger: { warn: () => undefined, debug: () => undefined },
    });
    let map: string | undefined;
    if (result.sourceMap) {
      const sm = result.sourceMap;
      sm.sources = sm.sources.map((s: string) => (s.startsWith("file://") ? relative(source, decodeURIComponent(new URL(s).pathname)) : s));
      sm.file = shownPath.replace(/^.*\//, "").replace(/\.s[ac]ss$/, ".css");
      delete (sm as { sourcesContent?: unknown }).sourcesContent;
      map = JSON.stringify(sm, null, "\t");
    }
    return { css: result.css, map };
  } catch (e) {
    const ex = e as Exception;
    const span = ex.span;
    const inThisFile = !span?.url || span.url.pathname === new URL("file://" + absPath).pathname;
    const otherAbs = span?.url && !inThisFile ? decodeURIComponent(span.url.pathname) : undefined;
    const file = otherAbs ? relative(source, otherAbs) : shownPath;
    let frameSource = inThisFile ? fileSource : undefined;
    if (otherAbs) {
      try {
        frameSource = readFileSync(otherAbs, "utf8");
      } catch {
        frameSource = undefined;
      }
    }
    throw new LecternError(ex.sassMessage ?? String(ex.message), {
      topic: "Sass",
      file,
      line: span ? span.start.line + 1 + (inThisFile ? lineOffset : 0) : undefined,
      column: span ? span.start.column + 1 : undefined,
      source: frameSource,
      cause: e,
    });
  }
}

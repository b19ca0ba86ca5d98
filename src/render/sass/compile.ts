import { Worker } from "node:worker_threads";
import { relative, dirname, join } from "node:path";
import { existsSync, readFileSync } from "node:fs";
import { LecternError } from "../../errors/index.js";
import { workerScript } from "../../package-files.js";
import type { SassFailure, SassMessage, SassReply, SassRequest } from "./protocol.js";
import type { SassCache } from "./cache.js";

/** What Jekyll's sass converter reads from the site's `sass:` config. */
export interface SassOptions {
  /** Absolute load paths: the site's sass_dir, the theme's `_sass`, any `load_paths`. */
  loadPaths: string[];
  style: "expanded" | "compressed";
  /** Write a source map beside the CSS (jekyll-sass-converter does by default). */
  sourceMap: boolean;
}

/**
 * One long-lived Sass worker thread per process: it loads sass-embedded and runs its compiler, so
 * both happen on another core while pages render. It holds the process open only while a compile is pending.
 */
let worker: Worker | undefined;
const pending = new Map<number, { resolve: (r: SassReply) => void; reject: (e: unknown) => void; worker: Worker }>();
let nextId = 1;
let started = 0;

/** How many Sass workers this process has started (a build whose stylesheets all come from the cache starts none). */
export function sassWorkersStarted(): number {
  return started;
}

function getWorker(): Worker {
  if (worker) return worker;
  started++;
  const w = new Worker(workerScript("render/sass/worker.js"));
  w.on("message", (reply: SassReply) => {
    const p = pending.get(reply.id);
    pending.delete(reply.id);
    if (![...pending.values()].some((q) => q.worker === w)) w.unref();
    p?.resolve(reply);
  });
  const fail = (e: unknown) => {
    if (worker === w) worker = undefined;
    // Only this worker's requests fail: a disposed worker may exit after the next build started a new one.
    for (const [id, p] of pending) {
      if (p.worker !== w) continue;
      pending.delete(id);
      p.reject(e);
    }
  };
  w.on("error", fail);
  w.on("exit", () => fail(new Error("the Sass worker stopped")));
  w.unref();
  return (worker = w);
}

/** Starts the Sass worker ahead of the first compile (loading sass-embedded takes ~200 ms of its own core). */
export function warmSass(): void {
  getWorker();
}

/** Stops the Sass worker and its compiler; the next compile starts a new one. */
export function disposeSass(): void {
  const w = worker;
  worker = undefined;
  w?.postMessage({ dispose: true } satisfies SassMessage);
}

function request(req: Omit<SassRequest, "id">): Promise<SassReply> {
  const w = getWorker();
  const id = nextId++;
  return new Promise((resolve, reject) => {
    pending.set(id, { resolve, reject, worker: w });
    w.ref();
    w.postMessage({ ...req, id } satisfies SassMessage);
  });
}

/** Sass options from the site config, as jekyll-sass-converter 2 reads them. */
export function sassOptionsFromConfig(
  config: Record<string, unknown>,
  source: string,
  themeRoot?: string,
): SassOptions {
  const sass = (config["sass"] && typeof config["sass"] === "object" ? config["sass"] : {}) as Record<string, unknown>;
  const sassDir = typeof sass["sass_dir"] === "string" && sass["sass_dir"] ? sass["sass_dir"] : "_sass";
  const extra = Array.isArray(sass["load_paths"])
    ? (sass["load_paths"] as unknown[]).map((p) => join(source, String(p)))
    : [];
  const loadPaths = [join(source, sassDir), ...(themeRoot ? [join(themeRoot, "_sass")] : []), ...extra].filter((p) =>
    existsSync(p),
  );
  const style = String(sass["style"] ?? "expanded").replace(/^:/, "") === "compressed" ? "compressed" : "expanded";
  const sourceMap = String(sass["sourcemap"] ?? "always") !== "never";
  return { loadPaths, style, sourceMap };
}

/**
 * Compiles SCSS or indented Sass (on the Sass worker thread, unless `cache` holds this compile with all it loaded
 * unchanged); errors become LecternError naming the file and line.
 */
export async function compileSass(
  text: string,
  syntax: "scss" | "indented",
  absPath: string,
  shownPath: string,
  source: string,
  options: SassOptions,
  lineOffset = 0,
  fileSource?: string,
  cache?: SassCache,
): Promise<{ css: string; map?: string }> {
  const req = {
    text,
    syntax,
    style: options.style,
    loadPaths: [dirname(absPath), ...options.loadPaths],
    sourceMap: options.sourceMap,
    url: "file://" + absPath,
  };
  let reply: Omit<SassReply, "id"> | undefined = cache?.lookup(req);
  if (!reply) {
    const fresh = await request(req);
    if (fresh.error) throw sassError(fresh.error, absPath, shownPath, source, lineOffset, fileSource);
    cache?.store(req, fresh);
    reply = fresh;
  }
  let map: string | undefined;
  if (reply.sourceMap) {
    const sm: Record<string, unknown> = { ...reply.sourceMap };
    sm["sources"] = reply.sourceMap.sources.map((s: string) =>
      s.startsWith("file://") ? relative(source, decodeURIComponent(new URL(s).pathname)) : s,
    );
    sm["file"] = shownPath.replace(/^.*\//, "").replace(/\.s[ac]ss$/, ".css");
    delete sm["sourcesContent"];
    map = JSON.stringify(sm, null, "\t");
  }
  return { css: reply.css ?? "", map };
}

/** Sass's failure as a LecternError: the partial it happened in (or this file, with the front matter's lines added back). */
function sassError(
  ex: SassFailure,
  absPath: string,
  shownPath: string,
  source: string,
  lineOffset: number,
  fileSource?: string,
): LecternError {
  const span = ex.span;
  const spanPath = span?.url ? new URL(span.url).pathname : undefined;
  const inThisFile = !spanPath || spanPath === new URL("file://" + absPath).pathname;
  const otherAbs = spanPath && !inThisFile ? decodeURIComponent(spanPath) : undefined;
  const file = otherAbs ? relative(source, otherAbs) : shownPath;
  let frameSource = inThisFile ? fileSource : undefined;
  if (otherAbs) {
    try {
      frameSource = readFileSync(otherAbs, "utf8");
    } catch {
      frameSource = undefined;
    }
  }
  return new LecternError(ex.sassMessage ?? ex.message, {
    topic: "Sass",
    file,
    line: span ? span.line + 1 + (inThisFile ? lineOffset : 0) : undefined,
    column: span ? span.column + 1 : undefined,
    source: frameSource,
    cause: Object.assign(new Error(ex.message), { sassMessage: ex.sassMessage }),
  });
}

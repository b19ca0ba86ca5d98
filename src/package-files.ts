import { existsSync, readFileSync } from "node:fs";
import { dirname, join, sep } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

/**
 * Where Lectern's own files are, whether it runs as compiled modules (dist/src, one file per module)
 * or from the bundle (dist/bundle, made by scripts/bundle.ts, where this module's code sits in some
 * chunk). Code that needs a file of the package asks here instead of resolving against its own
 * import.meta.url, which means something else in the bundle.
 */

/** The scripts worker threads run, as paths under src/ (compiled names); scripts/bundle.ts makes each an entry point. */
export const WORKER_SCRIPTS = ["render/sass/worker.js", "render/parallel/markdown-thread.js"] as const;

/** A script a worker thread runs. */
export type WorkerScript = (typeof WORKER_SCRIPTS)[number];

/** The folder the bundle is written to, relative to the package root. */
export const BUNDLE_DIR = join("dist", "bundle");

const here = fileURLToPath(import.meta.url);
let root: string | undefined;

/** Absolute path of the package root: the nearest folder above this code that holds a package.json. */
export function packageRoot(): string {
  if (root) return root;
  for (let dir = dirname(here); ; dir = dirname(dir)) {
    if (existsSync(join(dir, "package.json"))) return (root = dir);
    if (dirname(dir) === dir) throw new Error(`Lectern's package.json was not found above ${here}`);
  }
}

/** Lectern's version, as its package.json says. */
export function packageVersion(): string {
  return (JSON.parse(readFileSync(join(packageRoot(), "package.json"), "utf8")) as { version: string }).version;
}

/** True when this code runs from the bundle rather than from the compiled modules. */
export function runningFromBundle(): boolean {
  return here.startsWith(join(packageRoot(), BUNDLE_DIR) + sep);
}

/** The file a worker thread runs `script` from: its bundled entry point, or its compiled module. */
export function workerScript(script: WorkerScript): URL {
  // This module is <root>/dist/src/package-files.js when compiled, so the workers' compiled modules are relative to it.
  return runningFromBundle()
    ? pathToFileURL(join(packageRoot(), BUNDLE_DIR, script))
    : new URL(script, import.meta.url);
}

/**
 * The live-reload client the dev server sends to browsers: tsc's output of src/serve/live-client.ts, always the
 * compiled module (shipped in dist/src), never bundled code, which may call bundler helpers the page lacks.
 */
export function liveClientFile(): string {
  return join(packageRoot(), "dist", "src", "serve", "live-client.js");
}

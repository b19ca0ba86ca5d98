import { Worker } from "node:worker_threads";
import { mkdtempSync, mkdirSync, writeFileSync, rmSync, readFileSync, existsSync } from "node:fs";
import { join, dirname } from "node:path";
import { tmpdir, loadavg, cpus } from "node:os";

/** What a build in a worker reported. */
export interface BuildOutcome {
  ok: boolean;
  lectern?: boolean;
  kind?: string;
  topic?: string;
  file?: string;
  line?: number;
  /** The error as the CLI prints it (without --trace). */
  printed?: string;
  warnings: string[];
  seconds: number;
  /** The output files asked for (relative to _site) that exist, as bytes. */
  outputs: Map<string, Buffer>;
}

let worker: Worker | undefined;

/** The build worker (one, reused: modules load once), with the main thread's stack size so overflows happen as in the CLI. */
function builder(): Worker {
  if (!worker) {
    worker = new Worker(new URL("./build-worker.js", import.meta.url), { resourceLimits: { stackSizeMb: 1 } });
    worker.unref();
  }
  return worker;
}

/** The hang guard: `seconds` on an idle machine, stretched by the load when other processes share the cores. */
export function hangLimitMs(seconds: number): number {
  return seconds * 1000 * Math.max(1, loadavg()[0]! / Math.max(1, cpus().length));
}

/** Writes `files` into a temp site (without the built-in theme unless its _config.yml is given), builds it in the worker, stops it after the hang limit, and reads the outputs named in `read`. */
export async function buildInWorker(
  files: Record<string, string | Buffer>,
  read: string[] = ["index.html"],
  seconds = 10,
  strict = false,
): Promise<BuildOutcome> {
  const dir = mkdtempSync(join(tmpdir(), "lectern-patho-"));
  for (const [rel, data] of Object.entries({ "_config.yml": "theme: false\n", ...files })) {
    mkdirSync(dirname(join(dir, rel)), { recursive: true });
    writeFileSync(join(dir, rel), data);
  }
  const destination = join(dir, "_site");
  const started = performance.now();
  const w = builder();
  const limit = hangLimitMs(seconds);
  try {
    const result = await new Promise<Omit<BuildOutcome, "seconds" | "outputs">>((resolve, reject) => {
      const done = () => (
        clearTimeout(timer), w.off("message", onMessage), w.off("error", onError), w.off("exit", onExit)
      );
      const timer = setTimeout(
        () => (
          done(),
          (worker = undefined),
          void w.terminate(),
          reject(new Error(`the build did not finish within ${Math.round(limit / 1000)} s`))
        ),
        limit,
      );
      const onMessage = (m: Omit<BuildOutcome, "seconds" | "outputs">) => (done(), resolve(m));
      const onError = (e: Error) => (
        done(), (worker = undefined), reject(new Error(`the build escaped as a raw ${e.name}: ${e.message}`))
      );
      const onExit = (code: number) => (
        done(), (worker = undefined), reject(new Error(`the worker exited (${code}) without an answer`))
      );
      w.on("message", onMessage).on("error", onError).on("exit", onExit);
      w.postMessage({ source: dir, destination, strict });
    });
    const elapsed = (performance.now() - started) / 1000;
    const outputs = new Map<string, Buffer>();
    for (const rel of read)
      if (existsSync(join(destination, rel))) outputs.set(rel, readFileSync(join(destination, rel)));
    return { ...result, seconds: elapsed, outputs };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/** Runs builds in a worker thread (so a test can stop a build that hangs) and posts what happened, one answer per request. */
import { parentPort } from "node:worker_threads";
import { build, formatError } from "../../src/index.js";
import { isLecternError } from "../../src/errors/index.js";
import type { Logger } from "../../src/index.js";

// `node --test dist/test/` also loads this file on the main thread (every .js under test/): then it does nothing.
parentPort?.on(
  "message",
  async ({ source, destination, strict }: { source: string; destination: string; strict?: boolean }) => {
    const warnings: string[] = [];
    const logger: Logger = {
      info() {},
      debug() {},
      warn: (t, m) => void warnings.push(`${t} ${m}`),
      error: (t, m) => void warnings.push(`${t} ${m}`),
    };
    try {
      const r = await build({
        source,
        destination,
        logger,
        quiet: true,
        strict,
        time: new Date("2027-01-01T00:00:00Z"),
      });
      parentPort!.postMessage({ ok: true, pages: r.pages, warnings });
    } catch (e) {
      const err = e as { topic?: string; file?: string; line?: number; constructor?: { name?: string } };
      parentPort!.postMessage({
        ok: false,
        lectern: isLecternError(e),
        kind: err?.constructor?.name,
        topic: err.topic,
        file: err.file,
        line: err.line,
        printed: formatError(e),
        warnings,
      });
    }
  },
);

import { parentPort } from "node:worker_threads";
import { initAsyncCompiler, type AsyncCompiler, type Exception } from "sass-embedded";
import type { SassMessage, SassReply, SassRequest } from "./protocol.js";

/**
 * The Sass worker thread: loads sass-embedded (~350 CommonJS modules, ~200 ms) and keeps one compiler,
 * so neither the loading nor the compile blocks the thread that renders pages.
 */
const port = parentPort!;
// The compiler (a Dart process) starts with the thread: the renderer starts the thread ahead of the first compile.
let compiler: Promise<AsyncCompiler> | undefined = initAsyncCompiler();
// A compiler that fails to start is reported by the first compile that needs it.
compiler.catch(() => undefined);

port.on("message", (msg: SassMessage) => {
  if ("dispose" in msg) void stop();
  else void compile(msg).then((reply) => port.postMessage(reply));
});

async function stop(): Promise<void> {
  const c = compiler;
  compiler = undefined;
  if (c) await (await c).dispose().catch(() => undefined);
  port.close();
}

async function compile(req: SassRequest): Promise<SassReply> {
  try {
    compiler ??= initAsyncCompiler();
    const result = await (await compiler).compileStringAsync(req.text, {
      syntax: req.syntax,
      style: req.style,
      loadPaths: req.loadPaths,
      sourceMap: req.sourceMap,
      url: new URL(req.url),
      silenceDeprecations: ["import", "global-builtin", "color-functions", "slash-div", "mixed-decls", "legacy-js-api"],
      logger: { warn: () => undefined, debug: () => undefined },
    });
    return {
      id: req.id,
      css: result.css,
      sourceMap: result.sourceMap ? { ...result.sourceMap } : undefined,
      loadedUrls: result.loadedUrls.map((u) => u.href),
    };
  } catch (e) {
    const ex = e as Partial<Exception>;
    const span = ex.span;
    return {
      id: req.id,
      error: {
        message: String(ex.message ?? e),
        sassMessage: ex.sassMessage,
        span: span ? { url: span.url?.href, line: span.start.line, column: span.start.column } : undefined,
      },
    };
  }
}

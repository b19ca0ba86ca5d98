import { parentPort, workerData } from "node:worker_threads";
import type { MessagePort } from "node:worker_threads";
import { renderMarkdown, type MarkdownOptions } from "../markdown/index.js";

/**
 * The Markdown-ahead worker: converts the bodies it was given, in the order the renderer will need
 * them, and posts each result on its own port as soon as it is ready.
 */
const { port, options } = workerData as { port: MessagePort; options: MarkdownOptions };

parentPort!.once("message", (texts: string[]) => {
  for (let i = 0; i < texts.length; i++) {
    try {
      port.postMessage({ i, html: renderMarkdown(texts[i]!, options) });
    } catch {
      // The renderer converts this one itself and reports the error with its file.
      port.postMessage({ i });
    }
  }
  port.close();
  parentPort!.close();
});

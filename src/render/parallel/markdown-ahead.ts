import { Worker, MessageChannel, receiveMessageOnPort, type MessagePort } from "node:worker_threads";
import type { MarkdownOptions } from "../markdown/index.js";
import { workerScript } from "../../package-files.js";

/** Below this many characters of Markdown, starting a thread costs more than it saves. */
export const AHEAD_MIN_CHARS = 150_000;

/**
 * Markdown converted ahead of need on another core. Bodies that hold no Liquid convert the same
 * whenever they are converted, so a worker thread converts them while the main thread renders
 * Liquid; `take` hands back a result when the worker has it (never waiting), else the caller converts.
 */
export class MarkdownAhead {
  private readonly worker: Worker;
  private readonly port: MessagePort;
  private readonly index = new Map<string, number>();
  private readonly done = new Map<number, string | null>();

  constructor(texts: readonly string[], options: MarkdownOptions) {
    const { port1, port2 } = new MessageChannel();
    this.port = port1;
    this.worker = new Worker(workerScript("render/parallel/markdown-thread.js"), {
      workerData: { port: port2, options },
      transferList: [port2],
    });
    this.worker.unref();
    this.port.unref();
    const unique: string[] = [];
    for (const t of texts) if (!this.index.has(t)) this.index.set(t, unique.push(t) - 1);
    this.worker.postMessage(unique);
  }

  /** The HTML for `text` if the worker has converted it already; undefined otherwise. */
  take(text: string): string | undefined {
    const i = this.index.get(text);
    if (i === undefined) return undefined;
    if (!this.done.has(i)) this.drain();
    return this.done.get(i) ?? undefined;
  }

  /** Stops the worker (whatever it has not converted yet is not needed any more). */
  dispose(): void {
    void this.worker.terminate();
    this.port.close();
  }

  private drain(): void {
    for (let m = receiveMessageOnPort(this.port); m; m = receiveMessageOnPort(this.port)) {
      const { i, html } = m.message as { i: number; html?: string };
      this.done.set(i, html ?? null);
    }
  }
}

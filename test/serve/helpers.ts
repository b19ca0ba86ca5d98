import { request } from "node:http";
import type { LiveMessage } from "../../src/serve/client.js";

import { tempSite as sharedTempSite } from "../support/index.js";

export { writeFiles, removeDir } from "../support/index.js";

/** Writes `files` (relative path → text) under a fresh temporary folder; returns the folder. */
export function tempSite(files: Record<string, string>): string {
  return sharedTempSite(files, "lectern-serve-");
}

/** One HTTP response, body as text. */
export interface Reply {
  status: number;
  headers: Record<string, string | string[] | undefined>;
  body: string;
}

/** Sends a GET with the path exactly as given (no client-side normalisation of `..` or `%2e`). */
export function get(port: number, path: string, method = "GET", headers: Record<string, string> = {}): Promise<Reply> {
  return new Promise((ok, fail) => {
    const req = request({ host: "127.0.0.1", port, path, method, headers }, (res) => {
      const chunks: Buffer[] = [];
      res.on("data", (c: Buffer) => chunks.push(c));
      res.on("end", () =>
        ok({ status: res.statusCode ?? 0, headers: res.headers, body: Buffer.concat(chunks).toString("utf8") }),
      );
      res.on("error", fail);
    });
    req.on("error", fail);
    req.end();
  });
}

/** A browser's view of the live channel: every message received, consumed in order by `next`. */
export class LiveClient {
  readonly messages: LiveMessage[] = [];
  private cursor = 0;
  private waiters: Array<() => void> = [];
  private close?: () => void;

  /** Connects to the server's event stream; resolves after the greeting. */
  static async connect(port: number): Promise<LiveClient> {
    const client = new LiveClient();
    await new Promise<void>((ok, fail) => {
      const req = request({ host: "127.0.0.1", port, path: "/__lectern/events" }, (res) => {
        let buffer = "";
        res.setEncoding("utf8");
        res.on("data", (chunk: string) => {
          buffer += chunk;
          let end;
          while ((end = buffer.indexOf("\n\n")) >= 0) {
            const event = buffer.slice(0, end);
            buffer = buffer.slice(end + 2);
            const data = event
              .split("\n")
              .filter((l) => l.startsWith("data: "))
              .map((l) => l.slice(6))
              .join("\n");
            if (!data) continue;
            client.messages.push(JSON.parse(data) as LiveMessage);
            client.waiters.splice(0).forEach((w) => w());
            if (client.messages.length === 1) ok();
          }
        });
        res.on("error", () => undefined);
      });
      req.on("error", fail);
      req.end();
      client.close = () => req.destroy();
    });
    return client;
  }

  /** The next message not yet consumed that satisfies `pred` (others before it are skipped); rejects after `ms`. */
  async next(pred: (m: LiveMessage) => boolean = () => true, ms = 15_000): Promise<LiveMessage> {
    const deadline = Date.now() + ms;
    for (;;) {
      while (this.cursor < this.messages.length) {
        const m = this.messages[this.cursor++]!;
        if (pred(m)) return m;
      }
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`no matching live message within ${ms} ms; got ${JSON.stringify(this.messages)}`);
      await new Promise<void>((wake) => {
        const t = setTimeout(wake, left);
        this.waiters.push(() => {
          clearTimeout(t);
          wake();
        });
      });
    }
  }

  /** Disconnects. */
  disconnect(): void {
    this.close?.();
  }
}

import type { IncomingMessage, ServerResponse } from "node:http";
import type { LiveMessage } from "./client.js";

/** The live channel: server-sent events to every connected browser; the current build error is replayed to newcomers. */
export class LiveChannel {
  private readonly clients = new Set<ServerResponse>();
  private error?: string;
  private heartbeat?: NodeJS.Timeout;

  constructor(private build: string) {}

  /** The build now served. */
  get current(): string {
    return this.build;
  }

  /** Number of connected browsers. */
  get size(): number {
    return this.clients.size;
  }

  /** Takes over a request as an event stream. */
  accept(req: IncomingMessage, res: ServerResponse): void {
    res.writeHead(200, {
      "Content-Type": "text/event-stream; charset=utf-8",
      "Cache-Control": "no-store",
      Connection: "keep-alive",
      "X-Accel-Buffering": "no",
    });
    res.write("retry: 1000\n\n");
    this.clients.add(res);
    const drop = () => this.clients.delete(res);
    req.on("close", drop);
    res.on("error", drop);
    this.writeTo(res, { type: "hello", build: this.build });
    if (this.error !== undefined) this.writeTo(res, { type: "error", message: this.error });
    this.heartbeat ??= setInterval(() => this.clients.forEach((c) => c.write(": ping\n\n")), 15_000).unref();
  }

  /** A new build is being served: browsers reload (or swap the stylesheets when only CSS changed). */
  built(build: string, paths: string[], cssOnly: boolean): void {
    this.build = build;
    this.error = undefined;
    this.send(cssOnly ? { type: "css", build, paths } : { type: "reload", build, paths });
  }

  /** The build is fine again but nothing visible changed: browsers drop the overlay. */
  ok(): void {
    const had = this.error !== undefined;
    this.error = undefined;
    if (had) this.send({ type: "ok", build: this.build });
  }

  /** A build failed: browsers show the error over the last good page. */
  failed(message: string): void {
    this.error = message;
    this.send({ type: "error", message });
  }

  /** Sends a message to every browser. */
  send(message: LiveMessage): void {
    for (const c of this.clients) this.writeTo(c, message);
  }

  /** Ends every stream (shutdown). */
  close(): void {
    if (this.heartbeat) clearInterval(this.heartbeat);
    for (const c of this.clients) c.end();
    this.clients.clear();
  }

  private writeTo(res: ServerResponse, message: LiveMessage): void {
    res.write(`data: ${JSON.stringify(message)}\n\n`);
  }
}

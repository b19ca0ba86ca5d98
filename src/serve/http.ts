import { createReadStream, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { IncomingMessage, ServerResponse } from "node:http";
import { contentTypeFor, isHtml } from "./content-type.js";
import { resolveRequest } from "./resolve-request.js";
import { EVENTS_PATH, injectLiveReload, liveReloadScript } from "./client.js";
import type { LiveChannel } from "./channel.js";

/** What the request handler serves: the built folder, mounted at `baseurl`, and the live channel when live reload is on. */
export interface ServeTarget {
  root: string;
  baseurl: string;
  channel?: LiveChannel;
}

/** Answers GET/HEAD requests from the built site as GitHub Pages would, with the live-reload script in HTML. */
export function handleRequest(target: ServeTarget, req: IncomingMessage, res: ServerResponse): void {
  const url = req.url ?? "/";
  const q = url.search(/[?#]/);
  const path = q >= 0 ? url.slice(0, q) : url;
  const query = q >= 0 && url[q] === "?" ? url.slice(q).replace(/#.*$/, "") : "";
  if (req.method !== "GET" && req.method !== "HEAD") {
    res.writeHead(405, { Allow: "GET, HEAD", "Content-Type": "text/plain; charset=utf-8" }).end("Method not allowed\n");
    return;
  }
  if (path === EVENTS_PATH && target.channel) return target.channel.accept(req, res);
  const r = resolveRequest(target.root, path, target.baseurl);
  if (r.kind === "redirect") {
    res.writeHead(301, { Location: r.location + query, "Cache-Control": "no-store" }).end();
  } else if (r.kind === "forbidden") {
    res.writeHead(403, { "Content-Type": "text/plain; charset=utf-8" }).end("Forbidden\n");
  } else if (r.kind === "not-found") {
    notFound(target, req, res);
  } else {
    sendFile(target, req, res, r.path, 200);
  }
}

function notFound(target: ServeTarget, req: IncomingMessage, res: ServerResponse): void {
  const page = join(target.root, "404.html");
  if (statSync(page, { throwIfNoEntry: false })?.isFile()) return sendFile(target, req, res, page, 404);
  res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8", "Cache-Control": "no-store" }).end("Not found\n");
}

function sendFile(target: ServeTarget, req: IncomingMessage, res: ServerResponse, file: string, status: number): void {
  const type = contentTypeFor(file);
  const headers = { "Content-Type": type, "Cache-Control": "no-store", "X-Content-Type-Options": "nosniff" };
  if (target.channel && isHtml(file)) {
    let body: Buffer;
    try {
      body = Buffer.from(injectLiveReload(readFileSync(file, "utf8"), liveReloadScript(target.channel.current)));
    } catch {
      return void res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
    }
    res.writeHead(status, { ...headers, "Content-Length": body.length });
    res.end(req.method === "HEAD" ? undefined : body);
    return;
  }
  const st = statSync(file, { throwIfNoEntry: false });
  if (!st) return void res.writeHead(404, { "Content-Type": "text/plain; charset=utf-8" }).end("Not found\n");
  res.writeHead(status, { ...headers, "Content-Length": st.size });
  if (req.method === "HEAD") return void res.end();
  const stream = createReadStream(file);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

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
  const range = status === 200 ? byteRange(req.headers.range, st.size) : undefined;
  if (range === null) return void res.writeHead(416, { "Content-Range": `bytes */${st.size}` }).end();
  if (range)
    res.writeHead(206, {
      ...headers,
      "Accept-Ranges": "bytes",
      "Content-Range": `bytes ${range.start}-${range.end}/${st.size}`,
      "Content-Length": range.end - range.start + 1,
    });
  else res.writeHead(status, { ...headers, "Accept-Ranges": "bytes", "Content-Length": st.size });
  if (req.method === "HEAD") return void res.end();
  const stream = createReadStream(file, range);
  stream.on("error", () => res.destroy());
  stream.pipe(res);
}

/** One `Range: bytes=a-b` (or `a-`, or `-n`) of a file of `size` bytes; undefined without one, null when unsatisfiable. */
export function byteRange(header: string | undefined, size: number): { start: number; end: number } | null | undefined {
  const m = header ? /^bytes=(\d*)-(\d*)$/.exec(header.trim()) : null;
  if (!m || (m[1] === "" && m[2] === "")) return undefined;
  let start: number, end: number;
  if (m[1] === "") {
    start = Math.max(0, size - Number(m[2]));
    end = size - 1;
  } else {
    start = Number(m[1]);
    end = m[2] === "" ? size - 1 : Math.min(Number(m[2]), size - 1);
  }
  return start > end || start >= size ? null : { start, end };
}

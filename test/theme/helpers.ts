import { createServer, type Server } from "node:http";
import { createReadStream, existsSync, mkdtempSync, rmSync, statSync } from "node:fs";
import { tmpdir } from "node:os";
import { extname, join, normalize, sep } from "node:path";
import { build, type Logger } from "../../src/index.js";
import { exampleRoot, packageRoot } from "../../src/theme/index.js";
import { scaffold } from "../../src/theme/scaffold.js";

/** Where Debian installs Chromium; browser tests skip when it is absent. */
export const CHROMIUM = "/usr/bin/chromium";

/** True when the browser tests can run on this machine. */
export function hasChromium(): boolean {
  return existsSync(CHROMIUM);
}

/** Chromium flags for a quiet, offline, headless run. */
export const CHROMIUM_ARGS = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-quic",
  "--no-first-run",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
];

const TYPES: Record<string, string> = {
  ".html": "text/html; charset=utf-8",
  ".css": "text/css; charset=utf-8",
  ".js": "text/javascript; charset=utf-8",
  ".svg": "image/svg+xml",
  ".png": "image/png",
  ".jpg": "image/jpeg",
  ".xml": "application/xml",
  ".json": "application/json",
  ".txt": "text/plain; charset=utf-8",
  ".ico": "image/x-icon",
};

/** A running static file server for a built site on 127.0.0.1 (like GitHub Pages: `/x/` serves `x/index.html`, `/x` serves `x.html`). */
export interface StaticServer {
  url: string;
  close(): Promise<void>;
}

/** Serves `root` on an ephemeral port under `baseurl` (e.g. "/site"); unknown paths get the site's 404.html with status 404. */
export async function serveDir(root: string, baseurl = ""): Promise<StaticServer> {
  const server: Server = createServer((req, res) => {
    let path = decodeURIComponent(new URL(req.url ?? "/", "http://x").pathname);
    if (baseurl && (path === baseurl || path.startsWith(baseurl + "/"))) path = path.slice(baseurl.length) || "/";
    const candidates = path.endsWith("/") ? [path + "index.html"] : [path, path + ".html", path + "/index.html"];
    for (const c of candidates) {
      const file = normalize(join(root, c));
      if (!file.startsWith(normalize(root + sep)) && file !== normalize(root)) break;
      if (existsSync(file) && statSync(file).isFile()) {
        res.writeHead(200, { "content-type": TYPES[extname(file)] ?? "application/octet-stream" });
        createReadStream(file).pipe(res);
        return;
      }
    }
    const notFound = join(root, "404.html");
    res.writeHead(404, { "content-type": TYPES[".html"] });
    if (existsSync(notFound)) createReadStream(notFound).pipe(res);
    else res.end("not found");
  });
  await new Promise<void>((done) => server.listen(0, "127.0.0.1", done));
  const address = server.address();
  const port = typeof address === "object" && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${port}${baseurl}`,
    close: () =>
      new Promise<void>((done) => {
        server.closeAllConnections();
        server.close(() => done());
      }),
  };
}

/** Collects log lines so a test can assert there were no warnings. */
export function recordingLogger(): { lines: string[]; logger: Logger } {
  const lines: string[] = [];
  const push = (level: string) => (topic: string, message: string) => {
    if (level !== "info" && level !== "debug") lines.push(`${level} ${topic} ${message}`);
  };
  return { lines, logger: { info: push("info"), warn: push("warn"), error: push("error"), debug: push("debug") } };
}

/** A site built into a temporary folder for a test. */
export interface BuiltSite {
  dir: string;
  /** Warning and error lines the build logged. */
  warnings: string[];
  cleanup(): void;
}

/** Builds `source` with Lectern into a fresh temporary folder, at the reference build time (2027-01-01, as jekyll-ref.sh). */
export async function buildSite(source: string, overrides?: Record<string, unknown>): Promise<BuiltSite> {
  const tmp = mkdtempSync(join(tmpdir(), "lectern-theme-"));
  const dir = join(tmp, "_site");
  const { lines, logger } = recordingLogger();
  await build({
    source,
    destination: dir,
    quiet: true,
    time: new Date(1798761600 * 1000),
    logger,
    ...(overrides ? { overrides } : {}),
  });
  return { dir, warnings: lines, cleanup: () => rmSync(tmp, { recursive: true, force: true }) };
}

/** Builds the example site; `LECTERN_EXAMPLE_SITE` may name a prebuilt one (e.g. Jekyll's, for comparison). */
export async function buildExample(overrides?: Record<string, unknown>): Promise<BuiltSite> {
  const prebuilt = process.env.LECTERN_EXAMPLE_SITE;
  if (prebuilt) return { dir: prebuilt, warnings: [], cleanup() {} };
  return buildSite(exampleRoot(), overrides);
}

/** The fixture site that uses every layout and listing of the theme (baseurl "/site", German UI strings). */
export const SHOWCASE = join(packageRoot(), "test", "theme", "fixtures", "showcase");

/** Builds the showcase fixture; `LECTERN_SHOWCASE_SITE` may name a prebuilt one. */
export async function buildShowcase(): Promise<BuiltSite> {
  const prebuilt = process.env.LECTERN_SHOWCASE_SITE;
  if (prebuilt) return { dir: prebuilt, warnings: [], cleanup() {} };
  return buildSite(SHOWCASE);
}

/** Scaffolds the `lectern new` starter into a temporary folder and builds it; `LECTERN_STARTER_SITE` may name a prebuilt one. */
export async function buildStarter(overrides?: Record<string, unknown>): Promise<BuiltSite> {
  const prebuilt = process.env.LECTERN_STARTER_SITE;
  if (prebuilt) return { dir: prebuilt, warnings: [], cleanup() {} };
  const tmp = mkdtempSync(join(tmpdir(), "lectern-starter-"));
  await scaffold(join(tmp, "site"));
  const built = await buildSite(join(tmp, "site"), overrides);
  return {
    ...built,
    cleanup: () => {
      built.cleanup();
      rmSync(tmp, { recursive: true, force: true });
    },
  };
}

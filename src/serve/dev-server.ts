import { createServer, type Server } from "node:http";
import { EventEmitter } from "node:events";
import { relative, resolve, sep } from "node:path";
import { buildEnvironment } from "../config/environment.js";
import type { AddressInfo } from "node:net";
import type { FSWatcher } from "chokidar";
import type { BuildOptions } from "../config/options.js";
import { formatError } from "../errors/index.js";
import { disposeSass } from "../render/sass/compile.js";
import { ChangeBatcher, type ChangeKind } from "./batcher.js";
import { SiteBuilder, type BuildReport } from "./builder.js";
import { LiveChannel } from "./channel.js";
import { handleRequest, type ServeTarget } from "./http.js";
import { urlPaths } from "./outputs.js";
import { watchSource } from "./watcher.js";
import { FileSignatures } from "./signatures.js";

/** `lectern serve` options: the build's, plus where to listen and whether to live-reload. */
export interface DevServerOptions extends BuildOptions {
  /** Port to listen on (default 4000; 0 picks a free one). */
  port?: number;
  /** Interface to bind (default 127.0.0.1, local only). */
  host?: string;
  /** Serve over HTTP (default true); false watches and rebuilds only, as `lectern build --watch`. */
  http?: boolean;
  /** Inject the live-reload script and run the event channel (default true). */
  livereload?: boolean;
  /** Watch the source and rebuild on change (default true). */
  watch?: boolean;
  /** Quiet time (ms) that ends a burst of file changes before rebuilding (default 5). */
  quietMs?: number;
  /** Status lines (default: console.log). */
  print?: (line: string) => void;
  /** Build errors, formatted with file, line and code frame (default: console.error). */
  printError?: (text: string) => void;
}

/** A running dev server. Emits `built` (BuildReport) after each good build and `failed` (error) after each failed one. */
export interface DevServer extends EventEmitter {
  /** The site's address, baseurl included, e.g. `http://localhost:4000/blog/` (the origin site.url gets). */
  readonly url: string;
  readonly port: number;
  readonly builder: SiteBuilder;
  /** The result of the first build (undefined when it failed; the server then waits for a fix). */
  readonly initial?: BuildReport;
  /** Browsers connected to the live channel. */
  readonly liveClients: number;
  /** Resolves once every change seen so far is built. */
  idle(): Promise<void>;
  /** Stops watching, ends the event streams and the server, stops the Sass compiler. */
  close(): Promise<void>;
}

/** Jekyll's "topic column" line. */
function line(topic: string, message: string): string {
  return `${topic.padStart(18)} ${message}`;
}

/** Builds the site, serves the destination, watches the source and rebuilds (incrementally when safe) and live-reloads on change. */
export async function startDevServer(options: DevServerOptions = {}): Promise<DevServer> {
  const print = options.print ?? ((l: string) => console.log(l));
  const printError = options.printError ?? ((t: string) => console.error(t));
  const host = options.host ?? "127.0.0.1";
  const source = resolve(options.source ?? ".");
  const destination = resolve(options.destination ?? resolve(source, "_site"));
  const channel = options.livereload === false ? undefined : new LiveChannel(`${Date.now()}-0`);
  const target: ServeTarget = { root: destination, baseurl: "", channel };
  const serving = options.http !== false;
  const server = createServer((req, res) => handleRequest(target, req, res));
  const port = serving ? await listen(server, options.port ?? 4000, host) : 0;
  // One origin for the printed address and site.url (as Jekyll's url override would be): `localhost`, for a
  // loopback or wildcard host. localhost may resolve to ::1 first, so the IPv6 loopback is served too when free.
  const shownHost = host === "127.0.0.1" || host === "0.0.0.0" || host === "::" ? "localhost" : host;
  const servers = serving ? [server] : [];
  if (serving && host === "127.0.0.1") {
    const v6 = createServer((req, res) => handleRequest(target, req, res));
    if (
      await listen(v6, port, "::1").then(
        () => true,
        () => false,
      )
    )
      servers.push(v6);
  }
  const devUrl =
    !serving || buildEnvironment(options).mode !== "development" ? {} : { url: `http://${shownHost}:${port}` };
  const builder = new SiteBuilder({ ...options, source, destination, overrides: { ...devUrl, ...options.overrides } });
  const events = new EventEmitter();
  let builds = 0;

  const fail = (err: unknown) => {
    printError(formatError(err, options.trace));
    printError(line("", "Build failed; still serving the last good build. Fix the file and save."));
    channel?.failed(formatError(err));
    events.emit("failed", err);
  };
  const succeed = (report: BuildReport) => {
    target.baseurl = builder.baseurl;
    const build = `${Date.now()}-${++builds}`;
    if (report.changed.length)
      channel?.built(
        build,
        urlPaths(target.baseurl, report.changed),
        report.changed.every((p) => /\.css(\.map)?$/.test(p)),
      );
    else channel?.ok();
    events.emit("built", report);
  };

  let initial: BuildReport | undefined;
  print(line("Source:", source));
  print(line("Destination:", destination));
  print(line("Generating...", ""));
  try {
    initial = await builder.build();
    target.baseurl = builder.baseurl;
    print(line("", `done in ${seconds(initial.ms)} seconds: ${initial.pages} pages.`));
  } catch (e) {
    target.baseurl = builder.baseurl;
    fail(e);
  }

  const signatures = new FileSignatures();
  const rebuild = async (batch: Map<string, ChangeKind>) => {
    const fresh = new Set(signatures.changed(batch.keys()));
    const changes = new Map([...batch].filter(([p]) => fresh.has(p)));
    if (changes.size === 0) return;
    const names = [...changes.keys()].map((p) => relative(source, p).split(sep).join("/"));
    print(
      line(
        "Regenerating:",
        `${changes.size} file(s) changed at ${new Date().toISOString().replace("T", " ").slice(0, 19)}`,
      ),
    );
    for (const n of names.slice(0, 10)) print(line("", n));
    try {
      const report = await builder.build(changes);
      print(
        line(
          "",
          `...done in ${seconds(report.ms)} seconds (${report.kind}${report.reason ? ` because ${report.reason}` : ""}, ${report.rendered} rendered, ${report.changed.length} file(s) changed).`,
        ),
      );
      succeed(report);
    } catch (e) {
      fail(e);
    }
  };
  const batcher = new ChangeBatcher(rebuild, options.quietMs ?? 5);
  let watcher: FSWatcher | undefined;
  if (options.watch !== false) {
    const configFiles = builder.site?.configFiles ?? [];
    const outside = configFiles.filter((f) => !f.startsWith(source + sep));
    const exclude = builder.site?.config.exclude;
    watcher = await watchSource(
      [source, ...outside],
      { source, destination, exclude, cacheDir: builder.site?.cache.dir },
      (p, kind) => batcher.add(p, kind),
    );
    watcher.on("error", (e) => printError(line("Watcher:", String(e))));
    print(line("Auto-regeneration:", "enabled for '" + (relative(process.cwd(), source) || ".") + "'"));
  }
  const url = `http://${shownHost.includes(":") ? `[${shownHost}]` : shownHost}:${port}${target.baseurl}/`;
  if (serving) {
    print(line("Server address:", url));
    print(line("Server running...", "press ctrl-c to stop."));
  }

  let closing: Promise<void> | undefined;
  const close = () =>
    (closing ??= (async () => {
      await batcher.close();
      await watcher?.close();
      channel?.close();
      for (const s of servers) s.closeAllConnections();
      await Promise.all(servers.map((s) => new Promise<void>((done) => s.close(() => done()))));
      disposeSass();
    })());

  const dev = Object.assign(events, { url, port, builder, initial, idle: () => batcher.idle(), close });
  Object.defineProperty(dev, "liveClients", { get: () => channel?.size ?? 0 });
  return dev as unknown as DevServer;
}

function listen(server: Server, port: number, host: string): Promise<number> {
  return new Promise((ok, fail) => {
    server.once("error", (e: NodeJS.ErrnoException) =>
      fail(
        e.code === "EADDRINUSE" ? new Error(`port ${port} on ${host} is already in use; pick another with --port`) : e,
      ),
    );
    server.listen(port, host, () => ok((server.address() as AddressInfo).port));
  });
}

function seconds(ms: number): string {
  return (ms / 1000).toFixed(3);
}

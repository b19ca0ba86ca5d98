import { spawn } from "node:child_process";
import { usageError } from "../usage-error.js";
import type { Command } from "../command.js";
import { parseArgs, BUILD_FLAGS, buildOptionsFrom, SITE_FLAGS_HELP, type FlagSpec } from "../args.js";
import { formatError } from "../../errors/index.js";
import { prewarmSass } from "../../render/sass/prewarm.js";

const USAGE = `Usage: lectern serve [options]

Builds the site, serves it on localhost under its baseurl as GitHub Pages would, watches the source,
rebuilds what a change affects and reloads the browser. A broken edit keeps the last good build served
and shows the error in the terminal and over the page.

Options:
${SITE_FLAGS_HELP}
  -P, --port PORT          Port to listen on (default: 4000; 0 picks a free one)
  -H, --host HOST          Interface to bind (default: 127.0.0.1, this machine only)
      --no-livereload      Do not inject the live-reload script
      --no-watch           Build and serve once; do not watch for changes
  -I, --incremental        Accepted for Jekyll compatibility: rebuilds are always incremental when safe
  -o, --open               Open the site in the default browser
      --strict             Fail on problems Jekyll only warns about
  -q, --quiet              Print only errors and the address (no warnings, as Jekyll's -q)
  -V, --verbose            Print debug output
  -t, --trace              Print the stack of an error

Press Ctrl-C to stop.`;

const SERVE_FLAGS: FlagSpec[] = [
  ...BUILD_FLAGS,
  { names: ["-P", "--port"], key: "port", value: true },
  { names: ["-H", "--host"], key: "host", value: true },
  { names: ["--no-livereload"], key: "noLivereload" },
  { names: ["-l", "--livereload"], key: "livereload" },
  { names: ["--no-watch"], key: "noWatch" },
  { names: ["-w", "--watch"], key: "watch" },
  { names: ["-o", "--open", "--open-url"], key: "open" },
  { names: ["-I", "--incremental"], key: "incremental" },
];

/** Opens a URL in the desktop's browser, if there is one; failures are ignored. */
function openBrowser(url: string): void {
  const cmd = process.platform === "darwin" ? "open" : process.platform === "win32" ? "cmd" : "xdg-open";
  const args = process.platform === "win32" ? ["/c", "start", "", url] : [url];
  try {
    spawn(cmd, args, { stdio: "ignore", detached: true })
      .on("error", () => undefined)
      .unref();
  } catch {
    /* no browser: the address is printed anyway */
  }
}

let parentWatch: NodeJS.Timeout | undefined;

/**
 * Under `npx lectern serve` (or an npm script) npm starts a shell that starts us; stopping npx ends that shell but
 * not us, which would leave the server running with no one to stop it. So, when npm started us, we stop once the
 * process that started us is gone (our parent changes).
 */
function stopWithParent(stop: () => void): void {
  if (!process.env["npm_command"]) return;
  const parent = process.ppid;
  parentWatch = setInterval(() => {
    if (process.ppid !== parent) stop();
  }, 250);
  parentWatch.unref();
}

/** With --quiet, only the address and errors are printed. */
function quietPrint(line: string): void {
  if (/Server address:/.test(line)) console.log(line);
}

const command: Command = {
  name: "serve",
  summary: "Build, serve on localhost, rebuild and reload on change",
  usage: USAGE,
  async run(argv) {
    let flags;
    try {
      flags = parseArgs(argv, SERVE_FLAGS).flags;
    } catch (e) {
      console.error(usageError("serve", (e as Error).message));
      return 2;
    }
    const port = flags["port"] === undefined ? 4000 : Number(flags["port"]);
    if (!Number.isInteger(port) || port < 0 || port > 65535) {
      console.error(`lectern serve: --port needs a number from 0 to 65535, not '${String(flags["port"])}'`);
      return 2;
    }
    const options = buildOptionsFrom(flags);
    // The Sass worker starts loading sass-embedded now, on the other core, while the rest of the code loads.
    prewarmSass(options.source ?? ".", options.disableDiskCache === true);
    const { startDevServer } = await import("../../serve/index.js");
    let server;
    try {
      server = await startDevServer({
        ...options,
        port,
        host: typeof flags["host"] === "string" ? flags["host"] : undefined,
        livereload: flags["noLivereload"] !== true,
        watch: flags["noWatch"] !== true,
        print: options.quiet ? quietPrint : undefined,
      });
    } catch (e) {
      console.error(formatError(e, options.trace));
      return 1;
    }
    if (flags["open"] === true) openBrowser(server.url);
    const running = server;
    return new Promise<number>((done) => {
      const stop = () => {
        clearInterval(parentWatch);
        process.off("SIGINT", stop);
        process.off("SIGTERM", stop);
        console.log("\nShutting down.");
        running.close().then(
          () => done(0),
          () => done(1),
        );
      };
      process.on("SIGINT", stop);
      process.on("SIGTERM", stop);
      stopWithParent(stop);
    });
  },
};

export default command;

import type { Command } from "../command.js";
import { usageError } from "../usage-error.js";
import { parseArgs, BUILD_FLAGS, buildOptionsFrom, SITE_FLAGS_HELP } from "../args.js";
import { prewarmSass } from "../../render/sass/prewarm.js";
import { formatError } from "../../errors/index.js";
import { relative } from "node:path";
import { runningFromBundle } from "../../package-files.js";

const USAGE = `Usage: lectern build [options]

Builds the site in the source folder into the destination, as Jekyll 4.3 would.

Options:
${SITE_FLAGS_HELP}
      --strict             Fail on problems Jekyll only warns about
  -q, --quiet              Print only errors and the summary (warnings are counted, as Jekyll's -q)
  -V, --verbose            Print debug output
  -t, --trace              Print the stack of an error
      --profile            Print the slowest templates and each build stage's time
  -w, --watch              Rebuild when a file changes (until Ctrl-C), as 'jekyll build --watch'; no server

Environment: JEKYLL_ENV sets jekyll.environment (default: development);
SOURCE_DATE_EPOCH, when set, is the build time (site.time) for reproducible builds.`;

const command: Command = {
  name: "build",
  summary: "Build the site into the destination folder",
  usage: USAGE,
  async run(argv) {
    let options;
    let flags;
    try {
      flags = parseArgs(argv, [...BUILD_FLAGS, { names: ["-w", "--watch"], key: "watch" }]).flags;
      options = buildOptionsFrom(flags);
    } catch (e) {
      console.error(usageError("build", (e as Error).message));
      return 2;
    }
    // The Sass worker starts loading sass-embedded now, on the other core, while the rest of the code loads.
    prewarmSass(options.source ?? ".", options.disableDiskCache === true);
    if (flags["watch"] === true) return watch(options);
    try {
      const { build } = await import("../../build.js");
      const r = await build(options);
      const where = relative(process.cwd(), r.destination) || ".";
      if (options.profile) console.log(`${r.templates ?? ""}\n\n${profileTable(r.stages, r.ms)}`);
      console.log(
        `Built ${r.pages} pages and ${r.files} other files into ${where} in ${Math.round(r.ms)} ms${r.warnings ? ` with ${r.warnings} warning${r.warnings === 1 ? "" : "s"}` : ""}.`,
      );
      return 0;
    } catch (e) {
      console.error(formatError(e, options.trace));
      console.error("Build failed; the previous output, if any, was left untouched.");
      return 1;
    }
  },
};

/** `lectern build --watch`: build, then rebuild on every change (the dev server's rebuilds, without serving) until stopped. */
async function watch(options: import("../../config/options.js").BuildOptions): Promise<number> {
  const { startDevServer } = await import("../../serve/index.js");
  const quiet = (l: string) => /Auto-regeneration/.test(l) && console.log(l);
  let running;
  try {
    running = await startDevServer({
      ...options,
      http: false,
      livereload: false,
      print: options.quiet ? quiet : undefined,
    });
  } catch (e) {
    console.error(formatError(e, options.trace));
    return 1;
  }
  const server = running;
  return new Promise<number>((done) => {
    const stop = () => {
      process.off("SIGINT", stop);
      process.off("SIGTERM", stop);
      server.close().then(
        () => done(0),
        () => done(1),
      );
    };
    process.on("SIGINT", stop);
    process.on("SIGTERM", stop);
  });
}

/** The `--profile` table: each stage's milliseconds and share of the build, plus the process start before it. */
function profileTable(stages: Array<[string, number]>, total: number): string {
  const rows = stages.map(
    ([name, ms]) =>
      `  ${name.padEnd(10)} ${String(Math.round(ms)).padStart(6)} ms ${String(Math.round((100 * ms) / total)).padStart(4)} %`,
  );
  const startup = `  ${"start".padEnd(10)} ${String(Math.round(performance.now() - total)).padStart(6)} ms  (process start and module loading from ${runningFromBundle() ? "dist/bundle" : "dist/src"}, before the build)`;
  return ["Stage        Time  Share", startup, ...rows].join("\n");
}

export default command;

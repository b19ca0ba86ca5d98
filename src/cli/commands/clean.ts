import { rm, stat } from "node:fs/promises";
import { join, relative, resolve, sep } from "node:path";
import type { Command } from "../command.js";
import { parseArgs, type FlagSpec } from "../args.js";
import { usageError } from "../usage-error.js";
import { loadConfig } from "../../config/load.js";
import { cacheDirFor } from "../../cache/site-cache.js";

const USAGE = `Usage: lectern clean [options]

Removes what builds leave behind, as 'jekyll clean' does: the destination folder and the build cache
(.lectern-cache, or the config's cache_dir).

Options:
  -s, --source DIR         Site source (default: .)
  -d, --destination DIR    Output folder (default: SOURCE/_site)
      --config FILES       Comma-separated config files (default: _config.yml)
  -q, --quiet              Print nothing`;

const FLAGS: FlagSpec[] = [
  { names: ["-s", "--source"], key: "source", value: true },
  { names: ["-d", "--destination"], key: "destination", value: true },
  { names: ["--config"], key: "config", value: true },
  { names: ["-q", "--quiet"], key: "quiet" },
  { names: ["-V", "--verbose"], key: "verbose" },
];

/** `lectern clean`: remove the destination and the build cache. */
const command: Command = {
  name: "clean",
  summary: "Remove the built site and the build cache",
  usage: USAGE,
  async run(argv) {
    let flags;
    try {
      flags = parseArgs(argv, FLAGS).flags;
    } catch (e) {
      console.error(usageError("clean", (e as Error).message));
      return 2;
    }
    const str = (k: string) => (typeof flags[k] === "string" ? (flags[k] as string) : undefined);
    const source = resolve(str("source") ?? ".");
    const destination = resolve(str("destination") ?? join(source, "_site"));
    let config: Record<string, unknown> = {};
    try {
      config = loadConfig(source, { source, config: str("config")?.split(",") }).config;
    } catch {
      /* an unreadable config: clean the default cache folder */
    }
    const print = (line: string) => flags["quiet"] !== true && console.log(line);
    for (const [what, dir] of [
      ["Destination", destination],
      ["Cache", cacheDirFor(source, config)],
    ] as const) {
      if (!dir) continue;
      // Never the source itself or a folder that holds it.
      if (source === dir || source.startsWith(dir + sep)) {
        console.error(`lectern clean: not removing ${dir}: it holds the source.`);
        return 1;
      }
      const shown = relative(process.cwd(), dir) || ".";
      if (await stat(dir).catch(() => undefined)) {
        await rm(dir, { recursive: true, force: true });
        print(`${`${what}:`.padStart(18)} removed ${shown}`);
      } else print(`${`${what}:`.padStart(18)} nothing to remove at ${shown}`);
    }
    return 0;
  },
};

export default command;

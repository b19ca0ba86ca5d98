import type { Command } from "./command.js";
import { packageVersion } from "../package-files.js";
import { didYouMean, usageError } from "./usage-error.js";

/** Sub-commands by name, each imported only when used. */
const COMMANDS: Record<string, { summary: string; load: () => Promise<{ default: Command }> }> = {
  build: { summary: "Build the site into the destination folder", load: () => import("./commands/build.js") },
  serve: {
    summary: "Build, serve on localhost, rebuild and reload on change",
    load: () => import("./commands/serve.js"),
  },
  check: { summary: "Build, then check links, anchors, images and ids", load: () => import("./commands/check.js") },
  compare: {
    summary: "Compare two built sites (e.g. Jekyll's _site and Lectern's)",
    load: () => import("./commands/compare.js"),
  },
  markdown: {
    summary: "Print the HTML that Markdown (kramdown rules) becomes",
    load: () => import("./commands/markdown.js"),
  },
  new: { summary: "Create a new academic site in an empty folder", load: () => import("./commands/new.js") },
  import: { summary: "Import BibTeX entries as _publications documents", load: () => import("./commands/import.js") },
  clean: { summary: "Remove the built site and the build cache", load: () => import("./commands/clean.js") },
};

/** Other names for commands, as Jekyll spells them (`jekyll b`, `jekyll s`, `jekyll server`). */
const ALIASES: Record<string, string> = { b: "build", s: "serve", server: "serve" };

function help(): string {
  const width = Math.max(...Object.keys(COMMANDS).map((n) => n.length));
  const aliases = (n: string) =>
    Object.keys(ALIASES)
      .filter((a) => ALIASES[a] === n)
      .map((a) => ` (or ${a})`)
      .join("");
  const lines = Object.entries(COMMANDS).map(([n, c]) => `  ${n.padEnd(width)}  ${c.summary}${aliases(n)}`);
  return `lectern ${packageVersion()}: builds academicpages/Jekyll sites, no Ruby needed.\n\nUsage: lectern COMMAND [options]\n\nCommands:\n${lines.join("\n")}\n\nRun 'lectern COMMAND --help' for a command's options.`;
}

/** Entry point of the `lectern` executable; resolves to the process exit code. */
export async function main(argv: string[]): Promise<number> {
  const [name, ...rest] = argv;
  if (name === undefined || name === "-h" || name === "--help" || name === "help") {
    console.log(help());
    return name === undefined ? 1 : 0;
  }
  if (name === "-v" || name === "--version" || name === "version") {
    console.log(`lectern ${packageVersion()}`);
    return 0;
  }
  const entry = COMMANDS[ALIASES[name] ?? name];
  if (!entry) {
    const what = name.startsWith("-") ? "option" : "command";
    console.error(usageError(undefined, `unknown ${what} '${name}'.${didYouMean(name, Object.keys(COMMANDS))}`));
    return 2;
  }
  const command = (await entry.load()).default;
  if (rest.includes("-h") || rest.includes("--help")) {
    console.log(command.usage);
    return 0;
  }
  return command.run(rest);
}

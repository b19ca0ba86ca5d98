import { stat } from "node:fs/promises";
import { usageError } from "../usage-error.js";
import { join } from "node:path";
import type { Command } from "../command.js";
import { BUILD_FLAGS, buildOptionsFrom, parseArgs, type FlagSpec } from "../args.js";
import type { BuildOptions } from "../../config/options.js";
import { loadConfig } from "../../config/load.js";
import { formatError } from "../../errors/index.js";
import { checkSite, formatCheckReport, type ProblemKind } from "../../check/index.js";

const KINDS: ProblemKind[] = [
  "link",
  "anchor",
  "image",
  "script",
  "stylesheet",
  "file",
  "duplicate-id",
  "title",
  "url",
];

const CHECK_FLAGS: FlagSpec[] = [
  ...BUILD_FLAGS,
  { names: ["--skip-build"], key: "skip-build" },
  { names: ["--url"], key: "url", value: true },
  { names: ["--ignore"], key: "ignore", value: true, repeat: true },
  { names: ["--limit"], key: "limit", value: true },
  { names: ["--json"], key: "json" },
];

const usage = `Usage: lectern check [options]

Builds the site, then checks the output: internal links and #anchors that lead
nowhere, missing images, scripts, stylesheets and other files, duplicate ids,
pages without a <title>, and malformed external URLs (offline: nothing is fetched).
Problems are listed by page as 'line:col  kind  detail'.

Options:
  -s, --source DIR        Site source (default .)
  -d, --destination DIR   Output folder (default SOURCE/_site)
      --config FILES      Config files, comma-separated (default _config.yml)
      --skip-build        Check the existing destination without building
  -b, --baseurl PATH      The site's baseurl (default: from the config)
      --url URL           The site's url, so absolute links to it are checked (default: from the config)
  -D, --drafts, --future, --unpublished, --strict, --safe, -V, --verbose, --disable-disk-cache
                          As for 'lectern build'
      --ignore KIND       Do not report KIND (repeatable): ${KINDS.join(", ")}
      --limit N           List at most N problems (default: all)
      --json              Print the report as JSON
  -t, --trace             Show the stack of a build error

Exit status: 0 when nothing is broken, 1 when something is, 2 on a usage error.`;

/** The site's `baseurl` and `url` from its config files (undefined when they cannot be read). */
function siteUrls(source: string, config: string[] | undefined): { baseurl?: string; url?: string } {
  try {
    const { config: site } = loadConfig(source, { source, config });
    const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
    return { baseurl: text(site["baseurl"]), url: text(site["url"]) };
  } catch {
    return {};
  }
}

/** What a build tells the check: how the site is served, and which source made each output file. */
interface Built {
  baseurl?: string;
  url?: string;
  sources: Map<string, string>;
}

/** Builds the site as `lectern build` does (loaded only when needed, so `--skip-build` stays light). */
async function runBuild(options: BuildOptions): Promise<Built> {
  const [{ Site }, { disposeSass }] = await Promise.all([
    import("../../site.js"),
    import("../../render/sass/compile.js"),
  ]);
  const site = new Site(options);
  try {
    await site.process();
  } finally {
    disposeSass();
  }
  const text = (v: unknown): string | undefined => (typeof v === "string" ? v : undefined);
  const sources = new Map(site.outputEntries().map((e) => [e.destRel.split("\\").join("/"), e.from]));
  return { baseurl: text(site.config["baseurl"]), url: text(site.config["url"]), sources };
}

/** `lectern check`: build, then report what in the output leads nowhere. */
const check: Command = {
  name: "check",
  summary: "Build, then check links, anchors, images and ids",
  usage,
  async run(argv) {
    let flags;
    try {
      flags = parseArgs(argv, CHECK_FLAGS).flags;
    } catch (e) {
      console.error(usageError("check", (e as Error).message));
      return 2;
    }
    const options = buildOptionsFrom(flags);
    const ignore = ((flags["ignore"] as string[] | undefined) ?? []).flatMap((k) => k.split(",")).map((k) => k.trim());
    const bad = ignore.find((k) => !KINDS.includes(k as ProblemKind));
    const limit = typeof flags["limit"] === "string" ? Number(flags["limit"]) : Infinity;
    if (bad !== undefined || !(limit === Infinity || (Number.isInteger(limit) && limit >= 0))) {
      console.error(
        usageError(
          "check",
          `${bad !== undefined ? `--ignore takes ${KINDS.join(", ")}, not '${bad}'` : "--limit takes a whole number"}.`,
        ),
      );
      return 2;
    }
    const source = options.source ?? ".";
    const destination = options.destination ?? join(source, "_site");
    let built: Built | undefined;
    if (flags["skip-build"] !== true) {
      try {
        built = await runBuild({ ...options, quiet: true });
      } catch (e) {
        console.error(formatError(e, options.trace));
        console.error("lectern check: the build failed, so nothing was checked.");
        return 1;
      }
    } else if (!(await stat(destination).catch(() => undefined))?.isDirectory()) {
      console.error(`lectern check: '${destination}' is not a folder; build the site first or leave out --skip-build.`);
      return 2;
    }
    const url = typeof flags["url"] === "string" ? flags["url"] : undefined;
    const site = built ?? (options.baseurl !== undefined && url !== undefined ? {} : siteUrls(source, options.config));
    const report = await checkSite(destination, {
      baseurl: options.baseurl ?? site.baseurl,
      url: url ?? site.url,
      ignore: ignore as ProblemKind[],
      sources: built?.sources,
    });
    console.log(flags["json"] === true ? JSON.stringify(report, null, 2) : formatCheckReport(report, limit));
    return report.problems.length === 0 ? 0 : 1;
  },
};

export default check;

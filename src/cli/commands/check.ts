import { stat } from "node:fs/promises";
import { join } from "node:path";
import { parseArgs } from "node:util";
import type { Command } from "../command.js";
import type { BuildOptions, BuildResult } from "../../config/options.js";
import { loadConfig } from "../../config/load.js";
import { formatError } from "../../errors/index.js";
import { checkSite, formatCheckReport, type ProblemKind } from "../../check/index.js";

const KINDS: ProblemKind[] = ["link", "anchor", "image", "script", "stylesheet", "file", "duplicate-id", "title", "url"];

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
      --baseurl PATH      The site's baseurl (default: from the config)
      --url URL           The site's url, so absolute links to it are checked (default: from the config)
      --drafts, --future, --unpublished   As for 'lectern build'
      --ignore KIND       Do not report KIND (repeatable): ${KINDS.join(", ")}
      --limit N           List at most N problems (default: all)
      --json              Print the report as JSON
      --trace             Show the stack of a build error

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

/** Runs the build through the package entry point, loaded only when needed so `--skip-build` stays light. */
async function runBuild(options: BuildOptions): Promise<BuildResult> {
  const entry = new URL("../../index.js", import.meta.url).href;
  const { build } = (await import(entry)) as { build(o: BuildOptions): Promise<BuildResult> };
  return build(options);
}

/** `lectern check`: build, then report what in the output leads nowhere. */
const check: Command = {
  name: "check",
  summary: "Build, then check links, anchors, images and ids",
  usage,
  async run(argv) {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        options: {
          source: { type: "string", short: "s" },
          destination: { type: "string", short: "d" },
          config: { type: "string" },
          "skip-build": { type: "boolean" },
          baseurl: { type: "string" },
          url: { type: "string" },
          drafts: { type: "boolean" },
          future: { type: "boolean" },
          unpublished: { type: "boolean" },
          ignore: { type: "string", multiple: true },
          limit: { type: "string" },
          json: { type: "boolean" },
          trace: { type: "boolean" },
          quiet: { type: "boolean", short: "q" },
        },
      });
    } catch (e) {
      console.error(`lectern check: ${(e as Error).message}\n\n${usage}`);
      return 2;
    }
    const v = parsed.values;
    const ignore = v.ignore?.flatMap((k) => k.split(",")).map((k) => k.trim());
    const bad = ignore?.find((k) => !KINDS.includes(k as ProblemKind));
    const limit = v.limit === undefined ? Infinity : Number(v.limit);
    if (bad !== undefined || !(limit === Infinity || (Number.isInteger(limit) && limit >= 0))) {
      console.error(`lectern check: ${bad !== undefined ? `--ignore takes ${KINDS.join(", ")}, not '${bad}'` : "--limit takes a whole number"}.\n\n${usage}`);
      return 2;
    }
    const source = v.source ?? ".";
    const destination = v.destination ?? join(source, "_site");
    const config = v.config?.split(",").map((f) => f.trim()).filter(Boolean);
    if (!v["skip-build"]) {
      try {
        await runBuild({ source, destination, config, drafts: v.drafts, future: v.future, unpublished: v.unpublished, baseurl: v.baseurl, trace: v.trace, quiet: true });
      } catch (e) {
        console.error(formatError(e, v.trace));
        console.error("lectern check: the build failed, so nothing was checked.");
        return 1;
      }
    } else if (!(await stat(destination).catch(() => undefined))?.isDirectory()) {
      console.error(`lectern check: '${destination}' is not a folder; build the site first or leave out --skip-build.`);
      return 2;
    }
    const fromConfig = v.baseurl !== undefined && v.url !== undefined ? {} : siteUrls(source, config);
    const report = await checkSite(destination, {
      baseurl: v.baseurl ?? fromConfig.baseurl,
      url: v.url ?? fromConfig.url,
      ignore: ignore as ProblemKind[] | undefined,
    });
    console.log(v.json ? JSON.stringify(report, null, 2) : formatCheckReport(report, limit));
    return report.problems.length === 0 ? 0 : 1;
  },
};

export default check;

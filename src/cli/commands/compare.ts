import { stat } from "node:fs/promises";
import { usageError } from "../usage-error.js";
import { parseArgs } from "node:util";
import type { Command } from "../command.js";
import { commonDifferences, compareSites, formatReport } from "../../compare/index.js";
import type { FileKind } from "../../compare/files.js";

const KINDS: FileKind[] = ["html", "xml", "text", "binary"];

const usage = `Usage: lectern compare REF_DIR OUT_DIR [options]

Compares two built sites (for example Jekyll's _site and Lectern's): which files
each has, and for files in both whether they match once formatting noise is
normalised away (HTML: canonical DOM; also the text a visitor sees).

Options:
  --limit N        Show at most N entries per list (default 20)
  --json           Print the full report as JSON
  --only KIND      Compare only html, xml, text or binary files (repeatable, or a,b)
  --ignore GLOB    Leave out matching files (repeatable; without '/' matches names)
  --context N      Unchanged lines around each difference (default 2)
  --exact-times    Count timestamps of the build time as differences when the
                   two builds ran at different moments (by their feed.xml)

Exit status: 0 when both sites hold the same files and all are equal, 1 when
they differ, 2 on a usage error.`;

async function isDirectory(path: string): Promise<boolean> {
  return (await stat(path).catch(() => undefined))?.isDirectory() ?? false;
}

/** `lectern compare REF_DIR OUT_DIR`: what changed between two built sites. */
const compare: Command = {
  name: "compare",
  summary: "Compare two built sites (e.g. Jekyll's _site and Lectern's)",
  usage,
  async run(argv) {
    let parsed;
    try {
      parsed = parseArgs({
        args: argv,
        allowPositionals: true,
        options: {
          limit: { type: "string" },
          json: { type: "boolean" },
          only: { type: "string", multiple: true },
          ignore: { type: "string", multiple: true },
          context: { type: "string" },
          "exact-times": { type: "boolean" },
        },
      });
    } catch (e) {
      console.error(usageError("compare", (e as Error).message));
      return 2;
    }
    const { values, positionals } = parsed;
    const only = values.only?.flatMap((o) => o.split(",")).map((o) => o.trim().toLowerCase());
    const bad = only?.find((o) => !KINDS.includes(o as FileKind));
    const limit = values.limit === undefined ? 20 : Number(values.limit);
    const context = values.context === undefined ? 2 : Number(values.context);
    const problem =
      positionals.length !== 2
        ? "expected two folders, REF_DIR and OUT_DIR"
        : bad !== undefined
          ? `--only takes ${KINDS.join(", ")}, not '${bad}'`
          : !Number.isInteger(limit) || limit < 0
            ? "--limit takes a whole number"
            : !Number.isInteger(context) || context < 0
              ? "--context takes a whole number"
              : undefined;
    if (problem) {
      console.error(usageError("compare", `${problem}.`));
      return 2;
    }
    const [refDir, outDir] = positionals as [string, string];
    for (const dir of [refDir, outDir]) {
      if (!(await isDirectory(dir))) {
        console.error(`lectern compare: '${dir}' is not a folder.`);
        return 2;
      }
    }
    const report = await compareSites(refDir, outDir, {
      only: only as FileKind[] | undefined,
      ignore: values.ignore,
      context,
      exactTimes: values["exact-times"],
    });
    console.log(
      values.json
        ? JSON.stringify({ ...report, common: commonDifferences(report.differing) }, null, 2)
        : formatReport(report, limit),
    );
    return report.equal ? 0 : 1;
  },
};

export default compare;

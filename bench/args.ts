import { parseArgs } from "node:util";
import { ENGINE_NAMES, type EngineName } from "./engines.js";

/** What one `npm run bench` invocation measures. */
export interface BenchOptions {
  /** Synthetic site sizes (publication count N; the site has N + 1 pages). */
  sizes: number[];
  /** Runs per engine and size (the median is reported). */
  runs: number;
  engines: EngineName[];
  /** Also build the real corpus sites with Jekyll, side by side with Lectern. */
  jekyll: boolean;
  /** Run Jekyll as often as the others even at N >= 10,000 (about 2 minutes a run). */
  fullJekyll: boolean;
  quick: boolean;
  /** Which parts to run. */
  synthetic: boolean;
  real: boolean;
  extras: boolean;
  /** Write a CPU profile of every Lectern run into this folder (node --cpu-prof). */
  profile: string | null;
  /** Only the real sites whose names contain one of these strings (all when empty). */
  sites: string[];
  /** Keep the generated sites and outputs in this folder instead of a temporary one. */
  workdir: string | null;
}

export const USAGE = `Usage: npm run bench -- [options]

  --sizes 1000,10000     synthetic site sizes N (N publications + 1 index page)
  --runs 3               runs per engine and size; the median is reported
  --engines lectern,hugo,jekyll,eleventy
                         engines for the synthetic site (those not installed are skipped)
  --jekyll               also build the real corpus sites with Jekyll (Lectern vs Jekyll)
  --full-jekyll          run Jekyll every run at N >= 10,000 too (default: once, ~2 min)
  --quick                N = 200, 1 run: to try the harness out
  --only synthetic|real|extras   run one part only (repeatable)
  --sites A,B            only the real sites whose names contain A or B
  --profile DIR          write a V8 CPU profile of every Lectern run into DIR (open in Chrome DevTools)
  --workdir DIR          keep generated sites and outputs in DIR
  -h, --help             this text

Environment: CORPUS (default ../corpus) holds src/NAME and ref/NAME.override.yml;
DEV_LIST (default ../shared/corpus/dev.txt) names the real sites to time.`;

function list(value: string, what: string): string[] {
  const items = value
    .split(",")
    .map((s) => s.trim())
    .filter(Boolean);
  if (!items.length) throw new Error(`--${what} needs a comma-separated list`);
  return items;
}

/** Parses the command line; throws with a readable message on a bad option. */
export function parseBenchArgs(argv: string[]): BenchOptions | "help" {
  const { values } = parseArgs({
    args: argv,
    options: {
      sizes: { type: "string" },
      runs: { type: "string" },
      engines: { type: "string" },
      jekyll: { type: "boolean", default: false },
      "full-jekyll": { type: "boolean", default: false },
      quick: { type: "boolean", default: false },
      only: { type: "string", multiple: true },
      workdir: { type: "string" },
      sites: { type: "string" },
      profile: { type: "string" },
      help: { type: "boolean", short: "h", default: false },
    },
  });
  if (values.help) return "help";
  const quick = values.quick;
  const sizes = values.sizes ? list(values.sizes, "sizes").map(Number) : quick ? [200] : [1000, 10000];
  if (sizes.some((n) => !Number.isInteger(n) || n < 1))
    throw new Error(`--sizes must be positive integers, got '${values.sizes}'`);
  const runs = values.runs ? Number(values.runs) : quick ? 1 : 3;
  if (!Number.isInteger(runs) || runs < 1) throw new Error(`--runs must be a positive integer, got '${values.runs}'`);
  const engines = (values.engines ? list(values.engines, "engines") : [...ENGINE_NAMES]) as EngineName[];
  const unknown = engines.filter((e) => !ENGINE_NAMES.includes(e));
  if (unknown.length) throw new Error(`unknown engine(s) ${unknown.join(", ")}; known: ${ENGINE_NAMES.join(", ")}`);
  const only = values.only ?? [];
  const bad = only.filter((o) => !["synthetic", "real", "extras"].includes(o));
  if (bad.length) throw new Error(`--only takes synthetic, real or extras, got ${bad.join(", ")}`);
  const part = (name: string): boolean => only.length === 0 || only.includes(name);
  return {
    sizes,
    runs,
    engines,
    jekyll: values.jekyll,
    fullJekyll: values["full-jekyll"],
    quick,
    synthetic: part("synthetic"),
    real: part("real"),
    extras: part("extras"),
    workdir: values.workdir ?? null,
    sites: values.sites ? list(values.sites, "sites") : [],
    profile: values.profile ?? null,
  };
}

import { didYouMean } from "./usage-error.js";

/** A flag the parser knows: its names and whether it takes a value. */
export interface FlagSpec {
  names: string[];
  key: string;
  value?: boolean;
  repeat?: boolean;
}

/** Parsed command-line arguments: flags by key, plus positional arguments. */
export interface ParsedArgs {
  flags: Record<string, string | boolean | string[]>;
  positional: string[];
}

/** Parses `argv` against `specs`; throws with a clear message on an unknown flag or a missing value. */
export function parseArgs(argv: string[], specs: FlagSpec[]): ParsedArgs {
  const byName = new Map<string, FlagSpec>();
  for (const s of specs) for (const n of s.names) byName.set(n, s);
  const flags: ParsedArgs["flags"] = {};
  const positional: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    if (arg === "--") {
      positional.push(...argv.slice(i + 1));
      break;
    }
    if (!arg.startsWith("-") || arg === "-") {
      positional.push(arg);
      continue;
    }
    const eq = arg.indexOf("=");
    const name = eq > 0 ? arg.slice(0, eq) : arg;
    const spec = byName.get(name);
    if (!spec) throw new Error(`unknown option '${name}'.${didYouMean(name, byName.keys())}`);
    if (!spec.value) {
      flags[spec.key] = true;
      continue;
    }
    const value = eq > 0 ? arg.slice(eq + 1) : argv[++i];
    if (value === undefined) throw new Error(`option '${name}' needs a value`);
    if (spec.repeat) flags[spec.key] = [...((flags[spec.key] as string[]) ?? []), value];
    else flags[spec.key] = value;
  }
  return { flags, positional };
}

/** The flags `build`, `serve` and `check` share, as Jekyll names them. */
export const BUILD_FLAGS: FlagSpec[] = [
  { names: ["-s", "--source"], key: "source", value: true },
  { names: ["-d", "--destination"], key: "destination", value: true },
  { names: ["--config"], key: "config", value: true },
  { names: ["-D", "--drafts"], key: "drafts" },
  { names: ["--future"], key: "future" },
  { names: ["--unpublished"], key: "unpublished" },
  { names: ["-b", "--baseurl"], key: "baseurl", value: true },
  { names: ["--strict"], key: "strict" },
  { names: ["--safe"], key: "safe" },
  { names: ["-q", "--quiet"], key: "quiet" },
  { names: ["-V", "--verbose"], key: "verbose" },
  { names: ["-t", "--trace"], key: "trace" },
  { names: ["--profile"], key: "profile" },
  { names: ["--disable-disk-cache"], key: "disable-disk-cache" },
];

/** Help lines for the site-reading flags `build` and `serve` share. */
export const SITE_FLAGS_HELP = `  -s, --source DIR         Site source (default: .)
  -d, --destination DIR    Output folder (default: SOURCE/_site)
      --config FILES       Comma-separated config files, merged in order (default: _config.yml)
  -D, --drafts             Render posts in _drafts
      --future             Publish posts dated in the future
      --unpublished        Render documents with published: false
  -b, --baseurl PATH       Serve the site from PATH (overrides the config)
      --disable-disk-cache Do not read or write the build cache (SOURCE/.lectern-cache)
      --safe               Do not load the site's own plugins (_plugins/*.js)`;

/** BuildOptions from parsed build flags. */
export function buildOptionsFrom(flags: ParsedArgs["flags"]): import("../config/options.js").BuildOptions {
  const str = (k: string) => (typeof flags[k] === "string" ? (flags[k] as string) : undefined);
  return {
    source: str("source"),
    destination: str("destination"),
    config: str("config")
      ?.split(",")
      .map((s) => s.trim())
      .filter(Boolean),
    drafts: flags["drafts"] === true,
    future: flags["future"] === true,
    unpublished: flags["unpublished"] === true,
    baseurl: str("baseurl"),
    strict: flags["strict"] === true,
    safe: flags["safe"] === true,
    quiet: flags["quiet"] === true,
    verbose: flags["verbose"] === true,
    trace: flags["trace"] === true,
    profile: flags["profile"] === true,
    disableDiskCache: flags["disable-disk-cache"] === true,
  };
}

import type { BuildOptions } from "./options.js";

/**
 * What one build takes from outside its site and config: the mode (`JEKYLL_ENV`), the clock
 * (`SOURCE_DATE_EPOCH`), the asset host jemoji reads and whether Bundler's plugin group is required. Computed once per build by `buildEnvironment`;
 * nothing else reads `process.env`.
 */
export interface BuildEnvironment {
  /** `jekyll.environment`: `BuildOptions.environment`, else JEKYLL_ENV, else "development". */
  readonly mode: string;
  /** The build time (`site.time`): `BuildOptions.time`, else SOURCE_DATE_EPOCH (reproducible builds), else now. */
  readonly time: Date;
  /** jemoji's `ASSET_HOST_URL`, when set. */
  readonly assetHost?: string;
  /** Whether the Gemfile's `:jekyll_plugins` group counts: false when JEKYLL_NO_BUNDLER_REQUIRE is set, as in Jekyll. */
  readonly bundlerRequire: boolean;
}

/** The build environment for `options`, from the process environment `env`. */
export function buildEnvironment(options: BuildOptions = {}, env: NodeJS.ProcessEnv = process.env): BuildEnvironment {
  return {
    mode: options.environment || env["JEKYLL_ENV"] || "development",
    time: options.time ?? epochTime(env) ?? new Date(),
    assetHost: env["ASSET_HOST_URL"] || undefined,
    bundlerRequire: env["JEKYLL_NO_BUNDLER_REQUIRE"] === undefined,
  };
}

/** SOURCE_DATE_EPOCH as a Date, when set to whole seconds. */
function epochTime(env: NodeJS.ProcessEnv): Date | undefined {
  const epoch = env["SOURCE_DATE_EPOCH"];
  return epoch && /^\d+$/.test(epoch) ? new Date(Number(epoch) * 1000) : undefined;
}

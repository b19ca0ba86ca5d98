import type { Logger } from "../log.js";

export type { Logger } from "../log.js";

/** A plugin object, as `src/plugins/types.ts` types it (`Plugin`); declared loosely here so options do not depend on the plugin stage. */
export interface PluginLike {
  name: string;
  /** The PluginApi type lives in the plugin stage, after config. */
  setup(api: any): void | Promise<void>;
}

/** What a caller (the CLI, the dev server, a test) asks of one build; mirrors Jekyll's command-line flags. */
export interface BuildOptions {
  /** Site source folder (Jekyll's `-s`, default "."). */
  source?: string;
  /** Output folder (Jekyll's `-d`, default "<source>/_site"). */
  destination?: string;
  /** Config files merged in order (default `_config.yml` or `_config.yaml`), relative to the working directory. */
  config?: string[];
  drafts?: boolean;
  future?: boolean;
  unpublished?: boolean;
  baseurl?: string;
  /** Jekyll's `--safe`: the site's own `_plugins` are not loaded (the config's `safe: true` does the same). */
  safe?: boolean;
  /** Plugins to run besides the built-in ones the config lists (for programmatic use); they run under `safe` too. */
  plugins?: PluginLike[];
  /** Turn tolerated problems (bad front matter, missing layouts, unknown plugins, collisions) into failures. */
  strict?: boolean;
  quiet?: boolean;
  verbose?: boolean;
  trace?: boolean;
  /** Extra config merged last (after files), e.g. from the dev server. */
  overrides?: Record<string, unknown>;
  /** `jekyll.environment`; default JEKYLL_ENV when set, else "development". */
  environment?: string;
  /** Build time; default SOURCE_DATE_EPOCH when set, else now. */
  time?: Date;
  /** Measure each template's Liquid render time (`--profile`); the table comes back in the result. */
  profile?: boolean;
  /** Neither read nor write the build cache (Jekyll's `--disable-disk-cache`; the config's `disable_disk_cache: true`). */
  disableDiskCache?: boolean;
  /** Where log lines go (default: console). */
  logger?: Logger;
}

/** What one build produced. */
export interface BuildResult {
  destination: string;
  /** HTML files written (src/write/page-count.ts: every command counts pages this way). */
  pages: number;
  /** Every other file written (stylesheets, feeds, images...). */
  files: number;
  warnings: number;
  /** Milliseconds from start to the swapped-in output. */
  ms: number;
  /** Milliseconds spent in each build stage, in pipeline order. */
  stages: Array<[stage: string, ms: number]>;
  /** With `profile`: the slowest templates as a table. */
  templates?: string;
}

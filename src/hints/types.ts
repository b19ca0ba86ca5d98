import type { BuildOptions } from "../config/options.js";
import type { SiteConfig } from "../config/types.js";
import type { Collection } from "../model/collection.js";
import type { Layout } from "../model/layout.js";
import type { Page } from "../model/page.js";
import type { Logger } from "../log.js";
import type { OutputEntry } from "../write/plan.js";

/** A likely mistake Lectern can point at; the build goes on (it is not a problem Jekyll reports). */
export interface Hint {
  /** Path relative to the site source (or a flag such as `--baseurl`). */
  file: string;
  line?: number;
  message: string;
}

/** What the hints read of the built site (before it is written). */
export interface HintSite {
  readonly source: string;
  readonly config: SiteConfig;
  readonly configFiles: readonly string[];
  readonly options: Readonly<BuildOptions>;
  readonly mdExts: Set<string>;
  readonly pages: readonly Page[];
  readonly collections: ReadonlyMap<string, Collection>;
  readonly layouts: ReadonlyMap<string, Layout>;
  readonly log: Logger;
  /** A path as messages show it. */
  shown(abs: string): string;
  /** Everything the build will write. */
  outputEntries(): OutputEntry[];
}

import type { BuildOptions } from "../config/options.js";
import type { SiteConfig } from "../config/types.js";
import type { BuildEnvironment } from "../config/environment.js";
import type { DiskCache } from "../cache/index.js";
import type { Dependencies } from "../deps.js";
import type { Logger } from "../log.js";
import type { Collection } from "../model/collection.js";
import type { Converter } from "../model/converters.js";
import type { Convertible } from "../model/convertible.js";
import type { Document } from "../model/document.js";
import type { Layout } from "../model/layout.js";
import type { Page } from "../model/page.js";
import type { StaticFile } from "../model/static-file.js";

/** The item hooks rendering runs (a subset of the plugin stage's HookName). */
export type RenderHookName = `${"pages" | "documents"}:${"preRender" | "postConvert" | "postRender"}`;

/** The hooks rendering runs (the plugin stage's HookTable, seen from here by name). */
export interface RenderHooks {
  has(name: RenderHookName): boolean;
  run(
    name: RenderHookName,
    args: { site: unknown; item?: Page | Document; payload?: Record<string, unknown> },
  ): Promise<void>;
}

/** What rendering reads of the site (what was read and generated, the finished config) and the few things it adds. */
export interface RenderSite {
  readonly source: string;
  readonly config: SiteConfig;
  readonly options: Readonly<BuildOptions>;
  readonly env: BuildEnvironment;
  readonly time: Date;
  readonly themeRoot?: string;
  readonly includeDirs: string[];
  readonly permalinkStyle: string;
  readonly mdExts: Set<string>;
  readonly converters: readonly Converter[];
  readonly layouts: ReadonlyMap<string, Layout>;
  readonly pages: readonly Page[];
  readonly staticFiles: readonly StaticFile[];
  readonly collections: ReadonlyMap<string, Collection>;
  readonly data: Record<string, unknown>;
  readonly cache: DiskCache;
  readonly deps: Dependencies;
  readonly log: Logger;
  readonly hooks: RenderHooks;
  /** Filters and tags plugins registered, installed once the Liquid engine exists. */
  readonly pendingFilters: ReadonlyArray<[string, (...args: any[]) => unknown]>;
  readonly pendingTags: ReadonlyArray<[string, unknown]>;
  /** Files written beside rendered ones (source maps): destination path → content. */
  readonly extraOutputs: Map<string, { content: string | Uint8Array; from: string }>;
  /** A path as messages show it. */
  shown(abs: string): string;
  /** Absolute path of a source-relative path. */
  sourcePath(rel: string): string;
  /** `{% post_url %}` and `{% link %}` lookups. */
  postUrl(name: string): string | undefined;
  linkUrl(path: string): string | undefined;
  /** The pages Sass converts, and a head start for their compiles. */
  stylesheets(): Page[];
  warmSassFor(stylesheets: readonly Page[]): void;
  /** A layout an item names that does not exist (Jekyll warns). */
  reportMissingLayout(name: string, item: Convertible): void;
  /** A Liquid tag nothing registered: true when it is tolerated (warned once, renders nothing). */
  tolerateUnknownTag(name: string, file: string, line: number): boolean;
}

import type { Page } from "../model/page.js";
import type { Document } from "../model/document.js";
import type { StaticFile } from "../model/static-file.js";
import type { Collection } from "../model/collection.js";
import type { Layout } from "../model/layout.js";
import type { SiteConfig } from "../config/types.js";
import type { BuildOptions, Logger } from "../config/options.js";
import type { BuildEnvironment } from "../config/environment.js";
import type { DiskCache } from "../cache/index.js";
import type { Converter } from "../model/converters.js";
import type { Renderer } from "../render/renderer.js";

export type { Converter } from "../model/converters.js";

/** Hook owners and events, as Jekyll's hook table (owner × event); an unknown name is a type error. */
export type SiteEvent = "afterInit" | "postRead" | "preRender" | "postRender" | "postWrite";
export type ItemEvent = "postInit" | "preRender" | "postConvert" | "postRender" | "postWrite";
export type HookName = `site:${SiteEvent}` | `pages:${ItemEvent}` | `documents:${ItemEvent}`;

/**
 * The site as plugins see it: what was read and what the build knows (Jekyll's `site` in a Ruby plugin).
 * Pages, documents and data may be changed by generators and hooks; the pipeline's machinery is not here.
 */
export interface PluginSite {
  /** Absolute source folder. */
  readonly source: string;
  /** Absolute destination folder. */
  readonly destination: string;
  /** The merged configuration (`_config.yml`, theme defaults, command-line overrides). */
  readonly config: SiteConfig;
  /** What the caller asked of this build (flags). */
  readonly options: Readonly<BuildOptions>;
  /** The build time (`site.time`). */
  readonly time: Date;
  /** The build's mode (`jekyll.environment`), clock and asset host. */
  readonly env: BuildEnvironment;
  /** The config's `permalink` style, for pages a plugin makes. */
  readonly permalinkStyle: string;
  readonly pages: Page[];
  readonly staticFiles: StaticFile[];
  readonly collections: ReadonlyMap<string, Collection>;
  readonly layouts: Map<string, Layout>;
  /** `site.data`: `_data` files, plus what generators add. */
  readonly data: Record<string, unknown>;
  /** Messages with Jekyll's topic prefixes; warnings are counted. */
  readonly log: Logger;
  /** The build cache (`.lectern-cache`). */
  readonly cache: DiskCache;
  /** The renderer, once rendering starts (`site:preRender` and later). */
  readonly renderer: Renderer;
  /** The built-in or named theme's folder, when the site uses one. */
  readonly themeRoot?: string;
  /** Files written beside rendered ones (source maps, standalone pages): destination path → content. */
  readonly extraOutputs: Map<string, { content: string | Uint8Array; from: string }>;
  /** Absolute path of a source-relative path. */
  sourcePath(rel: string): string;
  /** A problem Jekyll tolerates: warned and counted; `--strict` makes the build fail before writing. */
  tolerated(topic: string, message: string): void;
}

/** What each hook receives. */
export interface HookArgs {
  site: PluginSite;
  /** For item hooks: the page or document. */
  item?: Page | Document;
  /** For preRender hooks: the Liquid payload, which the hook may extend. */
  payload?: Record<string, unknown>;
}

export type Hook = (args: HookArgs) => void | Promise<void>;

/** A page a generator adds; rendered like any other (Liquid, then Markdown when `path` ends in .md, then layouts). */
export interface GeneratedPage {
  /** Source-relative path it stands for (used in messages and for front-matter defaults). */
  path: string;
  /** Output URL; a trailing slash writes index.html. */
  url: string;
  frontMatter: Record<string, unknown>;
  content: string;
  /** Skip Liquid for content that must be copied as is. */
  renderWithLiquid?: boolean;
}

/** The site as a generator sees it. */
export interface GeneratorSite {
  site: PluginSite;
  config: Record<string, unknown>;
  data: Record<string, unknown>;
  addPage(page: GeneratedPage): Page;
  /** Adds a file written as is (a PDF, a script): `url` is its path in the site, `from` the source it is made from. */
  addFile(url: string, content: string | Uint8Array, from: string): void;
  /** The documents of a collection, with their computed URL and data. */
  documents(collection: string): Array<{ relativePath: string; url: string; data: Record<string, unknown> }>;
}

/** Jekyll's generator priorities, highest first. */
export type GeneratorPriority = "highest" | "high" | "normal" | "low" | "lowest";

/** A Liquid filter: `this` is liquidjs' filter context; the first argument is the input, then the filter's arguments. */
export type FilterFunction = (...args: any[]) => unknown;

/** The API every plugin (built-in, a site's `_plugins/*.js`, or `BuildOptions.plugins`) gets. */
export interface PluginApi {
  site: PluginSite;
  config: Record<string, unknown>;
  source: string;
  /** Runs `fn` at a point of the build (Jekyll's `Jekyll::Hooks.register owner, event`). */
  hook(name: HookName, fn: Hook): void;
  /**
   * Runs after reading, before rendering (Jekyll's generators): by priority (Jekyll's `priority :lowest` etc.,
   * default "normal"), then in registration order.
   */
  generator(fn: (site: GeneratorSite) => void | Promise<void>, priority?: GeneratorPriority): void;
  /** Adds a Liquid filter (Jekyll's `Liquid::Template.register_filter`); a later one of the same name wins. */
  registerFilter(name: string, fn: FilterFunction): void;
  /** Registers a liquidjs tag implementation (see liquidjs' TagImplOptions). */
  registerTag(name: string, impl: unknown): void;
  /** Adds a converter (Jekyll's `Converter`): it takes the extensions it names before Markdown and Sass do. */
  registerConverter(converter: Converter): void;
  warn(message: string, file?: string, line?: number): void;
}

/** A plugin: named as in `plugins:` (e.g. "jekyll-sitemap"); `setup` runs once per build after config is read. */
export interface Plugin {
  name: string;
  setup(api: PluginApi): void | Promise<void>;
}

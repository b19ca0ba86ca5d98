import type { Site } from "../site.js";
import type { Page } from "../model/page.js";
import type { Document } from "../model/document.js";

/** Hook owners and events, as Jekyll's hook table (owner × event); an unknown name is a type error. */
export type SiteEvent = "afterInit" | "postRead" | "preRender" | "postRender" | "postWrite";
export type ItemEvent = "postInit" | "preRender" | "postConvert" | "postRender" | "postWrite";
export type HookName = `site:${SiteEvent}` | `pages:${ItemEvent}` | `documents:${ItemEvent}`;

/** What each hook receives. */
export interface HookArgs {
  site: Site;
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
  site: Site;
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

/** The API every plugin (built-in or the user's) gets. */
export interface PluginApi {
  site: Site;
  config: Record<string, unknown>;
  source: string;
  hook(name: HookName, fn: Hook): void;
  /**
   * Runs after reading, before rendering (Jekyll's generators): by priority (Jekyll's `priority :lowest` etc.,
   * default "normal"), then in registration order.
   */
  generator(fn: (site: GeneratorSite) => void | Promise<void>, priority?: GeneratorPriority): void;
  registerFilter(name: string, fn: (...args: any[]) => unknown): void;
  /** Registers a liquidjs tag implementation (see liquidjs' TagImplOptions). */
  registerTag(name: string, impl: unknown): void;
  warn(message: string, file?: string, line?: number): void;
}

/** A plugin: named as in `plugins:` (e.g. "jekyll-sitemap"); `setup` runs once per build after config is read. */
export interface Plugin {
  name: string;
  setup(api: PluginApi): void | Promise<void>;
}

import { resolve, join, relative, sep } from "node:path";
import { countPages } from "./write/page-count.js";
import { existsSync, realpathSync } from "node:fs";
import type { BuildOptions, BuildResult } from "./config/options.js";
import type { SiteConfig } from "./config/types.js";
import { loadConfig } from "./config/load.js";
import { buildEnvironment, type BuildEnvironment } from "./config/environment.js";
import { EntryFilter } from "./read/entry-filter.js";
import { FrontMatterDefaults } from "./read/defaults.js";
import { Reader } from "./read/reader.js";
import { markdownExts, converterFor } from "./model/converters.js";
import { Renderer } from "./render/renderer.js";
import { planOutputs, type OutputEntry } from "./write/plan.js";
import { writeAtomically } from "./write/writer.js";
import { runHints } from "./hints/index.js";
import { HookTable } from "./plugins/hooks.js";
import { loadPlugins, runGenerators } from "./plugins/registry.js";
import { themeFor, themeDefaults } from "./theme/resolve.js";
import { Dependencies } from "./deps.js";
import { siteCache, type DiskCache } from "./cache/index.js";
import { sassCacheOf } from "./render/sass/cache.js";
import { ConsoleLogger, CountingLogger } from "./log.js";
import { LecternError, formatError } from "./errors/index.js";
import type { Page } from "./model/page.js";
import type { StaticFile } from "./model/static-file.js";
import type { Collection } from "./model/collection.js";
import type { Layout } from "./model/layout.js";
import type { Convertible } from "./model/convertible.js";
import type { GeneratorSite, PluginSite } from "./plugins/types.js";
import type { Converter } from "./model/converters.js";
import { allDocuments } from "./model/items.js";

/** One site and one build: `process()` runs Jekyll's pipeline (reset → read → generate → render → check → write). */
export class Site implements PluginSite {
  readonly source: string;
  readonly destination: string;
  readonly tempDestination?: string;
  config!: SiteConfig;
  configFiles: string[] = [];
  time!: Date;
  /** Mode, clock and asset host, read once per build. */
  env!: BuildEnvironment;
  log: CountingLogger;
  filter!: EntryFilter;
  defaults!: FrontMatterDefaults;
  mdExts!: Set<string>;
  permalinkStyle = "date";
  timezone: string | null = null;
  themeRoot?: string;
  includeDirs: string[] = [];
  layouts = new Map<string, Layout>();
  pages: Page[] = [];
  staticFiles: StaticFile[] = [];
  collections = new Map<string, Collection>();
  data: Record<string, unknown> = {};
  /** Files generated beside rendered ones (source maps, plugin files): destination path → content. */
  extraOutputs = new Map<string, { content: string | Uint8Array; from: string }>();
  hooks = new HookTable();
  generators: Array<(s: GeneratorSite) => void | Promise<void>> = [];
  deps = new Dependencies();
  /** Filters and tags plugins registered before the Liquid engine exists. */
  pendingFilters: Array<[string, (...args: any[]) => unknown]> = [];
  pendingTags: Array<[string, unknown]> = [];
  /** Converters plugins registered (tried before Markdown and Sass). */
  converters: Converter[] = [];
  /** Plugins the site declares that Lectern has no built-in for (gem names, `_plugins/x.rb`). */
  missingPlugins: string[] = [];
  renderer!: Renderer;
  /** The build cache (`.lectern-cache`, Jekyll's `.jekyll-cache`). */
  cache!: DiskCache;
  private strictProblems = 0;

  constructor(readonly options: BuildOptions = {}) {
    this.source = resolve(options.source ?? ".");
    this.destination = resolve(options.destination ?? join(this.source, "_site"));
    this.log = new CountingLogger(options.logger ?? new ConsoleLogger(options.quiet, options.verbose));
  }

  /** Reads the configuration and sets up everything derived from it. */
  setup(): void {
    if (!existsSync(this.source))
      throw new LecternError(`source folder '${this.source}' does not exist`, { topic: "Config" });
    this.checkDestination();
    const { config, files } = loadConfig(this.source, this.options);
    this.config = config;
    this.configFiles = files;
    config.source = this.source;
    config.destination = this.destination;
    this.env = buildEnvironment(this.options);
    this.time = this.env.time;
    this.timezone = typeof config.timezone === "string" && config.timezone ? config.timezone : null;
    this.permalinkStyle = String(config.permalink ?? "date");
    this.mdExts = markdownExts(config);
    if (this.options.disableDiskCache) config["disable_disk_cache"] = true;
    this.cache = siteCache(this.source, config, false, (m) => this.log.debug("Cache:", m));
    // The cache folder is never read as site content (a dot folder already is not; `cache_dir` may name another).
    const cacheRel = this.cache.dir ? relative(this.source, this.cache.dir).split(sep).join("/") : undefined;
    this.filter = new EntryFilter(
      this.source,
      config.include,
      cacheRel ? [...config.exclude, cacheRel] : config.exclude,
    );
    this.themeRoot = themeFor(this);
    // The site's own `defaults:` replace the theme's. (Jekyll 4.3 never reads a gem theme's `defaults`, a key
    // of Configuration::DEFAULTS; Lectern's theme brings its own only to a site that sets none.)
    const ownDefaults = Array.isArray(config.defaults) && config.defaults.length > 0;
    if (this.themeRoot && !ownDefaults) config.defaults = themeDefaults(this.themeRoot, this.source);
    this.defaults = new FrontMatterDefaults(config.defaults, this.source, config.collections_dir, (m) =>
      this.log.warn("Defaults:", m),
    );
    this.includeDirs = [
      join(this.source, String(config.includes_dir ?? "_includes")),
      ...(this.themeRoot ? [join(this.themeRoot, "_includes")] : []),
    ];
  }

  /** Refuses a destination that is the source or contains it (Jekyll would wipe the source). */
  private checkDestination(): void {
    const src = realOrSelf(this.source),
      dest = realOrSelf(this.destination);
    if (src === dest || src.startsWith(dest + sep)) {
      throw new LecternError(
        `destination '${this.destination}' is or contains the source '${this.source}'; refusing to overwrite the site's own files`,
        { topic: "Config" },
      );
    }
  }

  /** Absolute collections path (source + collections_dir). */
  get collectionsPath(): string {
    return join(this.source, this.config.collections_dir || "");
  }

  /** A path as shown in messages: relative to the source when inside it. */
  shown(abs: string): string {
    const rel = relative(this.source, abs);
    return rel.startsWith("..") ? abs : rel.split(sep).join("/");
  }

  /** Absolute path of a source-relative path. */
  sourcePath(rel: string): string {
    return join(this.source, rel);
  }

  /** Runs the whole build. */
  async process(): Promise<BuildResult> {
    const started = performance.now();
    const stages: BuildResult["stages"] = [];
    let last = started;
    const timed = async <T>(stage: string, run: () => T | Promise<T>): Promise<T> => {
      const value = await run();
      const now = performance.now();
      stages.push([stage, now - last]);
      last = now;
      return value;
    };
    await timed("reset", () => this.reset());
    await timed("read", () => this.read());
    await timed("generate", () => this.generate());
    await timed("render", () => this.render());
    await timed("hints", () => runHints(this));
    const written = await timed("write", () => this.write());
    this.cache.prune();
    return {
      ...written,
      destination: this.destination,
      warnings: this.log.warnings,
      ms: performance.now() - started,
      stages,
      templates: this.renderer?.profile?.table(),
    };
  }

  /** Loads the configuration and plugins; forgets everything read before. */
  async reset(): Promise<void> {
    this.layouts = new Map();
    this.pages = [];
    this.staticFiles = [];
    this.collections = new Map();
    this.data = {};
    this.extraOutputs = new Map();
    this.hooks = new HookTable();
    this.generators = [];
    this.pendingFilters = [];
    this.pendingTags = [];
    this.converters = [];
    this.missingPlugins = [];
    this.unknownTags.clear();
    this.strictProblems = 0;
    this.setup();
    await loadPlugins(this);
    await this.hooks.run("site:afterInit", { site: this });
  }

  /** Reads layouts, pages, static files, data and collections. */
  async read(): Promise<void> {
    new Reader(this).read();
    // Stylesheets compile on the Sass worker: start it now (unless all are cached), so it loads while generators run.
    this.warmSassFor(this.stylesheets());
    await this.hooks.run("site:postRead", { site: this });
  }

  /** The pages Sass converts (`.scss`, `.sass`). */
  stylesheets(): Page[] {
    return this.pages.filter((p) => {
      const kind = converterFor(p.ext, this.mdExts);
      return kind === "scss" || kind === "sass";
    });
  }

  /** Starts the Sass worker for these stylesheets unless every one's last compile is cached and still valid. */
  warmSassFor(stylesheets: readonly Page[]): void {
    sassCacheOf(this.cache).warmUnlessCached(stylesheets.map((p) => p.absPath || this.sourcePath(p.relativePath)));
  }

  /** Runs the generators (plugins that add pages or data). */
  async generate(): Promise<void> {
    await runGenerators(this);
  }

  /** Renders every document and page. */
  async render(): Promise<void> {
    this.renderer = new Renderer(this);
    await this.hooks.run("site:preRender", { site: this, payload: this.renderer.payload.siteView() });
    await this.renderer.renderAll();
    await this.hooks.run("site:postRender", { site: this });
  }

  /** Checks the outputs (collisions, escapes, --strict) and swaps them into the destination. */
  async write(): Promise<{ pages: number; files: number }> {
    const { outputs, collisions, escapes } = planOutputs(this.outputEntries(), this.destination);
    for (const e of escapes)
      this.tolerated(
        "Permalink:",
        `${e.from}: output path '${e.destRel}' would leave the destination; written as '${e.written}' inside it, as Jekyll does.`,
      );
    for (const c of collisions) {
      this.tolerated(
        "Conflict:",
        `The following destination is shared by multiple files.\n                    The written file may end up with unexpected contents.\n                    ${join(this.destination, c.destRel)}\n${c.sources.map((s) => `                     - ${s}`).join("\n")}`,
      );
    }
    if (this.options.strict && this.strictProblems > 0) {
      throw new LecternError(
        `${this.strictProblems} problem(s) reported above; --strict makes them fatal, so nothing was written`,
        { topic: "Build" },
      );
    }
    await writeAtomically(this.destination, outputs.values(), this.config.keep_files);
    await this.hooks.run("site:postWrite", { site: this });
    const pages = countPages(outputs.keys());
    return { pages, files: outputs.size - pages };
  }

  /** Everything to write, in Jekyll's write order (pages, static files, documents): the last writer of a path wins. */
  outputEntries(): OutputEntry[] {
    const entries: OutputEntry[] = [];
    const rendered = (item: Convertible) =>
      entries.push({ destRel: item.destRel, from: item.relativePath, content: item.output ?? item.content });
    for (const p of this.pages) rendered(p);
    for (const f of this.staticFiles)
      if (f.write) entries.push({ destRel: f.destRel, from: f.relativePath.replace(/^\//, ""), copyFrom: f.absPath });
    for (const d of allDocuments(this.collections)) if (d.write) rendered(d);
    for (const [destRel, e] of this.extraOutputs) entries.push({ destRel, from: e.from, content: e.content });
    return entries;
  }

  /** `{% post_url %}`: the URL of the post whose file name (without extension) matches. */
  postUrl(name: string): string | undefined {
    const posts = this.collections.get("posts")?.docs ?? [];
    const wanted = name.trim();
    const hit = posts.find(
      (d) =>
        d.relativePath.replace(/^.*_posts\//, "").replace(/\.[^.]*$/, "") === wanted ||
        d.cleanedRelativePath.replace(/^\//, "") === wanted,
    );
    return hit?.url;
  }

  /** `{% link %}`: the URL of a page, document or static file by source-relative path. */
  linkUrl(path: string): string | undefined {
    const p = path.trim().replace(/^\//, "");
    for (const page of this.pages) if (page.relativePath === p) return page.url;
    for (const d of allDocuments(this.collections))
      if (d.relativePath === p || join(this.config.collections_dir || "", d.relativePath) === p) return d.url;
    for (const f of this.staticFiles) if (f.relativePath === "/" + p) return f.url;
    return undefined;
  }

  /** Jekyll warns about bad front matter and builds on; `--strict` makes it fatal. */
  reportFrontMatter(err: LecternError): void {
    this.tolerated("Front matter:", formatError(err).replace(/^(YAML|Front matter): /, ""));
  }

  /** Jekyll warns about a missing layout and renders without it. */
  reportMissingLayout(name: string, item: Convertible): void {
    this.tolerated("Build Warning:", `Layout '${name}' requested in ${item.relativePath} does not exist.`);
  }

  /**
   * A Liquid tag nothing registered: when the site declares plugins Lectern lacks, it is probably theirs, so it is
   * warned about once and rendered as a placeholder (true); otherwise Liquid's "Unknown tag" error stands (false).
   */
  tolerateUnknownTag(name: string, file: string, line: number): boolean {
    if (!this.missingPlugins.length) return false;
    if (!this.unknownTags.has(name)) {
      this.unknownTags.add(name);
      this.tolerated(
        "Liquid Warning:",
        `unknown tag '${name}' in ${file}:${line}, probably from a plugin Lectern lacks (${this.missingPlugins.join(", ")}); it renders nothing`,
      );
    }
    return true;
  }
  private readonly unknownTags = new Set<string>();

  /** A problem Jekyll tolerates: warned and counted; with --strict the build fails before writing. */
  tolerated(topic: string, message: string): void {
    this.strictProblems++;
    this.log.warn(topic, message);
  }
}

function realOrSelf(p: string): string {
  try {
    return realpathSync(p);
  } catch {
    return p;
  }
}

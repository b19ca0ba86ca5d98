import { isAbsolute, relative, sep } from "node:path";
import type { RenderSite } from "./render-site.js";
import type { Convertible } from "../model/convertible.js";
import { Document } from "../model/document.js";
import { Page } from "../model/page.js";
import { Payload } from "./payload.js";
import { converterFor, pluginConverterFor } from "../model/converters.js";
import { extractExcerpt } from "./excerpt.js";
import { compileSass, sassOptionsFromConfig, type SassOptions } from "./sass/compile.js";
import { sassCacheOf } from "./sass/cache.js";
import { ConversionStore, hashOf, lecternVersion } from "../cache/index.js";
import { createJekyllLiquid, codeFigure, linenosTable, type JekyllLiquid } from "./liquid/index.js";
import { highlightSpan } from "./markdown/highlight/index.js";
import { renderMarkdown, markdownOptionsFromConfig } from "./markdown/index.js";
import { latexTextToMarkdown } from "./markdown/latex-text.js";
import { LecternError } from "../errors/index.js";
import type { Layout } from "../model/layout.js";
import { deepMerge } from "../util/merge.js";
import { compressLayout, compressHtml } from "./layout/compress.js";
import { MarkdownAhead, AHEAD_MIN_CHARS } from "./parallel/markdown-ahead.js";
import { TemplateProfile } from "./profile.js";
import { renderOrder } from "../model/items.js";
import { derivedPage } from "../read/items.js";

type Scope = Record<string, unknown>;

/** Markdown conversion depends only on the text and the site's options: texts up to this size are remembered. */
const MEMO_MAX_CHARS = 4096;
const MEMO_MAX_ENTRIES = 20_000;

/** Renders documents and pages as Jekyll's Renderer: Liquid, then the converter, then the layout chain. */
export class Renderer {
  readonly liquid: JekyllLiquid;
  readonly payload: Payload;
  private readonly mdOptions: ReturnType<typeof markdownOptionsFromConfig>;
  /** `markdown_latex_text: true` (Lectern's own, off by default): \textbf, \emph and author stars in Markdown. */
  private readonly latexText: boolean;
  private sassOptions?: SassOptions;
  private readonly excerpts = new Map<Document, string>();
  /** Short Markdown already converted (`markdownify` of the same titles and excerpts on every page of a list). */
  private readonly converted = new Map<string, string>();
  /** Markdown converted by earlier builds (the build cache). */
  private readonly mdStore?: ConversionStore;
  /** Bodies being converted on another core while `renderAll` runs. */
  private ahead?: MarkdownAhead;
  /** Each stylesheet page's source map page (jekyll-sass-converter's SourceMapPage). */
  private readonly sourceMapPages = new Map<Page, Page>();
  /** Liquid time per template, when the build runs with `--profile`. */
  readonly profile?: TemplateProfile;

  constructor(private readonly site: RenderSite) {
    this.mdOptions = markdownOptionsFromConfig(site.config);
    this.latexText = site.config["markdown_latex_text"] === true;
    if (site.cache.enabled)
      this.mdStore = new ConversionStore(
        site.cache,
        "markdown",
        hashOf("markdown", lecternVersion(), JSON.stringify(this.mdOptions)),
      );
    this.payload = new Payload(site, (d) => this.excerptOf(d));
    if (site.options.profile)
      this.profile = new TemplateProfile((f) =>
        site.themeRoot && isAbsolute(f) && f.startsWith(site.themeRoot + sep)
          ? `(theme) ${relative(site.themeRoot, f).split(sep).join("/")}`
          : isAbsolute(f)
            ? site.shown(f)
            : f,
      );
    this.liquid = createJekyllLiquid({
      profile: this.profile,
      source: site.source,
      includeDirs: site.includeDirs,
      config: site.config,
      markdownify: (t) => this.markdown(t),
      postUrl: (name) => site.postUrl(name),
      linkUrl: (path) => site.linkUrl(path),
      onDependency: (f) => site.deps.used(f),
      warn: (m, file, line) =>
        site.log.warn("Liquid Warning:", `${m}${file ? ` in ${file}${line ? `:${line}` : ""}` : ""}`),
      now: () => site.time,
      unknownTag: (name, file, line) => site.tolerateUnknownTag(name, file, line),
      highlight: (code, lang, linenos) => {
        const spans = highlightSpan({ ...this.mdOptions, syntax_highlighter: "rouge" }, code, lang);
        return spans === null ? undefined : codeFigure(linenos ? linenosTable(spans) : spans, lang);
      },
    });
    for (const [name, fn] of site.pendingFilters)
      this.liquid.registerFilter(name, fn as Parameters<JekyllLiquid["registerFilter"]>[1]);
    for (const [name, impl] of site.pendingTags)
      this.liquid.registerTag(name, impl as Parameters<JekyllLiquid["registerTag"]>[1]);
  }

  /** Markdown to HTML with the site's kramdown options. */
  markdown(text: string): string {
    if (this.latexText) text = latexTextToMarkdown(text);
    const known = this.converted.get(text);
    if (known !== undefined) return known;
    let html = this.mdStore?.get(text);
    if (html === undefined) {
      html = this.ahead?.take(text) ?? renderMarkdown(text, this.mdOptions);
      this.mdStore?.set(text, html);
    }
    if (text.length <= MEMO_MAX_CHARS) {
      if (this.converted.size >= MEMO_MAX_ENTRIES) this.converted.clear();
      this.converted.set(text, html);
    }
    return html;
  }

  /** Renders every document (collection order), then every page, running the item hooks. */
  async renderAll(): Promise<void> {
    const site = this.site;
    // Stylesheets go first: their compile runs on the Sass worker's core while the other pages render.
    const stylesheets = site.stylesheets();
    site.warmSassFor(stylesheets);
    const compiling = new Map(
      stylesheets.map((p) => [
        p,
        this.renderItem(p).then(
          () => undefined,
          (e: unknown) => ({ failed: e }),
        ),
      ]),
    );
    this.ahead = this.markdownAhead();
    try {
      for (const item of renderOrder(site)) {
        const compiled = item instanceof Page ? compiling.get(item) : undefined;
        if (!compiled) {
          await this.renderItem(item);
          continue;
        }
        const p = item as Page;
        // A stylesheet's source map joins site.pages once it is converted: pages after it in order see it, as in Jekyll.
        const result = await compiled;
        if (result) throw result.failed;
        const map = this.sourceMapPages.get(p);
        if (map) this.payload.addPage(map);
      }
    } finally {
      this.ahead?.dispose();
      this.ahead = undefined;
      this.mdStore?.save();
      const failed = (await Promise.all(compiling.values())).find((r) => r !== undefined);
      // biome-ignore lint/correctness/noUnsafeFinally: a failed conversion started ahead is the build's error, after cleanup
      if (failed) throw failed.failed;
    }
  }

  /** Starts converting, in render order, the Markdown bodies without Liquid (their HTML cannot depend on anything else); none for a small site. */
  private markdownAhead(): MarkdownAhead | undefined {
    const texts: string[] = [];
    let chars = 0;
    const add = (item: Convertible) => {
      if (
        converterFor(item.ext, this.site.mdExts, this.site.converters) !== "markdown" ||
        item.renderWithLiquid ||
        this.mdStore?.has(item.content)
      )
        return;
      texts.push(item.content);
      chars += item.content.length;
    };
    for (const item of renderOrder(this.site)) add(item);
    return chars >= AHEAD_MIN_CHARS ? new MarkdownAhead(texts, this.mdOptions) : undefined;
  }

  /** Renders one page or document into `output`. */
  async renderItem(item: Convertible): Promise<void> {
    const site = this.site;
    const owner = item instanceof Document ? "documents" : "pages";
    site.deps.begin(item.relativePath);
    try {
      const scope = this.scopeFor(item);
      if (site.hooks.has(`${owner}:preRender`))
        await site.hooks.run(`${owner}:preRender`, { site, item: item as Page | Document, payload: scope });
      let output = item.content;
      if (item.renderWithLiquid)
        output = this.renderLiquid(output, scope, item.relativePath, item.lineOffset, item.fileSource);
      const converted = this.convert(item, output);
      output = typeof converted === "string" ? converted : await converted;
      item.content = output;
      if (site.hooks.has(`${owner}:postConvert`))
        await site.hooks.run(`${owner}:postConvert`, { site, item: item as Page | Document });
      output = item.content;
      if (item.placeInLayout) output = this.placeInLayouts(item, output, scope);
      item.output = output;
      if (site.hooks.has(`${owner}:postRender`))
        await site.hooks.run(`${owner}:postRender`, { site, item: item as Page | Document });
    } finally {
      site.deps.end();
    }
  }

  private scopeFor(item: Convertible): Scope {
    const siteView = this.payload.siteView();
    const page = item instanceof Document ? this.payload.doc(item) : this.payload.page(item as Page, item.content);
    const scope: Scope = {
      site: siteView,
      page,
      layout: {},
      content: undefined,
      paginator: item instanceof Page ? item.paginator : null,
      jekyll: this.payload.jekyllView(),
      highlighter_prefix: "",
      highlighter_suffix: "",
    };
    if (item instanceof Document && item.collection.label === "posts") {
      const posts = item.collection.docs;
      const recent = posts
        .slice(-11)
        .reverse()
        .filter((p) => p !== item)
        .slice(0, 10);
      scope["site"] = Object.create(siteView, {
        related_posts: { value: recent.map((p) => this.payload.doc(p)), enumerable: true },
      });
    }
    const layout = this.site.layouts.get(String(item.data["layout"]));
    if (layout) scope["layout"] = layout.data;
    return scope;
  }

  /** Parses (cached) and renders a template; errors name the file. */
  renderLiquid(text: string, scope: Scope, file: string, lineOffset = 0, fileSource?: string): string {
    const ctx = { file, lineOffset, fileSource };
    if (!this.profile) return this.liquid.render(this.liquid.parse(text, ctx), scope, ctx);
    const started = performance.now();
    const html = this.liquid.render(this.liquid.parse(text, ctx), scope, ctx);
    this.profile.record(file, performance.now() - started, html.length);
    return html;
  }

  private convert(item: Convertible, text: string): string | Promise<string> {
    const kind = converterFor(item.ext, this.site.mdExts, this.site.converters);
    if (kind === "plugin") return pluginConverterFor(item.ext, this.site.converters)!.convert(text, item);
    if (kind === "markdown") return this.markdown(text);
    if (kind === "scss" || kind === "sass") {
      this.sassOptions ??= sassOptionsFromConfig(this.site.config, this.site.source, this.site.themeRoot);
      return compileSass(
        text,
        kind === "sass" ? "indented" : "scss",
        item.absPath || this.site.sourcePath(item.relativePath),
        item.relativePath,
        this.site.source,
        this.sassOptions,
        item.lineOffset,
        item.fileSource,
        sassCacheOf(this.site.cache),
      ).then(({ css, map }) => {
        if (!map) return css;
        const mapRel = item.destRel + ".map";
        this.site.extraOutputs.set(mapRel, { content: map, from: item.relativePath });
        if (item instanceof Page) this.sourceMapPages.set(item, sourceMapPage(item, map, this.site.permalinkStyle));
        return `${css}\n\n/*# sourceMappingURL=${mapRel.split("/").pop()} */`;
      });
    }
    return text;
  }

  private placeInLayouts(item: Convertible, content: string, scope: Scope): string {
    const site = this.site;
    const requested = item.data["layout"];
    let layout: Layout | undefined = site.layouts.get(String(requested));
    if (requested !== undefined && requested !== null && !layout) {
      site.reportMissingLayout(String(requested), item);
      return content;
    }
    const used = new Set<Layout>();
    let output = content;
    let layoutData: Record<string, unknown> = {};
    while (layout) {
      used.add(layout);
      site.deps.used(layout.absPath);
      layoutData = deepMerge(layout.data, layoutData);
      scope["content"] = output;
      scope["layout"] = layoutData;
      try {
        // jekyll-compress-html runs natively (same output) when the layout is that exact release.
        const compress = compressLayout(layout.content);
        const compressed = compress
          ? compressHtml(compress, output, site.config["compress_html"], site.env.mode)
          : undefined;
        output =
          compressed ??
          this.renderLiquid(layout.content, scope, layout.relativePath, layout.lineOffset, layout.fileSource);
      } catch (e) {
        throw e instanceof LecternError ? e.within(`rendering ${item.relativePath}`) : e;
      }
      const next = site.layouts.get(String(layout.data["layout"]));
      if (!next) break;
      if (used.has(next)) {
        // Jekyll stops silently at a cycle; a cycle is always a mistake, so Lectern names it.
        const chain = [...used, next].map((l) => l.name).join(" → ");
        throw new LecternError(`layout cycle: ${chain}`, {
          topic: "Layout",
          file: layout.relativePath,
          line: 2,
          source: layout.fileSource,
          chain: [`rendering ${item.relativePath}`],
        });
      }
      layout = next;
    }
    return output;
  }

  /** Adds to `site.pages` what rendering `item` produced (its source map page), as `renderAll` does once it converts. */
  publishAdded(item: Convertible): void {
    const map = item instanceof Page ? this.sourceMapPages.get(item) : undefined;
    if (map) this.payload.addPage(map);
  }

  /** Forgets a document's rendered excerpt (all of them without `doc`), after its body or an include changed. */
  forgetExcerpt(doc?: Document): void {
    if (doc) this.excerpts.delete(doc);
    else this.excerpts.clear();
  }

  /** A document's excerpt, rendered once on first use (Jekyll renders excerpts lazily). */
  excerptOf(doc: Document): string {
    const hit = this.excerpts.get(doc);
    if (hit !== undefined) return hit;
    const separator = String(doc.data["excerpt_separator"] ?? this.site.config.excerpt_separator ?? "");
    if (!separator) return "";
    this.excerpts.set(doc, "");
    const raw = extractExcerpt(doc.rawContent ?? "", separator);
    let out = raw;
    if (doc.data["render_with_liquid"] !== false && (raw.includes("{{") || raw.includes("{%"))) {
      const drop = { ...this.payload.doc(doc), excerpt: null };
      out = this.renderLiquid(
        raw,
        {
          site: this.payload.siteView(),
          page: drop,
          layout: {},
          paginator: null,
          jekyll: this.payload.jekyllView(),
          highlighter_prefix: "",
          highlighter_suffix: "",
        },
        `${doc.relativePath}#excerpt`,
        doc.lineOffset,
        doc.fileSource,
      );
    }
    out = converterFor(doc.ext, this.site.mdExts) === "markdown" ? this.markdown(out) : out;
    this.excerpts.set(doc, out);
    return out;
  }
}

/** jekyll-sass-converter's SourceMapPage: the stylesheet's data, named `BASENAME.css.map`, content the map. */
function sourceMapPage(css: Page, map: string, permalinkStyle: string): Page {
  return derivedPage(css, new Page(css.dir, css.basename + ".css.map", permalinkStyle), {
    content: map,
    outputExt: ".map",
    copyData: false,
    sameFile: false,
  });
}

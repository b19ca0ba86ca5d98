/** What the site gives the Liquid engine: folders, configuration and the site's lookups. */
export interface LiquidHost {
  /** Absolute site source folder (for include_relative). */
  source: string;
  /** Absolute include folders in lookup order: the site's `_includes` (config `includes_dir`), then the theme's. */
  includeDirs: string[];
  /** The merged site configuration (url, baseurl, timezone, ...). */
  config: Record<string, unknown>;
  /** Converts Markdown to HTML (markdownify filter). */
  markdownify(text: string): string;
  /** Highlights code for `{% highlight lang [linenos] %}`; returns Jekyll's complete HTML, or undefined for our plain wrapper. */
  highlight?(code: string, lang: string, linenos: boolean): string | undefined;
  /** URL of a post for `{% post_url 2020-01-01-name %}`, undefined if none (then it's an error as in Jekyll). */
  postUrl(name: string): string | undefined;
  /** URL of the page/document/static file at a source-relative path for `{% link path %}`. */
  linkUrl(path: string): string | undefined;
  /** Notified of every file a render read (includes), for incremental rebuilds. Optional. */
  onDependency?(absPath: string): void;
  /** Warnings (e.g. unknown filter in lax mode): file, line, message. Optional. */
  warn?(message: string, file?: string, line?: number): void;
  /** Whether a tag nothing registered is tolerated (rendered as a placeholder) rather than an error. Optional. */
  unknownTag?(name: string, file: string, line: number): boolean;
  /** When set (`--profile`), every include's render time is added to it. */
  profile?: import("../profile.js").TemplateProfile;
  /** The build's clock for `"now"` dates; defaults to SOURCE_DATE_EPOCH, else the real time. */
  now?(): Date;
}

/** Where a template comes from, for error messages. */
export interface RenderContext {
  /** Source-relative path of the file the template came from, for errors: `_layouts/single.html`. */
  file: string;
  /** Lines before the template body in the file (front matter), added to error line numbers. */
  lineOffset?: number;
  /** Full text of the file, for the code frame. */
  fileSource?: string;
}

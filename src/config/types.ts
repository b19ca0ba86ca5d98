/** The merged site configuration; known keys typed, everything else passed through to Liquid as `site.*`. */
export interface SiteConfig extends Record<string, unknown> {
  source: string;
  destination: string;
  collections_dir: string;
  layouts_dir: string;
  data_dir: string;
  includes_dir: string;
  collections: Record<string, Record<string, unknown>>;
  safe: boolean;
  include: string[];
  exclude: string[];
  keep_files: string[];
  markdown_ext: string;
  show_drafts: boolean | null;
  future: boolean;
  unpublished: boolean;
  plugins: string[];
  excerpt_separator: string;
  baseurl: string | null;
  permalink: string;
  timezone: string | null;
  defaults: unknown[];
}

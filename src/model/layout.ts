/** A layout from `_layouts` (the site's or the theme's). */
export interface Layout {
  /** Name used in front matter (`single`, `archive`...): path below `_layouts` without extension. */
  name: string;
  /** Absolute path. */
  absPath: string;
  /** Path shown in messages, e.g. `_layouts/single.html`. */
  relativePath: string;
  data: Record<string, unknown>;
  content: string;
  lineOffset: number;
  fileSource: string;
}

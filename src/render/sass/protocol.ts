/** Messages between the renderer and the Sass worker thread (plain data: they are structured-cloned). */

/** One compile: the source text and the options jekyll-sass-converter would pass. */
export interface SassRequest {
  id: number;
  text: string;
  syntax: "scss" | "indented";
  style: "expanded" | "compressed";
  loadPaths: string[];
  sourceMap: boolean;
  /** `file://` URL of the file being compiled. */
  url: string;
}

/** What the worker receives: a compile, or the request to stop its compiler and end. */
export type SassMessage = SassRequest | { dispose: true };

/** A failed compile, as much of Sass's exception as the error message needs. */
export interface SassFailure {
  message: string;
  sassMessage?: string;
  /** Where Sass stopped: file URL (absent for the compiled text itself), 0-based line and column. */
  span?: { url?: string; line: number; column: number };
}

/** The answer to one request: CSS and its source map, or the failure. */
export interface SassReply {
  id: number;
  css?: string;
  sourceMap?: { sources: string[]; file?: string; [key: string]: unknown };
  /** `file://` URLs of every file the compile loaded (Sass's `loadedUrls`), for the build cache. */
  loadedUrls?: string[];
  error?: SassFailure;
}

import type { Liquid, Template } from "liquidjs";
import type { LiquidHost } from "./host.js";

/** A parsed file and what error messages need from it. */
export interface ParsedFile {
  templates: Template[];
  /** Source-relative (or absolute, outside the source) path, as errors name it. */
  file: string;
  /** Absolute path on disk. */
  path: string;
  /** The text that was parsed. */
  source: string;
}

/** What Jekyll's tags need from the engine that created them. */
export interface EngineState {
  liquid: Liquid;
  host: LiquidHost;
  /** Parses template text with Jekyll's lax rules; `file` names it in errors. */
  parse(text: string, file: string, lineOffset?: number): Template[];
  /** Reads and parses an include file once (cached by absolute path); undefined when it does not exist. */
  loadFile(absPath: string): ParsedFile | undefined;
  /** The first of `folders` holding `file`, loaded (remembered per folder list and name until the cache is cleared); undefined when none does. */
  findFile(file: string, folders: readonly string[]): ParsedFile | undefined;
  /** Jekyll's `relative_url` with this site's baseurl. */
  relativeUrl(url: string): string;
}

/** Register names (liquidjs context registers) the Jekyll tags share. */
export const REGISTER_DEPTH = "jekyll:include-depth";
/** The source-relative path of the top-level template being rendered. */
export const REGISTER_FILE = "jekyll:file";

/** A liquidjs tag class (not exported by liquidjs' root module). */
export type TagClass = Liquid["tags"][string];
/** What `registerTag` accepts: a tag class or liquidjs' options object. */
export type TagImpl = Parameters<Liquid["registerTag"]>[1];

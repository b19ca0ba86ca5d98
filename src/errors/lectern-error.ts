/** Where in a source file something went wrong (1-based line and column, in the file as it is on disk). */
export interface SourceLocation {
  /** Path relative to the site source (e.g. `_pages/about.md`), or absolute when outside it. */
  file: string;
  line?: number;
  column?: number;
}

/** Topics prefix every console line, as Jekyll's logger does ("Liquid Exception:", "Sass:"...). */
export type ErrorTopic =
  | "Config"
  | "YAML"
  | "Data"
  | "Front matter"
  | "Liquid"
  | "Markdown"
  | "Sass"
  | "Layout"
  | "Include"
  | "Permalink"
  | "Conflict"
  | "Write"
  | "Plugin"
  | "Serve"
  | "BibTeX"
  | "Build";

export interface LecternErrorOptions extends Partial<SourceLocation> {
  topic: ErrorTopic;
  /** The file's text, used to print a code frame around `line`. */
  source?: string;
  /** Templates the error passed through, innermost first: "in _includes/a.html, included from _layouts/single.html". */
  chain?: string[];
  cause?: unknown;
}

/** An error a user can act on: it names file, line and column, shows the code, and is printed once. */
export class LecternError extends Error {
  readonly topic: ErrorTopic;
  readonly file?: string;
  readonly line?: number;
  readonly column?: number;
  readonly source?: string;
  readonly chain: string[];

  constructor(message: string, options: LecternErrorOptions) {
    super(message, options.cause === undefined ? undefined : { cause: options.cause });
    this.name = "LecternError";
    this.topic = options.topic;
    this.file = options.file;
    this.line = options.line;
    this.column = options.column;
    this.source = options.source;
    this.chain = options.chain ?? [];
  }

  /** A copy with an extra outer link in the include/layout chain. */
  within(link: string): LecternError {
    return new LecternError(this.message, {
      ...this,
      topic: this.topic,
      chain: [...this.chain, link],
      cause: this.cause,
    });
  }
}

/** True for any error that already carries a user-facing location. */
export function isLecternError(e: unknown): e is LecternError {
  return e instanceof LecternError;
}

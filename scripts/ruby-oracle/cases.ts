/**
 * The differential harness's inputs and answers: one case per line, the same JSON for Ruby
 * (scripts/ruby-oracle/oracle.rb) and Lectern (lectern-side.ts); answers are values with Ruby's types explicit.
 */

/** One input: what to load, parse or render, and how. */
export type Case =
  | { id: string; kind: "yaml"; text: string }
  | { id: string; kind: "front"; text: string }
  | { id: string; kind: "data"; text: string; ext: string }
  | { id: string; kind: "slugify"; text: string; mode: string | null; cased: boolean }
  | { id: string; kind: "date"; text: string; tz: string | null }
  | {
      id: string;
      kind: "liquid";
      template: string;
      /** Site folder (config, _includes); null for a blank site. */
      site: string | null;
      /** The page's front matter (YAML), loaded as `page`. */
      page?: string;
      /** Variables loaded from data text: name → [extension, text]. */
      vars?: Record<string, [string, string]>;
      tz: string | null;
    };

/**
 * A value as the oracle writes it: JSON scalars for nil, booleans and strings; tagged objects for
 * Integer (`$int`), Float (`$float`, Ruby's to_s), Symbol, Time (`$time` with offset, `utc`), Date,
 * Hash (`$map`: ordered pairs, keys encoded too), errors (`$error`: class name and message).
 */
export type Encoded =
  | null
  | boolean
  | string
  | Encoded[]
  | { $int: string }
  | { $float: string }
  | { $sym: string }
  | { $time: string; utc: boolean }
  | { $date: string }
  | { $map: [Encoded, Encoded][] }
  | { $error: string; message?: string }
  | { $binary: string }
  | { $other: string; s: string };

/** One answer line. */
export interface Answer {
  id: string;
  out: Encoded;
}

/** Parses a JSON-lines file's text. */
export function readJsonLines<T>(text: string): T[] {
  return text
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l) as T);
}

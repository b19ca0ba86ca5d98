import { parseDocument, isMap, isSeq, YAMLParseError, type ScalarTag } from "yaml";
import { RubyDate } from "../model/ruby-date.js";
import { LecternError } from "../errors/index.js";
import { indentQuotedContinuations } from "./yaml-lenient.js";

/** YAML 1.1 timestamps as Ruby's Psych reads them: date-only → RubyDate, date-time → Date. */
const timestamp: ScalarTag = {
  tag: "tag:yaml.org,2002:timestamp",
  default: true,
  test: /^(?:(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:t|T|[ \t]+)(\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?[ \t]*(Z|[-+]\d{1,2}(?::?\d{2})?)?)?)$/,
  resolve(str: string) {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:t|T|[ \t]+)(\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?[ \t]*(Z|[-+]\d{1,2}(?::?\d{2})?)?)?$/.exec(str)!;
    const [, y, mo, d, h, mi, s, frac, tz] = m;
    if (h === undefined) {
      if (mo!.length !== 2 || d!.length !== 2) return str; // Psych needs YYYY-MM-DD for a Date
      return new RubyDate(+y!, +mo!, +d!);
    }
    const ms = Date.UTC(+y!, +mo! - 1, +d!, +h, +mi!, +s!, frac ? Math.round(parseFloat(frac) * 1000) : 0);
    // Psych: no zone reads the wall time as UTC and shows it in the local zone; `Z` gives a UTC
    // Time; an offset gives a Time fixed at that offset (marked for Liquid's Ruby Time#to_s).
    if (!tz) return new Date(ms);
    if (tz === "Z") return markZone(new Date(ms), "UTC");
    const t = /([-+])(\d{1,2}):?(\d{2})?/.exec(tz)!;
    const off = (+t[2]! * 60 + +(t[3] ?? 0)) * (t[1] === "-" ? -1 : 1);
    return markZone(new Date(ms - off * 60_000), off);
  },
  stringify: ({ value }) => (value instanceof Date ? value.toISOString() : String(value)),
};

/** The mark Liquid reads for a Time with its own zone (see withFixedZone in render/liquid/time.ts). */
const RUBY_ZONE = Symbol.for("lectern.rubyZone");

function markZone(date: Date, zone: number | "UTC"): Date {
  (date as Date & { [RUBY_ZONE]?: number | "UTC" })[RUBY_ZONE] = zone;
  return date;
}

/** Psych's booleans: yes/no, true/false, on/off in any case; `y` and `n` stay strings. */
const bool: ScalarTag = {
  tag: "tag:yaml.org,2002:bool",
  default: true,
  test: /^(?:[Yy]es|YES|[Nn]o|NO|[Tt]rue|TRUE|[Ff]alse|FALSE|[Oo]n|ON|[Oo]ff|OFF)$/,
  resolve: (str: string) => /^(?:yes|true|on)$/i.test(str),
  stringify: ({ value }) => (value ? "true" : "false"),
};

const OPTIONS = { version: "1.1" as const, merge: true, customTags: (tags: unknown[]) => [bool, ...(tags as ScalarTag[]).filter((t) => t.tag !== "tag:yaml.org,2002:timestamp" && t.tag !== "tag:yaml.org,2002:bool"), timestamp], uniqueKeys: false, maxAliasCount: -1 };

/** Parses YAML as Jekyll (Psych) does; throws LecternError (topic YAML) with file and line on bad input. */
export function parseYaml(text: string, file: string, lineOffset = 0, fileSource?: string): unknown {
  const bad = NOT_PRINTABLE.exec(text);
  if (bad) throw controlCharacterError(text, bad.index, file, lineOffset, fileSource ?? text);
  let doc = parseDocument(text, { ...OPTIONS, prettyErrors: true, keepSourceTokens: false, strict: false, logLevel: "error" });
  if (doc.errors.length) {
    // Accept what libyaml accepts before reporting the error.
    const lenient = indentQuotedContinuations(text);
    if (lenient !== text) {
      const retry = parseDocument(lenient, { ...OPTIONS, prettyErrors: true, keepSourceTokens: false, strict: false, logLevel: "error" });
      if (!retry.errors.length) doc = retry;
    }
  }
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    throw yamlError(err, file, lineOffset, fileSource ?? text, lineOffset > 0);
  }
  let value: unknown;
  try {
    value = doc.toJS({ maxAliasCount: -1 });
  } catch (e) {
    throw resolveError(e, text, file, lineOffset, fileSource ?? text);
  }
  return value === undefined ? null : value;
}

/** Errors found while building values (an unknown alias, a merge of a non-mapping), at the line that asks for it. */
function resolveError(e: unknown, text: string, file: string, lineOffset: number, source: string): LecternError {
  const message = e instanceof Error ? e.message : String(e);
  const alias = /Unresolved alias.*: (.+)$/.exec(message)?.[1];
  const at = alias !== undefined ? text.search(new RegExp(`\\*${alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![^\\s,\\]}])`)) : /merge/i.test(message) ? text.search(/<<\s*:/) : -1;
  const before = at >= 0 ? text.slice(0, at) : "";
  const line = at >= 0 ? before.split("\n").length + lineOffset : undefined;
  const column = at >= 0 ? at - before.lastIndexOf("\n") : undefined;
  const what = alias !== undefined ? `unknown alias '${alias}' (an anchor &${alias} must come before it)` : message;
  return new LecternError(`${lineOffset > 0 ? "invalid front matter: " : ""}${what}`, { topic: "YAML", file, line, column, source, cause: e });
}

function yamlError(err: YAMLParseError, file: string, lineOffset: number, source: string, inFrontMatter: boolean): LecternError {
  const pos = err.linePos?.[0];
  const message = err.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  return new LecternError(`${inFrontMatter ? "invalid front matter: " : ""}${message}`, {
    topic: "YAML",
    file,
    line: pos ? pos.line + lineOffset : undefined,
    column: pos?.col,
    source,
    cause: err,
  });
}

/** Characters libyaml refuses anywhere in a stream (YAML 1.1 "printable" is everything else). */
const NOT_PRINTABLE = /[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Psych's "control characters are not allowed", at the character's line and column. */
function controlCharacterError(text: string, index: number, file: string, lineOffset: number, source: string): LecternError {
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  const column = index - before.lastIndexOf("\n");
  const code = text.codePointAt(index)!.toString(16).toUpperCase().padStart(4, "0");
  return new LecternError(`${lineOffset > 0 ? "invalid front matter: " : ""}control characters are not allowed (U+${code})`, { topic: "YAML", file, line: line + lineOffset, column, source });
}

/** True for a YAML mapping result (a plain object). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RubyDate);
}

export { isMap, isSeq };

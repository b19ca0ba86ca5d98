import { Document, parseDocument, isMap, isSeq, type YAMLParseError, type ScalarTag, type Schema } from "yaml";
import { RubyDate } from "./date.js";
import { rubyFloat } from "./float.js";
import { withFixedZone } from "./zone.js";
import { LecternError } from "../errors/index.js";
import { indentQuotedContinuations } from "./yaml-lenient.js";
import { parseSimpleMapping } from "./yaml-simple.js";
import { parseJsonAsYaml } from "./yaml-json.js";
import { utcMs } from "./calendar.js";

/** YAML 1.1 timestamps as Ruby's Psych reads them: date-only → RubyDate, date-time → Date. */
const timestamp: ScalarTag = {
  tag: "tag:yaml.org,2002:timestamp",
  default: true,
  test: /^(?:(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:t|T|[ \t]+)(\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?[ \t]*(Z|[-+]\d{1,2}(?::?\d{2})?)?)?)$/,
  resolve(str: string) {
    const m =
      /^(\d{4})-(\d{1,2})-(\d{1,2})(?:(?:t|T|[ \t]+)(\d{1,2}):(\d{1,2}):(\d{1,2})(\.\d+)?[ \t]*(Z|[-+]\d{1,2}(?::?\d{2})?)?)?$/.exec(
        str,
      )!;
    const [, y, mo, d, h, mi, s, frac, tz] = m;
    if (h === undefined) {
      // Psych reads a one- or two-digit month and day (2020-1-5) as a Date when the day exists.
      const probe = new Date(utcMs(+y!, +mo! - 1, +d!));
      if (!/^(?:1[012]|0\d|\d)$/.test(mo!) || !/^(?:[12]\d|3[01]|0\d|\d)$/.test(d!) || probe.getUTCMonth() !== +mo! - 1)
        return str;
      return new RubyDate(+y!, +mo!, +d!);
    }
    // Psych's Time.utc: a day past the month's end rolls over, but out-of-range fields leave a string.
    if (+mo! < 1 || +mo! > 12 || +d! < 1 || +d! > 31 || +h > 24 || +mi! > 59 || +s! > 60) return str;
    if (+h === 24 && (+mi! > 0 || +s! > 0)) return str;
    const ms = utcMs(+y!, +mo! - 1, +d!, +h, +mi!, +s!, frac ? Math.round(parseFloat(frac) * 1000) : 0);
    // Psych: no zone reads the wall time as UTC and shows it in the local zone; `Z` gives a UTC
    // Time; an offset gives a Time fixed at that offset (marked for Liquid's Ruby Time#to_s).
    if (!tz) return new Date(ms);
    if (tz === "Z") return withFixedZone(new Date(ms), "UTC");
    const t = /([-+])(\d{1,2}):?(\d{2})?/.exec(tz)!;
    const off = (+t[2]! * 60 + +(t[3] ?? 0)) * (t[1] === "-" ? -1 : 1);
    return withFixedZone(new Date(ms - off * 60_000), off);
  },
  stringify: ({ value }) => (value instanceof Date ? value.toISOString() : String(value)),
};

/** Psych's booleans: yes/no, true/false, on/off in any case; `y` and `n` stay strings. */
const bool: ScalarTag = {
  tag: "tag:yaml.org,2002:bool",
  default: true,
  test: /^(?:[Yy]es|YES|[Nn]o|NO|[Tt]rue|TRUE|[Ff]alse|FALSE|[Oo]n|ON|[Oo]ff|OFF)$/,
  resolve: (str: string) => /^(?:yes|true|on)$/i.test(str),
  stringify: ({ value }) => (value ? "true" : "false"),
};

/** Psych's integers (ScalarScanner's legacy form): `_` and `,` separators, 0b/0/0x prefixes, and base-60 `a:b[:c]`. */
const int: ScalarTag = {
  tag: "tag:yaml.org,2002:int",
  default: true,
  test: /^(?:[-+]?0b[0-1_,]+|[-+]?0[0-7_,]+|[-+]?(?:0|[1-9](?:[0-9]|,[0-9]|_[0-9])*)|[-+]?0x[0-9a-fA-F_,]+|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2})$/,
  resolve(str: string) {
    if (str.includes(":")) return sexagesimal(str);
    const sign = str.startsWith("-") ? -1 : 1;
    const body = str.replace(/^[-+]/, "").replace(/[,_]/g, "");
    const n = /^0b/.test(body)
      ? parseInt(body.slice(2), 2)
      : /^0x/.test(body)
        ? parseInt(body.slice(2), 16)
        : /^0\d/.test(body)
          ? parseInt(body.slice(1), 8)
          : parseInt(body, 10);
    return sign * n;
  },
  stringify: ({ value }) => String(value),
};

/** Psych's floats: a dot is required and an exponent needs its sign (`1e3` and `1.5e20` stay strings); base-60 with a fraction. */
const float: ScalarTag = {
  tag: "tag:yaml.org,2002:float",
  default: true,
  test: /^(?:[-+]?(?:[0-9][0-9_,]*)?\.[0-9]*(?:[eE][-+][0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.(?:nan|NaN|NAN)|[-+]?[0-9][0-9_]*(?::[0-5]?[0-9]){1,2}\.[0-9_]*)$/,
  resolve(str: string) {
    if (/^[-+]?\.$/.test(str)) return str;
    if (/^\+?\.inf$/i.test(str)) return Infinity;
    if (/^-\.inf$/i.test(str)) return -Infinity;
    if (/^\.nan$/i.test(str)) return NaN;
    if (str.includes(":")) return rubyFloat(sexagesimal(str));
    return rubyFloat(Number(str.replace(/[,_]/g, "").replace(/\.([Ee]|$)/, "$1")));
  },
  stringify: ({ value }) => String(value),
};

/**
 * Psych reads a plain `:name` as a Ruby Symbol, a class Jekyll's safe_load refuses: the file is an error
 * (front matter is then dropped with a warning, as in Jekyll). Quoted `":name"` stays a string.
 */
const symbol: ScalarTag = {
  tag: "tag:lectern.ruby,2026:symbol",
  default: true,
  test: /^:[\s\S]/,
  resolve(str: string, onError: (message: string) => void) {
    onError(`Tried to load unspecified class: Symbol ("${str}" is a Ruby Symbol; quote it to keep the text)`);
    return str;
  },
  stringify: ({ value }) => String(value),
};

/** Psych's base-60 reading, quirk included: each part is weighed by 60 ** |index - 2| (`1:20` is 4800). */
function sexagesimal(str: string): number {
  const sign = str.startsWith("-") ? -1 : 1;
  let total = 0;
  str
    .replace(/^[-+]/, "")
    .split(":")
    .forEach((part, i) => {
      total += parseFloat(part.replace(/_/g, "")) * 60 ** Math.abs(i - 2);
    });
  return sign * total;
}

const REPLACED = new Set([
  "tag:yaml.org,2002:timestamp",
  "tag:yaml.org,2002:bool",
  "tag:yaml.org,2002:int",
  "tag:yaml.org,2002:float",
]);

const OPTIONS = {
  version: "1.1" as const,
  merge: true,
  customTags: (tags: unknown[]) => [
    bool,
    ...(tags as ScalarTag[]).filter((t) => !REPLACED.has(t.tag)),
    int,
    float,
    timestamp,
    symbol,
  ],
  uniqueKeys: false,
  maxAliasCount: -1,
};

let schema: Schema | undefined;

/** The schema parseYaml's documents use (Psych's scalars over YAML 1.1), made once. */
export function psychSchema(): Schema {
  return (schema ??= new Document(null, OPTIONS).schema);
}

/** Parses YAML as Jekyll (Psych) does; throws LecternError (topic YAML) with file and line on bad input. */
export function parseYaml(text: string, file: string, lineOffset = 0, fileSource?: string): unknown {
  const bad = NOT_PRINTABLE.exec(text);
  if (bad) throw controlCharacterError(text, bad.index, file, lineOffset, fileSource ?? text);
  return (
    parseSimpleMapping(text, psychSchema()) ??
    parseJsonAsYaml(text) ??
    parseYamlFully(text, file, lineOffset, fileSource)
  );
}

/** parseYaml without its fast path for simple `key: value` front matter (tests compare the two). */
export function parseYamlFully(text: string, file: string, lineOffset = 0, fileSource?: string): unknown {
  const bad = NOT_PRINTABLE.exec(text);
  if (bad) throw controlCharacterError(text, bad.index, file, lineOffset, fileSource ?? text);
  let doc = parseDocument(text, {
    ...OPTIONS,
    prettyErrors: true,
    keepSourceTokens: false,
    strict: false,
    logLevel: "error",
  });
  if (doc.errors.length) {
    // Accept what libyaml accepts before reporting the error.
    const lenient = indentQuotedContinuations(text);
    if (lenient !== text) {
      const retry = parseDocument(lenient, {
        ...OPTIONS,
        prettyErrors: true,
        keepSourceTokens: false,
        strict: false,
        logLevel: "error",
      });
      if (!retry.errors.length) doc = retry;
    }
  }
  if (doc.errors.length) {
    const err = doc.errors[0]!;
    throw yamlError(err, file, lineOffset, fileSource ?? text, lineOffset > 0, text);
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
  const at =
    alias !== undefined
      ? text.search(new RegExp(`\\*${alias.replace(/[.*+?^${}()|[\]\\]/g, "\\$&")}(?![^\\s,\\]}])`))
      : /merge/i.test(message)
        ? text.search(/<<\s*:/)
        : -1;
  const before = at >= 0 ? text.slice(0, at) : "";
  const line = at >= 0 ? before.split("\n").length + lineOffset : undefined;
  const column = at >= 0 ? at - before.lastIndexOf("\n") : undefined;
  const what = alias !== undefined ? `unknown alias '${alias}' (an anchor &${alias} must come before it)` : message;
  return new LecternError(`${lineOffset > 0 ? "invalid front matter: " : ""}${what}`, {
    topic: "YAML",
    file,
    line,
    column,
    source,
    cause: e,
  });
}

function yamlError(
  err: YAMLParseError,
  file: string,
  lineOffset: number,
  source: string,
  inFrontMatter: boolean,
  text: string,
): LecternError {
  let pos = err.linePos?.[0];
  let message = err.message.split("\n")[0]!.replace(/ at line \d+, column \d+:?$/, "");
  // An unclosed bracket or quote is found where the text ends or the next key begins; Psych, like a
  // reader, names where it was opened.
  const opener = /flow (sequence|map|collection)|end with a [\]}]|closing .?quote|quoted scalar/i.test(message)
    ? unclosedOpener(text, err.pos[0])
    : undefined;
  if (opener) pos = opener;
  if (/^Maximum call stack size exceeded/.test(message))
    message = "nesting too deep (collections inside collections exhaust the stack)";
  return new LecternError(`${inFrontMatter ? "invalid front matter: " : ""}${message}`, {
    topic: "YAML",
    file,
    line: pos ? pos.line + lineOffset : undefined,
    column: pos?.col,
    source,
    cause: err,
  });
}

/**
 * Line and column (1-based) of the innermost bracket or quote still open at `end`, scanning YAML as a
 * reader would (comments skipped, brackets inside quotes ignored); undefined when none is open.
 */
export function unclosedOpener(text: string, end: number): { line: number; col: number } | undefined {
  const open: number[] = [];
  let quote: number | undefined;
  for (let i = 0; i < Math.min(end, text.length); i++) {
    const ch = text[i]!;
    if (quote !== undefined) {
      const q = text[quote];
      if (q === '"' && ch === "\\") i++;
      else if (ch === q && q === "'" && text[i + 1] === "'") i++;
      else if (ch === q) quote = undefined;
      continue;
    }
    if (ch === "#" && (i === 0 || /\s/.test(text[i - 1]!))) {
      const nl = text.indexOf("\n", i);
      i = nl < 0 ? text.length : nl;
    } else if (ch === "[" || ch === "{") open.push(i);
    else if (ch === "]" || ch === "}") open.pop();
    else if ((ch === '"' || ch === "'") && (i === 0 || /[\s[{,:]/.test(text[i - 1]!))) quote = i;
  }
  const at = quote ?? open.at(-1);
  if (at === undefined) return undefined;
  const before = text.slice(0, at);
  return { line: before.split("\n").length, col: at - before.lastIndexOf("\n") };
}

/** Characters libyaml refuses anywhere in a stream (YAML 1.1 "printable" is everything else). */
const NOT_PRINTABLE = /[^\x09\x0A\x0D\x20-\x7E\x85\xA0-\uD7FF\uE000-\uFFFD\u{10000}-\u{10FFFF}]/u;

/** Psych's "control characters are not allowed", at the character's line and column. */
function controlCharacterError(
  text: string,
  index: number,
  file: string,
  lineOffset: number,
  source: string,
): LecternError {
  const before = text.slice(0, index);
  const line = before.split("\n").length;
  const column = index - before.lastIndexOf("\n");
  const code = text.codePointAt(index)!.toString(16).toUpperCase().padStart(4, "0");
  return new LecternError(
    `${lineOffset > 0 ? "invalid front matter: " : ""}control characters are not allowed (U+${code})`,
    { topic: "YAML", file, line: line + lineOffset, column, source },
  );
}

/** True for a YAML mapping result (a plain object). */
export function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && !Array.isArray(v) && !(v instanceof Date) && !(v instanceof RubyDate);
}

export { isMap, isSeq };

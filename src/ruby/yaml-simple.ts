import { isScalar, type Schema, type ScalarTag } from "yaml";

/**
 * A fast reading of the YAML most front matter is: one mapping of `key: value` lines, each value a
 * plain scalar (continued on indented lines or not), a one-line 'single' or "double" (no escapes) scalar,
 * or a block list of one-line scalars (`- a` lines under `key:`). Anything else (nesting, anchors,
 * tags, block scalars, multi-line quoted scalars, escapes, tabs,
 * duplicate keys) returns undefined and the caller parses with the full parser. Plain values are
 * resolved with the same schema tags the full parser uses (first default tag whose test matches), so
 * both give identical values; a property test (test/ruby/yaml-simple.test.ts) checks that on
 * generated inputs, and it holds for every front matter of the development corpus.
 */
export function parseSimpleMapping(text: string, schema: Schema): Record<string, unknown> | undefined {
  if (UNSUPPORTED.test(text)) return undefined;
  if (text.includes("\r")) {
    if (LONE_CR.test(text)) return undefined;
    text = text.replace(/\r\n/g, "\n");
  }
  const lines = text.split("\n");
  const out: Record<string, unknown> = {};
  let keys = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i]!;
    if (BLANK_OR_COMMENT.test(line)) continue;
    const m = KEY.exec(line);
    if (!m) return undefined;
    const key = m[1]!;
    if (key.length > 128 || key === "__proto__" || Object.hasOwn(out, key)) return undefined;
    if (plainTag(key, schema, true)) return undefined;
    const rest = line.slice(m[0].length);
    let value: unknown;
    if (rest === "" && (value = sequence(lines, i + 1, schema)) !== undefined) {
      if (value === NOT_SIMPLE) return undefined;
      i = (value as Sequence).end - 1;
      value = (value as Sequence).items;
    } else {
      const more = continuation(lines, i + 1);
      value = scalar(rest, schema, more.lines);
      i = more.end - 1;
    }
    if (value === NOT_SIMPLE) return undefined;
    out[key] = value;
    keys++;
  }
  return keys ? out : undefined;
}

interface Sequence {
  items: unknown[];
  /** Index of the first line after the items. */
  end: number;
}

/**
 * The block sequence of one-line scalars below `key:` (`- a` lines, all at one indent, blank and comment
 * lines between them), undefined when none follows, NOT_SIMPLE when it is more than that.
 */
function sequence(lines: string[], from: number, schema: Schema): Sequence | undefined | typeof NOT_SIMPLE {
  const items: unknown[] = [];
  let indent = -1;
  let end = from;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (BLANK_OR_COMMENT.test(line)) continue;
    const m = ITEM.exec(line);
    if (!m || (indent >= 0 && m[1]!.length !== indent)) break;
    indent = m[1]!.length;
    const value = m[2] === "" || m[2]!.startsWith("#") ? NOT_SIMPLE : scalar(m[2]!, schema);
    if (value === NOT_SIMPLE) return NOT_SIMPLE;
    items.push(value);
    end = i + 1;
  }
  return items.length ? { items, end } : undefined;
}

/** Characters the fast path leaves to the full parser: tab, BOM, and YAML 1.1's other line breaks. */
const UNSUPPORTED = /[\t\uFEFF\x85\u2028\u2029]/;
/** A CR that does not end a line (CRLF line ends are read as LF). */
const LONE_CR = /\r(?!\n)/;
/** A sequence item: indent, `- `, the value. */
const ITEM = /^( *)- +(.*)$/;
/** An empty line, spaces only, or a comment starting the line. */
const BLANK_OR_COMMENT = /^(?: *|#.*)$/;
/** A simple key at the start of the line, then `:` and a space or the end. */
const KEY = /^([A-Za-z_][A-Za-z0-9_-]*):(?: +|$)/;
const NOT_SIMPLE = Symbol("not simple");

/**
 * The indented lines after `key: value` that continue a plain value (blank lines between them
 * included, trailing ones not), and the index of the first line after them.
 */
function continuation(lines: string[], from: number): { lines: string[]; end: number } {
  let end = from;
  for (let j = from; j < lines.length; j++) {
    const line = lines[j]!;
    if (/^ +\S/.test(line)) end = j + 1;
    else if (!/^ *$/.test(line)) break;
  }
  return { lines: lines.slice(from, end), end };
}

/** The value after `key: ` (with its continuation lines), or NOT_SIMPLE. */
function scalar(rest: string, schema: Schema, more: string[] = []): unknown {
  const c = rest.charAt(0);
  if (c === "" || c === "#") return more.length ? NOT_SIMPLE : null;
  if (c === "'" || c === '"') return more.length ? NOT_SIMPLE : quoted(rest, c);
  if (BAD_START.includes(c)) return NOT_SIMPLE;
  const hash = rest.indexOf(" #");
  if (hash >= 0 && more.length) return NOT_SIMPLE;
  let plain = (hash >= 0 ? rest.slice(0, hash) : rest).replace(/ +$/, "");
  if (plain.includes(": ") || plain.endsWith(":")) return NOT_SIMPLE;
  if (more.length) {
    const folded = fold(plain, more);
    if (folded === undefined) return NOT_SIMPLE;
    plain = folded;
  }
  if (plain.includes(": ") || plain.endsWith(":")) return NOT_SIMPLE;
  const tag = plainTag(plain, schema, false);
  if (!tag) return plain;
  let failed = false;
  const res: unknown = tag.resolve(plain, () => (failed = true), {});
  if (failed) return NOT_SIMPLE;
  return isScalar(res) ? res.value : res;
}

/**
 * A multi-line plain scalar folded as YAML folds it: line breaks become spaces, each blank line a
 * newline; undefined when a line could be anything else (a comment, an indicator, `key: value`).
 */
function fold(first: string, more: string[]): string | undefined {
  let out = first;
  let sep = " ";
  for (const line of more) {
    const text = line.trim();
    if (text === "") {
      if (sep === "\n") out += sep;
      else sep = "\n";
      continue;
    }
    if (BAD_START.includes(text.charAt(0)) || text.includes(" #") || text.includes(": ") || text.endsWith(":"))
      return undefined;
    out += sep + text;
    sep = " ";
  }
  return out;
}

/** Indicators a one-line plain scalar may not start with here (some are allowed by YAML; the full parser decides those). */
const BAD_START = "-?:,[]{}#&*!|>%@`";

/** A one-line quoted scalar filling the rest of the line (spaces and a comment may follow), or NOT_SIMPLE. */
function quoted(rest: string, q: "'" | '"'): unknown {
  let i = 1;
  let value = "";
  for (;;) {
    const close = rest.indexOf(q, i);
    if (close < 0) return NOT_SIMPLE;
    value += rest.slice(i, close);
    if (q === "'" && rest.charAt(close + 1) === "'") {
      value += "'";
      i = close + 2;
      continue;
    }
    i = close + 1;
    break;
  }
  if (q === '"' && value.includes("\\")) return NOT_SIMPLE;
  return /^(?: *| +#.*)$/.test(rest.slice(i)) ? value : NOT_SIMPLE;
}

/** The schema tag the full parser would pick for a plain scalar (keys may also take `default: "key"` tags). */
function plainTag(value: string, schema: Schema, atKey: boolean): ScalarTag | undefined {
  return schema.tags.find(
    (t) => (t.default === true || (atKey && t.default === "key")) && (t as ScalarTag).test?.test(value),
  ) as ScalarTag | undefined;
}

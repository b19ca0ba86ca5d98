/**
 * A fast reading of JSON data files, which Jekyll reads with its YAML parser (YAML is a superset).
 * JSON.parse gives the same values as the YAML parser for the JSON this accepts: an object or array
 * whose numbers are all integers of up to 15 digits (YAML 1.1 would read `1e5` as a string and `1.0`
 * as a Ruby Float), without tabs, merge keys (`<<`), `__proto__`, and whose keys are what YAML takes
 * as implicit keys (their `:` on the same line, at most 1024 characters), nested at most 100 deep. Anything else, or text JSON.parse rejects, returns undefined and the
 * caller parses with the full YAML parser. A property test (test/ruby/yaml-json.test.ts) compares both.
 */
export function parseJsonAsYaml(text: string): unknown {
  const start = /^[ \n\r]*([[{])/.exec(text);
  if (!start || text.includes("\t") || text.includes("<<") || text.includes("__proto__") || KEY_THEN_BREAK.test(text))
    return undefined;
  TOKENS.lastIndex = 0;
  let depth = 0;
  for (let m = TOKENS.exec(text); m; m = TOKENS.exec(text)) {
    if (m[2] !== undefined) {
      depth += m[2] === "[" || m[2] === "{" ? 1 : -1;
      if (depth > MAX_DEPTH) return undefined;
    } else if (m[1] !== undefined) {
      if (!SAFE_INTEGER.test(m[1])) return undefined;
    } else if (m[0].length > 1000 && /^[ \r\n]*:/.test(text.slice(TOKENS.lastIndex, TOKENS.lastIndex + 64)))
      return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return undefined;
  }
}

/** A key whose `:` is on a later line (a YAML implicit key must end on its own line). */
const KEY_THEN_BREAK = /"[ \r\n]*\n[ \r\n]*:/;
/** A JSON string (skipped whole, escapes included), a number (group 1) or a bracket (group 2). */
const TOKENS = /"(?:[^"\\]|\\[\s\S])*"|(-?\d[\d.eE+-]*)|([[\]{}])/g;
/** Deeper nesting is left to the YAML parser, which reports what it cannot read ("nesting too deep"). */
const MAX_DEPTH = 100;
/** An integer JSON.parse and the YAML int tag both read exactly. */
const SAFE_INTEGER = /^-?(?:0|[1-9]\d{0,14})$/;

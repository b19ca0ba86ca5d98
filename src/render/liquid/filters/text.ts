import type { FilterEnv, FilterTable } from "./env.js";
import { rubyToS, rubyInspect, isHash, HASH_FOR_JSON } from "../../../ruby/value.js";
import { rubyTimeString } from "../../../ruby/zone.js";
import { RubyDate } from "../../../ruby/date.js";
import { RubyFloat } from "../../../ruby/float.js";
import { cgiEscape } from "./strings.js";
import { normalizeUriComponent } from "./urls.js";
import { slugify } from "../../../url/slugify.js";
import { rubyStrip } from "./coerce.js";
import { smartify } from "./smartify.js";
import { memoLongText } from "./memo.js";

/** String#encode(xml: :attr) without the surrounding quotes. */
export function xmlEscape(s: string): string {
  return s
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;")
    .replace(/'/g, "&apos;");
}

/** Ruby's `to_json` of a Liquid value: times as `to_s`, nil as null. */
export function rubyJson(v: unknown, tz: string | undefined): string {
  const path = new Set<unknown>();
  const conv = (x: unknown, depth: number): unknown => {
    if (x === undefined || x === null) return null;
    if (x instanceof Date) return rubyTimeString(x, tz);
    if (x instanceof RubyDate) return x.toString();
    // An integral Float is written as Ruby does (4.0): a marked string, unquoted below.
    if (x instanceof RubyFloat) return `\u0000F${x.toString()}\u0000`;
    if (typeof x !== "object") return x;
    // A drop with its own JSON form (Jekyll's hash_for_json): documents collapse their neighbours from depth 2 on.
    const own = (x as { [HASH_FOR_JSON]?: (depth: number) => Record<string, unknown> })[HASH_FOR_JSON];
    if (typeof own === "function") {
      const hash = own.call(x, depth);
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(hash)) out[k] = conv(hash[k], depth + 1);
      return out;
    }
    // Other values linking back to themselves: a value already being written is not written again.
    if (path.has(x)) return null;
    path.add(x);
    try {
      if (Array.isArray(x)) return x.map((e) => conv(e, depth + 1));
      if (!isHash(x)) return x;
      const out: Record<string, unknown> = {};
      for (const k of Object.keys(x)) out[k] = conv(x[k], depth + 1);
      return out;
    } finally {
      path.delete(x);
    }
  };
  return (JSON.stringify(conv(v, 0)) ?? "null").replace(/"\\u0000F([-+.e0-9]+)\\u0000"/g, "$1");
}

const CJK = /[\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}\p{sc=Hangul}]/gu;
const NON_CJK_WORD = /[^\p{sc=Han}\p{sc=Katakana}\p{sc=Hiragana}\p{sc=Hangul} \t\n\v\f\r]+/gu;

/** Jekyll's text filters: markdownify, smartify, slugify, escapes, jsonify, inspect, word counts. */
export function textFilters(env: FilterEnv): FilterTable {
  const words = memoLongText((s: string) => {
    let n = 0;
    let inWord = false;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      const space = c === 32 || (c >= 9 && c <= 13) || c === 0;
      if (!space && !inWord) n++;
      inWord = !space;
    }
    return n;
  });
  return {
    markdownify: (input) => env.host.markdownify(rubyToS(input)),
    smartify: (input) => smartify(rubyToS(input)),
    slugify: (input, mode) =>
      input === null || input === undefined
        ? input
        : slugify(rubyToS(input), mode === undefined || mode === null ? undefined : rubyToS(mode)),
    xml_escape: (input) => xmlEscape(rubyToS(input)),
    cgi_escape: (input) => cgiEscape(rubyToS(input)),
    uri_escape: (input) => normalizeUriComponent(rubyToS(input)),
    normalize_whitespace: (input) => rubyStrip(rubyToS(input).replace(/[ \t\n\v\f\r]+/g, " ")),
    number_of_words(input, mode) {
      const s = rubyToS(input);
      if (mode === "cjk") return (s.match(CJK)?.length ?? 0) + (s.match(NON_CJK_WORD)?.length ?? 0);
      if (mode === "auto") {
        const cjk = s.match(CJK)?.length ?? 0;
        return cjk === 0 ? words(s) : cjk + (s.match(NON_CJK_WORD)?.length ?? 0);
      }
      return words(s);
    },
    jsonify: (input) => rubyJson(input, env.tz),
    inspect: (input) => xmlEscape(rubyInspect(input, env.tz)),
  };
}

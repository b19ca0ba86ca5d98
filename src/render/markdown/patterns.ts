/**
 * Regular expressions of kramdown's block syntax, translated from Ruby semantics:
 * `^` is a line start (flag m), `\s` is ASCII white space only, `[[:alpha:]]` is Unicode.
 * Patterns named *_RE are sticky (matched at the cursor); others are sources for composition.
 */
export const WS = "[ \\t\\n\\r\\f\\v]";
export const NWS = "[^ \\t\\n\\r\\f\\v]";
/** Ruby's `\Z`: end of text, or just before a final newline. */
export const END_Z = "(?=\\n?(?![\\s\\S]))";
export const OPT_SPACE = " {0,3}";
export const INDENT = "^(?:\\t| {4})";

/**
 * Sticky, multi-line, Unicode regexp from a source string. Ruby's StringScanner matches as if the text
 * began at the cursor, so a `^` there always matches; every other `^` in these line patterns follows a
 * newline. Hence `^` is dropped (patterns needing a mid-text line start spell it `(?<=\n)`).
 */
export const sticky = (src: string): RegExp => new RegExp(dropLineStarts(src), "yu");

/**
 * A regexp where `^` means what it means in Ruby: the start of the text or just after "\n" (JS's m flag
 * would also accept "\r", U+2028 and U+2029).
 */
export function rubyLineRegExp(src: string, flags: string): RegExp {
  return lineRegExps(src, flags).exact;
}

const LINE_SEPARATORS = /[\r\u2028\u2029]/;
/**
 * Both a fast m-flag regexp and the exact Ruby-semantics one for `src`; `pick(text)` returns the fast one
 * unless the text holds a character JS (but not Ruby) treats as a line end.
 */
export function lineRegExps(
  src: string,
  flags: string,
): { exact: RegExp; fast: RegExp; pick: (text: string) => RegExp } {
  const exact = exactLineRegExp(src, flags);
  const fast = new RegExp(src, flags.includes("m") ? flags : flags + "m");
  return { exact, fast, pick: (text) => (LINE_SEPARATORS.test(text) ? exact : fast) };
}

function exactLineRegExp(src: string, flags: string): RegExp {
  return new RegExp(
    rewriteOutsideClasses(src, (c) => (c === "^" ? "(?:(?<![\\s\\S])|(?<=\\n))" : c)),
    flags.replace("m", ""),
  );
}

function dropLineStarts(src: string): string {
  return rewriteOutsideClasses(src, (c) => (c === "^" ? "" : c), { bracketFirstInClass: true });
}

/**
 * Rewrites a regexp source character by character outside character classes (`replace` returns what each
 * character becomes); escapes and classes are copied as they are. `bracketFirstInClass`: a `]` right after
 * `[` or `[^` is a literal inside the class, as in Ruby.
 */
export function rewriteOutsideClasses(
  src: string,
  replace: (c: string) => string,
  opts: { bracketFirstInClass?: boolean } = {},
): string {
  let out = "";
  let inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i]!;
    if (c === "\\") {
      out += c + (src[i + 1] ?? "");
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      out += c;
      continue;
    }
    if (c === "[") {
      inClass = true;
      out += c;
      if (src[i + 1] === "^") {
        out += "^";
        i++;
      }
      if (opts.bracketFirstInClass && src[i + 1] === "]") {
        out += "]";
        i++;
      }
      continue;
    }
    out += replace(c);
  }
  return out;
}
/** Global-search variant (for scanning forward). */
export const search = (src: string): RegExp => new RegExp(src, "mgu");

const ALPHA = "\\p{L}\\p{M}";
const ALNUM = "\\p{L}\\p{M}\\p{Nd}";
export const UNAME = `(?:[${ALPHA}_][\\-${ALNUM}._]*:)?[${ALPHA}_][\\-${ALNUM}._]*`;

export const BLANK_LINE = "(?:[ \\t\\r\\f\\v]*\\n)+";
export const EOB_MARKER = "^\\^[ \\t\\r\\f\\v]*\\n";

export const ALD_ID_NAME = "\\w[\\w-]*";
export const ALD_ANY_CHARS = "(?:\\\\\\}|[^\\}])";
export const IAL_BLOCK = `\\{:(?!:|\\/)(${ALD_ANY_CHARS}+)\\}[ \\t\\r\\f\\v]*\\n`;
export const IAL_BLOCK_START = `^${OPT_SPACE}${IAL_BLOCK}`;
export const ALD_START = `^${OPT_SPACE}\\{:(${ALD_ID_NAME}):(${ALD_ANY_CHARS}+)\\}[ \\t\\r\\f\\v]*\\n`;
export const EXT_START_STR = `\\{::(\\w+)(?:${WS}(${ALD_ANY_CHARS}*?)|)(\\/)?\\}`;
export const extStopStr = (name: string): string => `\\{:\\/(${name})?\\}`;
export const EXT_BLOCK_START = `^${OPT_SPACE}(?:${EXT_START_STR}|${extStopStr(ALD_ID_NAME)})[ \\t\\r\\f\\v]*\\n`;
export const extBlockStop = (name: string): string => `^${OPT_SPACE}${extStopStr(name)}[ \\t\\r\\f\\v]*\\n`;

/** HTML element names treated as span level. */
export const HTML_SPAN_ELEMENTS = new Set(
  "a abbr acronym b big bdo br button cite code del dfn em i img input ins kbd label mark option q rb rbc rp rt rtc ruby samp select small span strong sub sup tt u var".split(
    " ",
  ),
);
export const HTML_BLOCK_ELEMENTS = new Set(
  "address article aside applet body blockquote caption col colgroup dd div dl dt fieldset figcaption footer form h1 h2 h3 h4 h5 h6 header hgroup hr html head iframe legend menu li main map nav ol optgroup p pre section summary table tbody td th thead tfoot tr ul".split(
    " ",
  ),
);
export const HTML_ELEMENTS_WITHOUT_BODY = new Set(
  "area base br col command embed hr img input keygen link meta param source track wbr".split(" "),
);
const MODEL_BLOCK =
  "address applet article aside blockquote body dd details div dl fieldset figure figcaption footer form header hgroup iframe li main map menu nav noscript object section summary td".split(
    " ",
  );
const MODEL_SPAN =
  "a abbr acronym b bdo big button cite caption del dfn dt em h1 h2 h3 h4 h5 h6 i ins label legend optgroup p q rb rbc rp rt rtc ruby select small span strong sub sup th tt".split(
    " ",
  );
const MODEL_RAW = "script style math option textarea pre code kbd samp var".split(" ");
const MODEL = new Map<string, "block" | "span" | "raw">();
for (const n of MODEL_BLOCK) MODEL.set(n, "block");
for (const n of MODEL_SPAN) MODEL.set(n, "span");
for (const n of MODEL_RAW) MODEL.set(n, "raw");
/** kramdown's content model of an HTML element (raw when unknown). */
export const contentModel = (name: string): "block" | "span" | "raw" => MODEL.get(name) ?? "raw";
const KNOWN = new Set([...HTML_SPAN_ELEMENTS, ...HTML_BLOCK_ELEMENTS, ...HTML_ELEMENTS_WITHOUT_BODY, ...MODEL.keys()]);
/** True for element names kramdown knows (their names are lower-cased). */
export const isKnownElement = (name: string): boolean => KNOWN.has(name);

const LAZY_SPAN = [...HTML_SPAN_ELEMENTS, "script"].join("|");
export const LAZY_END_HTML_START = `<(?!(?:${LAZY_SPAN})\\b)${UNAME}`;
export const LAZY_END_HTML_STOP = `<\\/(?!(?:${LAZY_SPAN})\\b)${UNAME}${WS}*>`;
export const LAZY_END = `${BLANK_LINE}|${IAL_BLOCK_START}|${EOB_MARKER}|^${OPT_SPACE}${LAZY_END_HTML_STOP}|^${OPT_SPACE}${LAZY_END_HTML_START}|(?![\\s\\S])|(?=\\n(?![\\s\\S]))`;

export const PATTERN_TAIL = "[\\t| ][^\\n]*\\n";
export const LIST_START_UL = `^(${OPT_SPACE}[+*\\-])(${PATTERN_TAIL})`;
export const LIST_START_OL = `^(${OPT_SPACE}\\d+\\.)(${PATTERN_TAIL})`;
export const LIST_START = `${LIST_START_UL}|${LIST_START_OL}`;
export const DEFINITION_LIST_START = `^(${OPT_SPACE}:)(${PATTERN_TAIL})`;
export const BLOCKQUOTE_START = `^${OPT_SPACE}> ?`;
export const ATX_HEADER_START_GFM = "^(#{1,6})[\\t ]+([^\\n]*)\\n";
export const ATX_HEADER_START_KD = "^(#{1,6})[\\t ]*([^ \\t][^\\n]*)\\n";
export const FENCED_START_GFM = "^ {0,3}[~`]{3,}";
export const FENCED_START_KD = "^~{3,}";
export const HR_START = `^${OPT_SPACE}([*\\-_])[ \\t]*\\1[ \\t]*\\1(?:\\1|[ \\t])*\\n`;

export const PARAGRAPH_END_KD = `${LAZY_END}|${DEFINITION_LIST_START}`;
export const PARAGRAPH_END_GFM = `${LAZY_END}|${LIST_START}|${ATX_HEADER_START_GFM}|${DEFINITION_LIST_START}|${BLOCKQUOTE_START}|${FENCED_START_GFM}`;

export const CODEBLOCK_MATCH = `(?:(?:${BLANK_LINE})?(?:${INDENT}[ \\t]*${NWS}[^\\n]*\\n)+(?:(?!${IAL_BLOCK_START}|${EOB_MARKER}|^${OPT_SPACE}${LAZY_END_HTML_STOP}|^${OPT_SPACE}${LAZY_END_HTML_START})^[ \\t]*${NWS}[^\\n]*\\n)*)*`;

export const HTML_TAG = `<(${UNAME})${WS}*((?:${WS}+${UNAME}(?:${WS}*=${WS}*(?:[\\p{L}\\p{M}\\p{Nd}\\p{Pc}]+|(?:"[^"]*"|'[^']*')()))?)*)${WS}*(\\/)?>`;
export const HTML_TAG_CLOSE = `<\\/(${UNAME})${WS}*>`;
export const HTML_COMMENT = "<!--([\\s\\S]*?)-->";
export const HTML_INSTRUCTION = "<\\?([\\s\\S]*?)\\?>";
export const HTML_ATTRIBUTE = `${WS}*(${UNAME})(?:${WS}*=${WS}*(?:([\\p{L}\\p{M}\\p{Nd}\\p{Pc}]+)|"([^"]*)"|'([^']*)'))?`;
export const HTML_ENTITY = "&([\\w:][\\-\\w.:]*);|&#(\\d+);|&#x([0-9a-fA-F]+);";

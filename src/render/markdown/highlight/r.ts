import { RegexLexer, rule, words } from "./engine.js";

const KEYWORDS = words("if else for while repeat in next break function");
const KEYWORD_CONSTANTS = words("NULL Inf TRUE FALSE NaN NA NA_integer_ NA_real_ NA_complex_ NA_character_");
const BUILTIN_CONSTANTS = words("LETTERS letters month.abb month.name pi T F");
const PRIMITIVES =
  `abs acos acosh all any anyNA Arg as.call as.character as.complex as.double as.environment as.integer as.logical
  as.null.default as.numeric as.raw asin asinh atan atanh attr attributes baseenv browser c call ceiling class Conj cos cosh
  cospi cummax cummin cumprod cumsum digamma dim dimnames emptyenv exp expression floor forceAndCall gamma gc.time
  globalenv Im interactive invisible is.array is.atomic is.call is.character is.complex is.double is.environment is.expression
  is.finite is.function is.infinite is.integer is.language is.list is.logical is.matrix is.na is.name is.nan is.null
  is.numeric is.object is.pairlist is.raw is.recursive is.single is.symbol lazyLoadDBfetch length lgamma list log max min
  missing Mod names nargs nzchar oldClass on.exit pos.to.env proc.time prod quote range Re rep retracemem return round
  seq_along seq_len seq.int sign signif sin sinh sinpi sqrt standardGeneric substitute sum switch tan tanh tanpi tracemem
  trigamma trunc unclass untracemem UseMethod xtfrm`
    .trim()
    .split(/\s+/)
    .map((w) => w.replace(/\./g, "\\."))
    .join("|");

/** Rouge's R lexer. */
export const r: RegexLexer = new RegexLexer({
  root: [
    rule(/#'.*?$/, "cd"),
    rule(/#.*?$/, "c1"),
    rule(/\s+/, "w"),
    rule(/`[^`]+?`/, "n"),
    rule(/'(\\.|.)*?'/s, "s1"),
    rule(/"(\\.|.)*?"/s, "s2"),
    rule(/%[^%]*?%/, "o"),
    rule(/0[xX][a-fA-F0-9]+([pP][0-9]+)?[Li]?/, "mh"),
    rule(/[+-]?(\d+([.]\d+)?|[.]\d+)([eE][+-]?\d+)?[Li]?/, "m"),
    rule(new RegExp(`(?=\\w)(${PRIMITIVES})(?=\\()`), "nf"),
    rule(/(?:(?:\p{Alphabetic}|[.][._\p{Alphabetic}])[._\p{Alphabetic}\p{Nd}]*)|[.]/u, (m, lx) => {
      const w = m[0];
      lx.token(KEYWORDS.has(w) ? "k" : KEYWORD_CONSTANTS.has(w) ? "kc" : BUILTIN_CONSTANTS.has(w) ? "nb" : "n", w);
    }),
    rule(/[[\]{}();,]/, "p"),
    rule(/[-<>?*+^/!=~$@:%&|]/, "o"),
  ],
});

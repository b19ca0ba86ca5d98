import { RegexLexer, rule, words } from "./engine.js";
import { STATA_COMMANDS, STATA_FUNCTIONS } from "./stata-words.js";

const COMMANDS = STATA_COMMANDS.split(" ").join("|");
const FUNCTIONS = STATA_FUNCTIONS.split(" ").join("|");
const TYPES = words(
  "byte int long float double str strL numeric string integer scalar matrix local global numlist varlist newlist",
);
const RESERVED = words(
  "if else foreach forv forva forval forvalu forvalue forvalues to while in of continue break nobreak",
);

/** Rouge's Stata lexer. */
export const stata: RegexLexer = new RegexLexer({
  root: [
    rule(/^\s*#.*$/, "cp"),
    rule(/^\*!.*$/, "ch"),
    rule(/^\s*\*.*$/, "c1"),
    // Commands count as keywords only as the first word of a line.
    rule(new RegExp(`^\\s*(${COMMANDS})\\b`), "k"),
    rule(/[ \t]+/, "w"),
    rule(/[\n\r]+/, ""),
    rule(/\/\/.*?$/, "c1"),
    rule(/\/(\\\n)?[*].*?[*](\\\n)?\//s, "cm"),
    rule(/`"(\\.|.)*?"'/, "s2"),
    rule(/"(\\.|.)*?"/, "s2"),
    rule(/`(\\.|.)*?'/, "s2"),
    rule(/(?<!\w)\$\w+/, "s2"),
    rule(/%\S+/, "py"),
    rule(/\bstr(204[0-5]|20[0-3][0-9]|[01][0-9][0-9][0-9]|[0-9][0-9][0-9]|[0-9][0-9]|[1-9])\b/, "kt"),
    rule(new RegExp(`\\b(${FUNCTIONS})(?=\\()`), "nf"),
    rule(/\.\.(?=.*\])/, "o"),
    rule(/[+-]?(\d+([.]\d+)?|[.]\d+)([eE][+-]?\d+)?/, "m"),
    rule(/\b[ICOicoLFDSlfds]\w*\./, "o"),
    rule(/\b[ICOicoLFDSlfds]\w*(?=\(.*\)\.)/, "o"),
    rule(/\w+/, (m, lx) => lx.token(RESERVED.has(m[0]) ? "kr" : TYPES.has(m[0]) ? "kt" : "n", m[0])),
    rule(/[[\]{}();,]/, "p"),
    rule(/[-<>?*+'^/\\!#.=~:&|]/, "o"),
  ],
});

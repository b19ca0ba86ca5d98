import { RegexLexer, rule } from "./engine.js";

/** Rouge's diff / patch lexer. */
export const diff: RegexLexer = new RegexLexer({
  root: [
    rule(/^ .*$\n?/, ""),
    rule(/^---$\n?/, "p"),
    rule(/^[+>]+.*$\n?/, "gi"),
    rule(/^\+.*$\n?/, "gi"),
    rule(/^[-<]+.*$\n?/, "gd"),
    rule(/^!.*$\n?/, "gs"),
    rule(/^([Ii]ndex|diff).*$\n?/, "gh"),
    rule(/^(@@[^@]*@@)([^\n]*\n)/, ["p", ""]),
    rule(/^\w.*$\n?/, "p"),
    rule(/^=.*$\n?/, "gh"),
    rule(/\s.*$\n?/, ""),
  ],
});

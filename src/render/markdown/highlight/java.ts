import { RegexLexer, rule } from "./engine.js";

const KEYWORDS =
  "assert|break|case|catch|continue|default|do|else|finally|for|if|goto|instanceof|new|return|switch|this|throw|try|while";
const DECLARATIONS =
  "abstract|const|enum|extends|final|implements|native|private|protected|public|static|strictfp|super|synchronized|throws|transient|volatile";
const TYPES = "boolean|byte|char|double|float|int|long|short|var|void";
const ID = "[\\p{Alphabetic}_][\\p{Alphabetic}\\p{M}\\p{Nd}\\p{Pc}]*";
const DIGIT = "(?:[0-9]_+[0-9]|[0-9])";

/** Rouge's Java lexer. */
export const java: RegexLexer = new RegexLexer({
  root: [
    rule(/[^\S\n]+/, ""),
    rule(/\/\/.*?$/, "c1"),
    rule(/\/\*.*?\*\//s, "cm"),
    rule(new RegExp(`(?:${KEYWORDS})\\b`), "k"),
    rule(/(\s*(?:[a-zA-Z_][a-zA-Z0-9_.[\]<>]*\s+)+?)([a-zA-Z_][a-zA-Z0-9_]*)(\s*)(\()/, (m, lx) => {
      lx.recurse(m[1]!);
      lx.token("nf", m[2]);
      lx.token("", m[3]);
      lx.token("o", m[4]);
    }),
    rule(new RegExp(`@${ID}`, "u"), "nd"),
    rule(new RegExp(`(?:${DECLARATIONS})\\b`), "kd"),
    rule(new RegExp(`(?:${TYPES})\\b`), "kt"),
    rule(/(?:true|false|null)\b/, "kc"),
    rule(/(?:class|interface)\b/, "kd", "class"),
    rule(/(?:import|package)\b/, "kn", "import"),
    rule(/"(\\\\|\\"|[^"])*"/, "s"),
    rule(/'(?:\\.|[^\\]|\\u[0-9a-f]{4})'/, "sc"),
    rule(new RegExp(`(\\.)(${ID})`, "u"), ["o", "na"]),
    rule(new RegExp(`${ID}:`, "u"), "nl"),
    rule(/\p{Lu}[\p{Lu}\p{Nd}_]*\b/u, "no"),
    rule(/\p{Lu}[\p{Alphabetic}\p{Nd}]*\b/u, "nc"),
    rule(new RegExp(`\\$?${ID}`, "u"), "n"),
    rule(/[~^*!%&[\](){}<>|+=:;,./?-]/, "o"),
    rule(new RegExp(`${DIGIT}+\\.${DIGIT}+([eE]${DIGIT}+)?[fd]?`), "mf"),
    rule(/0b(?:[01]_+[01]|[01])+/i, "mb"),
    rule(/0x(?:[0-9a-f]_+[0-9a-f]|[0-9a-f])+/i, "mh"),
    rule(/0(?:[0-7]_+[0-7]|[0-7])+/, "mo"),
    rule(new RegExp(`${DIGIT}+L?`), "mi"),
    rule(/\n/, ""),
  ],
  class: [rule(/\s+/, ""), rule(new RegExp(ID, "u"), "nc", "#pop")],
  import: [rule(/\s+/, ""), rule(/[a-z0-9_.]+\*?/i, "nn", "#pop")],
});

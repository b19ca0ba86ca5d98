import { RegexLexer, rule, words } from "./engine.js";
import { SQL_KEYWORDS, SQL_TYPES } from "./sql-words.js";

const KEYWORDS = words(SQL_KEYWORDS),
  TYPES = words(SQL_TYPES);

/** Rouge's SQL lexer. */
export const sql: RegexLexer = new RegexLexer({
  root: [
    rule(/\s+/, ""),
    rule(/--.*/, "c1"),
    rule(/\/\*/, "cm", "multiline_comments"),
    rule(/\d+/, "mi"),
    rule(/'/, "s1", "single_string"),
    rule(/"/, "nv", "double_string"),
    rule(/`/, "nv", "backtick"),
    rule(/\w[\w\d]*/, (m, lx) => {
      const up = m[0].toUpperCase();
      lx.token(TYPES.has(up) ? "nb" : KEYWORDS.has(up) ? "k" : "n", m[0]);
    }),
    rule(/[+*/<>=~!@#%&|?^-]/, "o"),
    rule(/[;:()[\]{},.]/, "p"),
  ],
  multiline_comments: [
    rule(/\/[*]/, "cm", "multiline_comments"),
    rule(/[*]\//, "cm", "#pop"),
    rule(/[^/*]+/, "cm"),
    rule(/[/*]/, "cm"),
  ],
  backtick: [rule(/\\./, "se"), rule(/``/, "se"), rule(/`/, "nv", "#pop"), rule(/[^\\`]+/, "nv")],
  single_string: [rule(/\\./, "se"), rule(/''/, "se"), rule(/'/, "s1", "#pop"), rule(/[^\\']+/, "s1")],
  double_string: [rule(/\\./, "se"), rule(/""/, "se"), rule(/"/, "nv", "#pop"), rule(/[^\\"]+/, "nv")],
});

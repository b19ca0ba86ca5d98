import { RegexLexer, rule, words } from "./engine.js";
import { MATLAB_BUILTINS } from "./matlab-words.js";
import { shell } from "./shell.js";

const KEYWORDS =
  words(`arguments break case catch classdef continue else elseif end for function global if import methods otherwise parfor persistent
  properties return spmd switch try while`);
let builtins: Set<string> | undefined;

/** Rouge's MATLAB lexer. */
export const matlab: RegexLexer = new RegexLexer({
  root: [
    rule(/\s+/, ""),
    rule(/[{]%.*?%[}]/s, "cm"),
    rule(/%.*$/, "c1"),
    rule(/([.][.][.])(.*?)$/, ["k", "c"]),
    rule(/^(!)(.*?)(?=%|$)/, (m, lx) => {
      lx.token("k", m[1]);
      lx.delegate(shell, m[2]!);
    }),
    rule(/[a-zA-Z][_a-zA-Z0-9]*/, (m, lx) => {
      builtins ??= words(MATLAB_BUILTINS);
      lx.token(KEYWORDS.has(m[0]) ? "k" : builtins.has(m[0]) ? "nb" : "n", m[0]);
    }),
    rule(/[(){};:,/\\\][]/, "p"),
    rule(/~=|==|<<|>>|[-~+/*%=<>&^|.@]/, "o"),
    rule(/(\d+\.\d*|\d*\.\d+)(e[+-]?[0-9]+)?/i, "mf"),
    rule(/\d+e[+-]?[0-9]+/i, "mf"),
    rule(/\d+L/, "il"),
    rule(/\d+/, "mi"),
    rule(/'(?=(.*'))/, "s1", "chararray"),
    rule(/"(?=(.*"))/, "s2", "string"),
    rule(/'/, "o"),
  ],
  chararray: [rule(/[^']+/, "s1"), rule(/''/, "se"), rule(/'/, "s1", "#pop")],
  string: [rule(/[^"]+/, "s2"), rule(/""/, "se"), rule(/"/, "s2", "#pop")],
});

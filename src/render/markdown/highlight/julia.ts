import { RegexLexer, rule } from "./engine.js";
import { JULIA_BUILTINS, JULIA_KEYWORDS, JULIA_OPERATORS, JULIA_TYPES } from "./julia-words.js";

const NAME = "[\\p{L}\\p{Nl}\\p{S}_][\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\p{S}\\p{Po}!]*";

/** Rouge's Julia lexer. */
export const julia: RegexLexer = new RegexLexer({
  root: [
    rule(/\n/, ""),
    rule(/[^\S\n]+/, ""),
    rule(/#=/, "cm", "blockcomment"),
    rule(/#.*$/, "c"),
    rule(new RegExp(JULIA_OPERATORS), "o"),
    rule(/\\\n/, ""),
    rule(/\\/, ""),
    rule(/(function|macro)((?:\s|\\\s)+)/, (m, lx) => {
      lx.token("k", m[1]);
      lx.token("nf", m[2]);
      lx.push("funcname");
    }),
    rule(/((?:mutable )?struct|(?:abstract|primitive) type)((?:\s|\\\s)+)/, (m, lx) => {
      lx.token("k", m[1]);
      lx.token("nc", m[2]);
      lx.push("typename");
    }),
    rule(new RegExp(JULIA_TYPES), "kt"),
    rule(/(local|global|const)\b/, "kd"),
    rule(new RegExp(JULIA_KEYWORDS), "k"),
    rule(new RegExp(JULIA_BUILTINS), "nb"),
    rule(/`.*?`/, "sb"),
    rule(/'(\\.|\\[0-7]{1,3}|\\x[a-fA-F0-9]{1,3}|\\u[a-fA-F0-9]{1,4}|\\U[a-fA-F0-9]{1,6}|[^\\'\n])'/, "sc"),
    rule(/(?<=[.\w)\]])'+/, "o"),
    rule(/(?:[IL])"/, "s", "string"),
    rule(/[E]?"/, "s", "string"),
    rule(/@[\w.]+/, "nd"),
    rule(/(?:[a-zA-Z_\u00A1-\uffff]|[\u1000-\u10ff])(?:[a-zA-Z_0-9\u00A1-\uffff]|[\u1000-\u10ff])*!*/, "n"),
    rule(/[[\]{}(),;]/, "x"),
    rule(/(\d+(_\d+)+\.\d*|\d*\.\d+(_\d+)+)([eEf][+-]?[0-9]+)?/, "mf"),
    rule(/(\d+\.\d*|\d*\.\d+)([eEf][+-]?[0-9]+)?/, "mf"),
    rule(/\d+(_\d+)+[eEf][+-]?[0-9]+/, "mf"),
    rule(/\d+[eEf][+-]?[0-9]+/, "mf"),
    rule(/0b[01]+(_[01]+)+/, "mb"),
    rule(/0b[01]+/, "mb"),
    rule(/0o[0-7]+(_[0-7]+)+/, "mo"),
    rule(/0o[0-7]+/, "mo"),
    rule(/0x[a-fA-F0-9]+(_[a-fA-F0-9]+)+/, "mh"),
    rule(/0x[a-fA-F0-9]+/, "mh"),
    rule(/\d+(_\d+)+/, "mi"),
    rule(/\d+/, "mi"),
  ],
  funcname: [
    rule(new RegExp(NAME, "u"), "nf", "#pop"),
    rule(/\([^\s\w{]{1,2}\)/, "o", "#pop"),
    rule(/[^\s\w{]{1,2}/, "o", "#pop"),
  ],
  typename: [rule(new RegExp(NAME, "u"), "nc", "#pop")],
  stringescape: [
    rule(/\\([\\abfnrtv"']|\n|N\{.*?\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})/, "se"),
  ],
  blockcomment: [rule(/[^=#]/, "cm"), rule(/#=/, "cm", "blockcomment"), rule(/=#/, "cm", "#pop"), rule(/[=#]/, "cm")],
  string: [
    { mixin: "stringescape" },
    rule(/"/, "s", "#pop"),
    rule(/\\\\|\\"|\\\n/, "se"),
    rule(/\$(\(\w+\))?[-#0 +]*([0-9]+|[*])?(\.([0-9]+|[*]))?/, "si"),
    rule(/[^\\"$]+/, "s"),
    rule(/["\\]/, "s"),
    rule(/\$/, "s"),
  ],
});

import { RegexLexer, rule } from "./engine.js";

/** Rouge's JSON lexer. */
export const json: RegexLexer = new RegexLexer({
  whitespace: [rule(/\s+/, "w")],
  root: [
    { mixin: "whitespace" },
    rule(/\{/, "p", "object"),
    rule(/\[/, "p", "array"),
    { mixin: "name" },
    { mixin: "value" },
    rule(/[\]}]/, "p"),
  ],
  object: [{ mixin: "whitespace" }, { mixin: "name" }, { mixin: "value" }, rule(/\}/, "p", "#pop"), rule(/,/, "p")],
  name: [rule(/("(?:\\.|[^"\\\n])*?")(\s*)(:)/, ["nl", "w", "p"])],
  value: [
    { mixin: "whitespace" },
    { mixin: "constants" },
    rule(/"/, "s2", "string"),
    rule(/\[/, "p", "array"),
    rule(/\{/, "p", "object"),
  ],
  string: [rule(/[^\\"]+/, "s2"), rule(/\\./, "se"), rule(/"/, "s2", "#pop")],
  array: [{ mixin: "value" }, rule(/\]/, "p", "#pop"), rule(/,/, "p")],
  constants: [
    rule(/(?:true|false|null)/, "kc"),
    rule(/-?(?:0|[1-9]\d*)\.\d+(?:e[+-]?\d+)?/i, "mf"),
    rule(/-?(?:0|[1-9]\d*)(?:e[+-]?\d+)?/i, "mi"),
  ],
});

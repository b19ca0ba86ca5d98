import { RegexLexer, rule } from "./engine.js";

/** Rouge's INI lexer. */
export const ini: RegexLexer = new RegexLexer({
  basic: [rule(/[;#].*?\n/, "c"), rule(/\s+/, ""), rule(/\\\n/, "se")],
  root: [
    { mixin: "basic" },
    rule(/([\w\-.]+)(\s*)(=)/, (m, lx) => {
      lx.token("py", m[1]);
      lx.token("", m[2]);
      lx.token("p", m[3]);
      lx.push("value");
    }),
    rule(/\[.*?\]/, "nn"),
  ],
  value: [
    rule(/\n/, "", "#pop"),
    { mixin: "basic" },
    rule(/"/, "s", "dq"),
    rule(/'.*?'/, "s"),
    { mixin: "esc_str" },
    rule(/[^\\\n]+/, "s"),
  ],
  dq: [rule(/"/, "s", "#pop"), { mixin: "esc_str" }, rule(/[^\\"]+/, "s")],
  esc_str: [rule(/\\./s, "se")],
});

const ID = `(?:\\S+|"[^"]+"|'[^']+')`;
/** Rouge's TOML lexer. */
export const toml: RegexLexer = new RegexLexer({
  basic: [
    rule(/\s+/, ""),
    rule(/#.*?$/, "c"),
    rule(/(true|false)/, "kc"),
    rule(new RegExp(`(${ID})(\\s*)(=)(\\s*)(\\{)`), (m, lx) => {
      ["nn", "", "o", "", "p"].forEach((c, i) => lx.token(c, m[i + 1]));
      lx.push("inline");
    }),
    rule(/(?<!=)\s*\[[\S]+\]/, "nn"),
    rule(/\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}Z/, "ld"),
    rule(/[+-]?\d+(?:_\d+)*\.\d+(?:_\d+)*(?:[eE][+-]?\d+(?:_\d+)*)?/, "mf"),
    rule(/[+-]?\d+(?:_\d+)*[eE][+-]?\d+(?:_\d+)*/, "mf"),
    rule(/[+-]?(?:nan|inf)/, "mf"),
    rule(/0x[0-9a-fA-F]+(?:_[0-9a-fA-F]+)*/, "mh"),
    rule(/0o[0-7]+(?:_[0-7]+)*/, "mo"),
    rule(/0b[01]+(?:_[01]+)*/, "mb"),
    rule(/[+-]?\d+(?:_\d+)*/, "mi"),
  ],
  root: [
    { mixin: "basic" },
    rule(new RegExp(`(${ID})(\\s*)(=)`), (m, lx) => {
      ["py", "", "p"].forEach((c, i) => lx.token(c, m[i + 1]));
      lx.push("value");
    }),
  ],
  value: [rule(/\n/, "", "#pop"), { mixin: "content" }],
  content: [
    { mixin: "basic" },
    rule(new RegExp(`(${ID})(\\s*)(=)`), ["py", "", "p"]),
    rule(/"""/, "s", "mdq"),
    rule(/"/, "s", "dq"),
    rule(/'''/, "s", "msq"),
    rule(/'/, "s", "sq"),
    { mixin: "esc_str" },
    rule(/,/, "p"),
    rule(/\[/, "p", "array"),
  ],
  dq: [rule(/"/, "s", "#pop"), rule(/\n/, "err", "#pop"), { mixin: "esc_str" }, rule(/[^\\"\n]+/, "s")],
  mdq: [rule(/"""/, "s", "#pop"), { mixin: "esc_str" }, rule(/[^\\"]+/, "s"), rule(/"+/, "s")],
  sq: [rule(/'/, "s", "#pop"), rule(/\n/, "err", "#pop"), rule(/[^'\n]+/, "s")],
  msq: [rule(/'''/, "s", "#pop"), rule(/[^']+/, "s"), rule(/'+/, "s")],
  esc_str: [rule(/\\[0t\tn\n "\\r]/, "se")],
  array: [{ mixin: "content" }, rule(/\]/, "p", "#pop")],
  inline: [{ mixin: "content" }, rule(/\}/, "p", "#pop")],
});

import { RegexLexer, rule } from "./engine.js";

const RESERVED = new Set(
  "_ case class data default deriving do else if in infix infixl infixr instance let newtype of then type where".split(
    " ",
  ),
);
const ASCII =
  "NUL|SOH|[SE]TX|EOT|ENQ|ACK|BEL|BS|HT|LF|VT|FF|CR|S[OI]|DLE|DC[1-4]|NAK|SYN|ETB|CAN|EM|SUB|ESC|[FGRU]S|SP|DEL";
const OPCH = "[:!#$%&*+.\\\\/<=>?@^|~-]";

/** Rouge's Haskell lexer. */
export const haskell: RegexLexer = new RegexLexer({
  basic: [
    rule(/\s+/, ""),
    rule(/\{-#/, "cp", "comment_preproc"),
    rule(/\{-/, "cm", "comment"),
    rule(/^--\s+\|.*?$/, "cd"),
    rule(/--(?![!#$%&*+./<=>?@^|_~]).*?$/, "c1"),
  ],
  comment: [rule(/-\}/, "cm", "#pop"), rule(/\{-/, "cm", "comment"), rule(/[^-{}]+/, "cm"), rule(/[-{}]/, "cm")],
  comment_preproc: [
    rule(/-\}/, "cp", "#pop"),
    rule(/\{-/, "cp", "comment"),
    rule(/[^-{}]+/, "cp"),
    rule(/[-{}]/, "cp"),
  ],
  root: [
    { mixin: "basic" },
    rule(/'(?=(?:.|\\\S+)')/, "sc", "character"),
    rule(/"/, "s", "string"),
    rule(/\d+e[+-]?\d+/i, "mf"),
    rule(/\d+\.\d+(e[+-]?\d+)?/i, "mf"),
    rule(/0o[0-7]+/i, "mo"),
    rule(/0x[\da-f]+/i, "mh"),
    rule(/\d+/, "mi"),
    rule(/[\w']+/, (m, lx) => {
      const w = m[0];
      if (w === "import") {
        lx.token("kr", w);
        lx.push("import");
      } else if (w === "module") {
        lx.token("kr", w);
        lx.push("module");
      } else lx.token(RESERVED.has(w) ? "kr" : /^'?[A-Z]/.test(w) ? "kt" : "n", w);
    }),
    rule(new RegExp(`\\\\(?!${OPCH}+)`), "nf"),
    rule(new RegExp(`(<-|::|->|=>|=)(?!${OPCH}+)`), "o"),
    rule(new RegExp(`:${OPCH}*`), "o"),
    rule(new RegExp(`${OPCH}+`), "o"),
    rule(/\[\s*\]/, "kt"),
    rule(/\(\s*\)/, "nb"),
    rule(/(\[)([_a-z][\w']*)(\|)/, (m, lx) => {
      lx.token("o", m[1]);
      lx.token("n", m[2]);
      lx.token("o", m[3]);
      lx.push("quasiquotation");
    }),
    rule(/[[\](),;`{}]/, "p"),
  ],
  import: [
    rule(/\s+/, ""),
    rule(/"/, "s", "string"),
    rule(/\bqualified\b/, "k"),
    rule(/([A-Z][\w.]*)(\s+)(as)(\s+)([A-Z][a-zA-Z0-9_.]*)/, (m, lx) => {
      ["nn", "", "k", "", "n"].forEach((c, i) => lx.token(c, m[i + 1]));
      lx.pop();
    }),
    rule(/([A-Z][\w.]*)(\s+)(hiding)(\s+)(\()/, (m, lx) => {
      ["nn", "", "k", "", "p"].forEach((c, i) => lx.token(c, m[i + 1]));
      lx.goto("funclist");
    }),
    rule(/([A-Z][\w.]*)(\s+)(\()/, (m, lx) => {
      ["nn", "", "p"].forEach((c, i) => lx.token(c, m[i + 1]));
      lx.goto("funclist");
    }),
    rule(/[\w.]+/, "nn", "#pop"),
  ],
  module: [
    rule(/\s+/, ""),
    rule(/([A-Z][\w.]*)(\s+)(\()/, (m, lx) => {
      ["nn", "", "p"].forEach((c, i) => lx.token(c, m[i + 1]));
      lx.push("funclist");
    }),
    rule(/\bwhere\b/, "kr", "#pop"),
    rule(/[A-Z][a-zA-Z0-9_.]*/, "nn", "#pop"),
  ],
  funclist: [
    { mixin: "basic" },
    rule(/[A-Z]\w*/, "kt"),
    rule(/(_[\w']+|[a-z][\w']*)/, "nf"),
    rule(/,/, "p"),
    rule(new RegExp(`${OPCH}+`), "o"),
    rule(/\(/, "p", "funclist"),
    rule(/\)/, "p", "#pop"),
  ],
  character: [
    rule(/\\/, (m, lx) => {
      lx.token("se", m[0]);
      lx.goto("character_end");
      lx.push("escape");
    }),
    rule(/./, (m, lx) => {
      lx.token("sc", m[0]);
      lx.goto("character_end");
    }),
  ],
  character_end: [rule(/'/, "sc", "#pop"), rule(/./, "err", "#pop")],
  quasiquotation: [rule(/\|\]/, "o", "#pop"), rule(/[^|]+/, ""), rule(/\|/, "")],
  string: [rule(/"/, "s", "#pop"), rule(/\\/, "se", "escape"), rule(/[^\\"]+/, "s")],
  escape: [
    rule(/[abfnrtv"'&\\]/, "se", "#pop"),
    rule(/\^[\][A-Z@^_]/, "se", "#pop"),
    rule(new RegExp(ASCII), "se", "#pop"),
    rule(/o[0-7]+/i, "se", "#pop"),
    rule(/x[\da-f]+/i, "se", "#pop"),
    rule(/\d+/, "se", "#pop"),
    rule(/\s+\\/, "se", "#pop"),
  ],
});

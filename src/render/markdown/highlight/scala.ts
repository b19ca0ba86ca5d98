import { RegexLexer, rule } from "./engine.js";

const WS = "\\p{White_Space}";
const LETTER = "[\\p{L}$_]";
const UPPER = "[\\p{Lu}$_]";
const DIGITS = "[0-9]";
const PARENS = "[(){}\\[\\]]";
const DELIMS = '[‘’".;,]';
const OP = `(?:(?!${WS}|${LETTER}|${DIGITS}|${PARENS}|${DELIMS})[\\u0020-\\u007F\\p{Sm}\\p{So}])`;
const IDREST = `(?:${LETTER}(?:${LETTER}|${DIGITS})*(?:(?<=_)${OP}+)?)`;
const NAME = `(?:${IDREST}|${OP}+|\`[^\`]+\`)`;
const KEYWORDS =
  "abstract|case|catch|def|do|else|extends|final|finally|for|forSome|if|implicit|lazy|match|new|override|private|protected|requires|return|sealed|super|this|throw|try|val|var|while|with|yield";
const TYPECHUNK = `(?:${IDREST}|${OP}+\`[^\`]+\`)`;
const u = (src: string, flags = ""): RegExp => new RegExp(src, `u${flags}`);

/** Rouge's Scala lexer. */
export const scala: RegexLexer = new RegexLexer({
  root: [
    rule(/(class|trait|object)(\s+)/, ["k", ""], "class"),
    rule(u(`'${IDREST}(?!')`), "ss"),
    rule(/[^\S\n]+/, ""),
    rule(/\/\/.*/, "c1"),
    rule(/\/\*/, "cm", "comment"),
    rule(u(`@${IDREST}`), "nd"),
    rule(u(`(def)(\\s+)(${NAME})(\\s*)`), ["k", "", "nf", ""]),
    rule(u(`(val)(\\s+)(${NAME})(\\s*)`), ["k", "", "nv", ""]),
    rule(u(`(this)(\\n*)(\\.)(${IDREST})`), ["k", "", "o", "py"]),
    rule(u(`(${IDREST}|_)(\\n*)(\\.)(${IDREST})`), ["nv", "", "o", "py"]),
    rule(u(`${UPPER}${IDREST}\\b`), "nc"),
    rule(u(`(${IDREST})(${WS}*)(\\()`), ["nf", "", "o"]),
    rule(u(`(\\.)(${IDREST})`), ["o", "py"]),
    rule(u(`(?:${KEYWORDS})\\b|(?:<[%:-]|=>|>:|[#=@_\\u21D2\\u2190])(?:\\b|(?=\\s)|$)`), "k"),
    rule(u(`:(?!${OP})`), "k", "type"),
    rule(/(true|false|null)\b/, "kc"),
    rule(/(import|package)(\s+)/, ["k", ""], "import"),
    rule(/(type)(\s+)/, ["k", ""], "type"),
    rule(/""".*?"""(?!")/s, "s"),
    rule(/"(\\\\|\\"|[^"])*"/, "s"),
    rule(/'\\.'|'[^\\]'|'\\u[0-9a-fA-F]{4}'/, "sc"),
    rule(u(IDREST), "n"),
    rule(/`[^`]+`/, "n"),
    rule(/\[/, "o", "typeparam"),
    rule(/[(){};,.#]/, "o"),
    rule(u(`${OP}+`), "o"),
    rule(/([0-9][0-9]*\.[0-9]*|\.[0-9]+)([eE][+-]?[0-9]+)?[fFdD]?/, "mf"),
    rule(/([0-9][0-9]*[fFdD])/, "mf"),
    rule(/0x[0-9a-fA-F]+/, "mh"),
    rule(/[0-9]+L?/, "mi"),
    rule(/\n/, ""),
  ],
  class: [
    rule(u(`(${NAME})(\\s*)(\\[)`), (m, lx) => {
      lx.token("nc", m[1]);
      lx.token("", m[2]);
      lx.token("o", m[3]);
      lx.push("typeparam");
    }),
    rule(/\s+/, ""),
    rule(/\{/, "o", "#pop"),
    rule(/\(/, "o", "#pop"),
    rule(/\/\/.*/, "c1", "#pop"),
    rule(u(NAME), "nc", "#pop"),
  ],
  type: [
    rule(/\s+/, ""),
    rule(/<[%:]|>:|[#_\u21D2]|forSome|type/, "k"),
    rule(/([,);}]|=>|=)(\s*)/, (m, lx) => {
      lx.token("o", m[1]);
      lx.token("", m[2]);
      lx.pop();
    }),
    rule(/[({]/, "o", "type"),
    rule(u(`(${TYPECHUNK}(?:\\.${TYPECHUNK})*)(\\s*)(\\[)`), (m, lx) => {
      lx.token("kt", m[1]);
      lx.token("", m[2]);
      lx.token("o", m[3]);
      lx.goto("typeparam");
    }),
    rule(u(`(${TYPECHUNK}(?:\\.${TYPECHUNK})*)(\\s*)$`), (m, lx) => {
      lx.token("kt", m[1]);
      lx.token("", m[2]);
      lx.pop();
    }),
    rule(/\/\/.*/, "c1", "#pop"),
    rule(u(`\\.|${IDREST}|${OP}+|\`[^\`]+\``), "kt"),
  ],
  typeparam: [
    rule(/[\s,]+/, ""),
    rule(/<[%:]|=>|>:|[#_\u21D2]|forSome|type/, "k"),
    rule(/([\])}])/, "o", "#pop"),
    rule(/[([{]/, "o", "typeparam"),
    rule(u(`\\.|${IDREST}|${OP}+|\`[^\`]+\``), "kt"),
  ],
  comment: [rule(/[^/*]+/, "cm"), rule(/\/\*/, "cm", "comment"), rule(/\*\//, "cm", "#pop"), rule(/[*/]/, "cm")],
  import: [rule(u(`(${IDREST}|\\.)+`), "nn", "#pop")],
});

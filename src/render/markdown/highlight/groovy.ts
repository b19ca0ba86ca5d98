import { RegexLexer, rule, words } from "./engine.js";

const KEYWORDS = words(
  "assert break case catch continue default do else finally for if goto instanceof new return switch this throw try while in as",
);
const DECLARATIONS = words(
  "abstract const enum extends final implements native private protected public static strictfp super synchronized throws transient volatile",
);
const TYPES = words("def boolean byte char double float int long short void");
const CONSTANTS = words("true false null");

/** Rouge's Groovy lexer (also used for Jenkinsfiles). */
export const groovy: RegexLexer = new RegexLexer({
  root: [
    // A method declaration: what precedes the name is lexed on its own, the name is a function.
    rule(/^(\s*(?:\w[\w.[\]]*\s+)+?)(\w\w*)(\s*)(\()/, (m, lx) => {
      lx.recurse(m[1]!);
      lx.token("nf", m[2]);
      lx.token("", m[3]);
      lx.token("o", m[4]);
    }),
    rule(/[^\S\n]+/, ""),
    rule(/\/\/.*?$/, "c1"),
    rule(/\/[*].*?[*]\//s, "cm"),
    rule(/@\w[\w.]*/, "nd"),
    rule(/(class|interface|trait)\b/, "kd", "class"),
    rule(/package\b/, "kn", "import"),
    rule(/import\b/, "kn", "import"),
    rule(/""".*?"""/s, "s2"),
    rule(/'''.*?'''/s, "s1"),
    rule(/"(\\.|\\\n|.)*?"/, "s2"),
    rule(/'(\\.|\\\n|.)*?'/, "s1"),
    rule(/\$\/(\$.|.)*?\/\$/s, "s"),
    rule(/\/(\\.|\\\n|.)*?\//, "s"),
    rule(/'\\.'|'[^\\]'|'\\u[0-9a-f]{4}'/, "sc"),
    rule(/(\.)([a-zA-Z_][a-zA-Z0-9_]*)/, ["o", "na"]),
    rule(/[a-zA-Z_][a-zA-Z0-9_]*:/, "nl"),
    rule(/[a-zA-Z_$][a-zA-Z0-9_]*/, (m, lx) => {
      const w = m[0];
      lx.token(
        KEYWORDS.has(w) ? "k" : DECLARATIONS.has(w) ? "kd" : TYPES.has(w) ? "kt" : CONSTANTS.has(w) ? "kc" : "n",
        w,
      );
    }),
    rule(/[~^*!%&[\](){}<>|+=:;,./?-]/, "o"),
    rule(/\d+\.\d+([eE]\d+)?[fd]?/, "mf"),
    rule(/0x[0-9a-f]+/, "mh"),
    rule(/[0-9]+L?/, "mi"),
    rule(/\n/, ""),
  ],
  class: [rule(/\s+/, ""), rule(/\w\w*/, "nc", "#pop")],
  import: [rule(/\s+/, ""), rule(/[\w.]+[*]?/, "nn", "#pop")],
});

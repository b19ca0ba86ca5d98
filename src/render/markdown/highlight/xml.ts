import { RegexLexer, rule } from "./engine.js";

const NAME = "[\\p{L}:_][\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\p{Cf}:.·-]*";

/** Rouge's XML lexer. */
export const xml: RegexLexer = new RegexLexer({
  root: [
    rule(/[^<&]+/, ""),
    rule(/&\S*?;/, "ni"),
    rule(/<!\[CDATA\[.*?\]\]>/, "cp"),
    rule(/<!--/, "c", "comment"),
    rule(/<\?.*?\?>/, "cp"),
    rule(/<![^>]*>/, "cp"),
    rule(new RegExp(`<\\s*${NAME}`, "u"), "nt", "tag"),
    rule(new RegExp(`<\\s*/\\s*${NAME}\\s*>`, "u"), "nt"),
  ],
  comment: [rule(/[^-]+/, "c"), rule(/-->/, "c", "#pop"), rule(/-/, "c")],
  tag: [rule(/\s+/, ""), rule(new RegExp(`${NAME}\\s*=`, "u"), "na", "attr"), rule(/\/?\s*>/, "nt", "#pop")],
  attr: [rule(/\s+/, ""), rule(/".*?"|'.*?'|[^\s>]+/s, "s", "#pop")],
});

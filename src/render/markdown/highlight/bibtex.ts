import { RegexLexer, rule } from "./engine.js";

const PUNCT = "@!$&.\\\\:;<>?\\[\\]^`|~*/+\\-";
const NAME = `[a-z_${PUNCT}][\\w${PUNCT}]*`;
const popRule = rule(/(?:)/, (_m, lx) => lx.pop());

/** Rouge's BibTeX lexer. */
export const bibtex: RegexLexer = new RegexLexer({
  root: [
    { mixin: "whitespace" },
    rule(new RegExp(`@(${NAME})`, "i"), (m, lx) => {
      const kind = m[1]!.toLowerCase();
      if (kind === "comment") {
        lx.token("c", m[0]);
        return;
      }
      lx.token("nc", m[0]);
      lx.push("closing_brace");
      lx.push(kind === "preamble" ? "value" : kind === "string" ? "field" : "command_body");
      lx.push("opening_brace");
    }),
    rule(/.+/, "c"),
  ],
  opening_brace: [{ mixin: "whitespace" }, rule(/[{(]/, "p", "#pop")],
  closing_brace: [{ mixin: "whitespace" }, rule(/[})]/, "p", "#pop")],
  command_body: [
    { mixin: "whitespace" },
    rule(/[^\s,}]+/, (m, lx) => {
      lx.token("nl", m[0]);
      lx.pop();
      lx.push("fields");
    }),
  ],
  fields: [{ mixin: "whitespace" }, rule(/,/, "p", "field"), popRule],
  field: [
    { mixin: "whitespace" },
    rule(new RegExp(NAME, "i"), (m, lx) => {
      lx.token("na", m[0]);
      lx.push("value");
      lx.push("equal_sign");
    }),
    popRule,
  ],
  equal_sign: [{ mixin: "whitespace" }, rule(/=/, "p", "#pop")],
  value: [
    { mixin: "whitespace" },
    rule(new RegExp(NAME, "i"), "nv"),
    rule(/"/, "s", "quoted_string"),
    rule(/\{/, "s", "braced_string"),
    rule(/\d+/, "m"),
    rule(/#/, "p"),
    popRule,
  ],
  quoted_string: [rule(/\{/, "s", "braced_string"), rule(/"/, "s", "#pop"), rule(/[^{"]+/, "s")],
  braced_string: [rule(/\{/, "s", "braced_string"), rule(/\}/, "s", "#pop"), rule(/[^{}]+/, "s")],
  whitespace: [rule(/\s+/, "")],
});

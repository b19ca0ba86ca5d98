import { RegexLexer, rule, words } from "./engine.js";
import { CSS_ATTRIBUTES, CSS_BUILTINS, CSS_CONSTANTS, CSS_VENDOR_PREFIXES } from "./css-words.js";

const ATTRIBUTES = words(CSS_ATTRIBUTES),
  BUILTINS = words(CSS_BUILTINS),
  CONSTANTS = words(CSS_CONSTANTS);
const PREFIXES = CSS_VENDOR_PREFIXES.split(" ");
const ID = "[\\p{L}_-][\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\p{Cf}-]*";
const NUMBER = "-?(?:[0-9]+(\\.[0-9]+)?|\\.[0-9]+)";
const u = (src: string, flags = ""): RegExp => new RegExp(src, flags + "u");

/** Rouge's CSS lexer. */
export const css: RegexLexer = new RegexLexer({
  root: [
    { mixin: "basics" },
    rule(/\{/, "p", "stanza"),
    rule(u(`:[:]?${ID}`), "nd"),
    rule(u(`\\.${ID}`), "nc"),
    rule(u(`#${ID}`), "nf"),
    rule(u(`@${ID}`), "k", "at_rule"),
    rule(u(ID), "nt"),
    rule(/[~^*!%&[\]()<>|+=@:;,./?-]/, "o"),
    rule(/"(\\\\|\\"|[^"])*"/, "s1"),
    rule(/'(\\\\|\\'|[^'])*'/, "s2"),
  ],
  value: [
    { mixin: "basics" },
    rule(/url\(.*?\)/, "sx"),
    rule(/#[0-9a-f]{1,6}/i, "m"),
    rule(
      new RegExp(
        `${NUMBER}(?:%|(?:em|px|pt|pc|in|mm|cm|ex|rem|ch|vw|vh|vmin|vmax|dpi|dpcm|dppx|deg|grad|rad|turn|s|ms|Hz|kHz)\\b)?`,
      ),
      "m",
    ),
    rule(/[[\]():/.,]/, "p"),
    rule(/"(\\\\|\\"|[^"])*"/, "s1"),
    rule(/'(\\\\|\\'|[^'])*'/, "s2"),
    rule(u(ID), (m, lx) => lx.token(CONSTANTS.has(m[0]) ? "no" : BUILTINS.has(m[0]) ? "nb" : "n", m[0])),
  ],
  at_rule: [
    rule(u(`\\{(?=\\s*${ID}\\s*:)`), "p", "at_stanza"),
    rule(/\{/, "p", "at_body"),
    rule(/;/, "p", "#pop"),
    { mixin: "value" },
  ],
  at_body: [{ mixin: "at_content" }, { mixin: "root" }],
  at_stanza: [{ mixin: "at_content" }, { mixin: "stanza" }],
  at_content: [
    rule(/\}/, (m, lx) => {
      lx.token("p", m[0]);
      lx.pop(2);
    }),
  ],
  basics: [rule(/\s+/, ""), rule(/\/\*(?:.*?)\*\//s, "c")],
  stanza: [
    { mixin: "basics" },
    rule(/\}/, "p", "#pop"),
    rule(u(`(${ID})(\\s*)(:)`), (m, lx) => {
      const name = m[1]!;
      lx.token(ATTRIBUTES.has(name) || PREFIXES.some((p) => name.startsWith(p)) ? "nl" : "py", name);
      lx.token("", m[2]);
      lx.token("p", m[3]);
      lx.push("stanza_value");
    }),
  ],
  stanza_value: [
    rule(/;/, "p", "#pop"),
    rule(/(?=\})/, (_m, lx) => lx.pop()),
    rule(/!\s*important\b/, "cp"),
    rule(/^@.*?$/, "cp"),
    { mixin: "value" },
  ],
});

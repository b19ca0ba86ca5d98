import { RegexLexer, rule, words, type Rule } from "./engine.js";

const KW = words(
  "as async await break case catch continue debugger default delete do else export finally from for if import in instanceof new of return super switch this throw try typeof void while yield",
);
const DECL = words("var let const with function class extends constructor get set static");
const RES = words("enum implements interface package private protected public");
const CONSTANTS = words("true false null NaN Infinity undefined");
const BUILT = words(`Array Boolean Date Error Function Math netscape Number Object Packages RegExp String sun decodeURI
  decodeURIComponent encodeURI encodeURIComponent Error eval isFinite isNaN parseFloat parseInt document window navigator self global
  Promise Set Map WeakSet WeakMap Symbol Proxy Reflect Int8Array Uint8Array Uint8ClampedArray Int16Array Uint16Array Uint16ClampedArray
  Int32Array Uint32Array Uint32ClampedArray Float32Array Float64Array DataView ArrayBuffer`);
const ID = "[\\p{L}\\p{Nl}$_][\\p{L}\\p{M}\\p{Nd}\\p{Pc}]*";

interface Flavour {
  keywords?: string;
  declarations?: string;
  reserved?: string;
  builtins?: string;
  root?: Rule[];
  statement?: Rule[];
}

function jsFamily(f: Flavour): RegexLexer {
  const add = (base: Set<string>, more?: string): Set<string> => (more ? new Set([...base, ...words(more)]) : base);
  const KEYWORDS = add(KW, f.keywords),
    DECLARATIONS = add(DECL, f.declarations),
    RESERVED = add(RES, f.reserved),
    BUILTINS = add(BUILT, f.builtins);
  return new RegexLexer({
    multiline_comment: [rule(/[*]\//, "cm", "#pop"), rule(/[^*/]+/, "cm"), rule(/[*/]/, "cm")],
    comments_and_whitespace: [
      rule(/\s+/, ""),
      rule(/<!--/, "c"),
      rule(/\/\/.*?$/, "c1"),
      rule(/\/[*]/, "cm", "multiline_comment"),
    ],
    expr_start: [
      { mixin: "comments_and_whitespace" },
      rule(/\//, (m, lx) => {
        lx.token("sr", m[0]);
        lx.goto("regex");
      }),
      rule(/[{]/, (m, lx) => {
        lx.token("p", m[0]);
        lx.goto("object");
      }),
      rule(/(?:)/, "", "#pop"),
    ],
    regex: [
      rule(/\//, (m, lx) => {
        lx.token("sr", m[0]);
        lx.goto("regex_end");
      }),
      rule(/[^/]\n/, "err", "#pop"),
      rule(/\n/, "err", "#pop"),
      rule(/\[\^/, "se", "regex_group"),
      rule(/\[/, "se", "regex_group"),
      rule(/\\./, "se"),
      rule(/[(][?][:=<!]/, "se"),
      rule(/[{][\d,]+[}]/, "se"),
      rule(/[()?]/, "se"),
      rule(/./, "sr"),
    ],
    regex_end: [rule(/[gimuy]+/, "sr", "#pop"), rule(/(?:)/, (_m, lx) => lx.pop())],
    regex_group: [
      rule(/\//, "se"),
      rule(/[^/]\n/, (m, lx) => {
        lx.token("err", m[0]);
        lx.pop(2);
      }),
      rule(/\]/, "se", "#pop"),
      rule(/\\./, "se"),
      rule(/./, "sr"),
    ],
    root: [
      ...(f.root ?? []),
      rule(/\s*#!.*?\n/s, "cp", "statement"),
      rule(/(?<=\n)(?=\s|\/|<!--)/, "", "expr_start"),
      { mixin: "comments_and_whitespace" },
      rule(/\+\+|--|~|\?\?=?|&&|\|\||\\(?=\n)|<<|>>>?|===|!==/, "o", "expr_start"),
      rule(/[-<>+*%&|^/!=]=?/, "o", "expr_start"),
      rule(/[([,]/, "p", "expr_start"),
      rule(/;/, "p", "statement"),
      rule(/[)\].]/, "p"),
      rule(/`/, (m, lx) => {
        lx.token("s2", m[0]);
        lx.push("template_string");
      }),
      rule(/[?][.]/, "p"),
      rule(/[?]/, (m, lx) => {
        lx.token("p", m[0]);
        lx.push("ternary");
        lx.push("expr_start");
      }),
      rule(/(@)(\w+)?/, (m, lx) => {
        lx.token("p", m[1]);
        lx.token("nd", m[2]);
        lx.push("expr_start");
      }),
      rule(/[{}]/, "p", "statement"),
      rule(new RegExp(ID, "iu"), (m, lx) => {
        const w = m[0];
        if (KEYWORDS.has(w)) {
          lx.token("k", w);
          lx.push("expr_start");
        } else if (DECLARATIONS.has(w)) {
          lx.token("kd", w);
          lx.push("expr_start");
        } else lx.token(RESERVED.has(w) ? "kr" : CONSTANTS.has(w) ? "kc" : BUILTINS.has(w) ? "nb" : "nx", w);
      }),
      rule(/[0-9][0-9]*\.[0-9]+([eE][0-9]+)?[fd]?/, "mf"),
      rule(/0x[0-9a-fA-F]+/i, "mh"),
      rule(/0o[0-7][0-7_]*/i, "mo"),
      rule(/0b[01][01_]*/i, "mb"),
      rule(/[0-9]+/, "mi"),
      rule(/"/, "dl", "dq"),
      rule(/'/, "dl", "sq"),
      rule(/:/, "p"),
    ],
    dq: [rule(/\\[\\nrt"]?/, "se"), rule(/[^\\"]+/, "s2"), rule(/"/, "dl", "#pop")],
    sq: [rule(/\\[\\nrt']?/, "se"), rule(/[^\\']+/, "s1"), rule(/'/, "dl", "#pop")],
    statement: [
      ...(f.statement ?? []),
      rule(/case\b/, (m, lx) => {
        lx.token("k", m[0]);
        lx.goto("expr_start");
      }),
      rule(new RegExp(`(${ID})(\\s*)(:)`, "iu"), ["nl", "", "p"]),
      { mixin: "expr_start" },
    ],
    object: [
      { mixin: "comments_and_whitespace" },
      rule(/[{]/, (m, lx) => {
        lx.token("p", m[0]);
        lx.push();
      }),
      rule(/[}]/, (m, lx) => {
        lx.token("p", m[0]);
        lx.goto("statement");
      }),
      rule(new RegExp(`(${ID})(\\s*)(:)`, "iu"), (m, lx) => {
        lx.token("na", m[1]);
        lx.token("", m[2]);
        lx.token("p", m[3]);
        lx.push("expr_start");
      }),
      rule(/:/, "p"),
      { mixin: "root" },
    ],
    ternary: [
      rule(/:/, (m, lx) => {
        lx.token("p", m[0]);
        lx.goto("expr_start");
      }),
      { mixin: "root" },
    ],
    template_string: [
      rule(/[$]\{/, "p", "template_string_expr"),
      rule(/`/, "s2", "#pop"),
      rule(/\\[$`]/, "se"),
      rule(/[^$`\\]+/, "s2"),
      rule(/[\\$]/, "s2"),
    ],
    template_string_expr: [rule(/\}/, "p", "#pop"), { mixin: "root" }],
  });
}

/** Rouge's JavaScript lexer. */
export const javascript: RegexLexer = jsFamily({});

/** Rouge's TypeScript lexer (JavaScript with TypeScript's words and `?.`, `??`, `name?:`). */
export const typescript: RegexLexer = jsFamily({
  keywords: "is namespace static private protected public implements readonly",
  declarations: "type abstract",
  reserved: "string any void number namespace module declare default interface keyof",
  builtins: "Pick Partial Readonly Record",
  root: [rule(/[?][.]/, "p"), rule(/[?]{2}/, "o")],
  statement: [
    rule(new RegExp(`(${ID})(\\??)(\\s*)(:)`, "iu"), (m, lx) => {
      lx.token("nl", m[1]);
      lx.token("p", m[2]);
      lx.token("", m[3]);
      lx.token("p", m[4]);
      lx.push("expr_start");
    }),
  ],
});

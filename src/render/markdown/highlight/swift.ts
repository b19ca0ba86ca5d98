import { RegexLexer, rule, words, type LexerRun } from "./engine.js";

const ID_HEAD = "(?:_|(?!\\p{Mc})\\p{Alphabetic}|[^\\u{0}-\\u{FFFF}])";
const ID_REST = "(?:[\\p{Alphabetic}\\p{Nd}_]|[^\\u{0}-\\u{FFFF}])";
const ID = `${ID_HEAD}${ID_REST}*`;
const u = (src: string): RegExp => new RegExp(src, "u");

const KEYWORDS =
  words(`await break case continue default do else fallthrough if in for return switch where while try catch throw guard defer repeat
  as dynamicType is new super self Self Type __COLUMN__ __FILE__ __FUNCTION__ __LINE__
  associativity async didSet get infix inout isolated mutating none nonmutating operator override postfix precedence prefix set unowned weak willSet throws rethrows precedencegroup`);
const DECLARATIONS =
  words(`actor class deinit enum convenience extension final func import init internal lazy let nonisolated optional private protocol
  public required static struct subscript typealias var dynamic indirect associatedtype open fileprivate some`);
const CONSTANTS = words("true false nil");
const UPPER = /^\p{Lu}/u;

/** Emits one class per group (Rouge's `groups`). */
const groups = (m: RegExpExecArray, lx: LexerRun, classes: string[]): void =>
  classes.forEach((c, i) => lx.token(c, m[i + 1]));

/** Rouge's Swift lexer. */
export const swift: RegexLexer = new RegexLexer(
  {
    bol: [rule(/#.*/, "cp"), { mixin: "inline_whitespace" }, rule(/(?:)/, (_m, lx) => lx.pop())],
    inline_whitespace: [rule(/\s+/, ""), { mixin: "has_comments" }],
    whitespace: [rule(/\n+/, "", "bol"), rule(/\/\/.*?$/, "c1", "bol"), { mixin: "inline_whitespace" }],
    has_comments: [rule(/\/[*]/, "cm", "nested_comment")],
    nested_comment: [{ mixin: "has_comments" }, rule(/[*]\//, "cm", "#pop"), rule(/[^*/]+/, "cm"), rule(/./, "cm")],
    root: [
      { mixin: "whitespace" },
      rule(/\$(([1-9]\d*)?\d)/, "nv"),
      rule(/[()[\]{}:;,?\\]/, "p"),
      rule(/[-/=+*%<>!&|^.~]+/, "o"),
      rule(/@?"/, "s", "dq"),
      rule(/'(\\.|.)'/, "sc"),
      rule(/(\d+(?:_\d+)*\*|(?:\d+(?:_\d+)*)?\.\d+(?:_\d)*)(e[+-]?\d+(?:_\d)*)?/i, "mf"),
      rule(/\d+e[+-]?[0-9]+/i, "mf"),
      rule(/0o?[0-7]+(?:_[0-7]+)*/, "mo"),
      rule(/0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*((\.[0-9A-F]+(?:_[0-9A-F]+)*)?p[+-]?\d+)?/, "mh"),
      rule(/0b[01]+(?:_[01]+)*/, "mb"),
      rule(/\d+(?:_\d+)*/, "mi"),
      rule(u(`@${ID}`), "kd"),
      rule(/(private|internal)(\([ ]*)(\w+)([ ]*\))/, (m, lx) => {
        if (m[3] === "set") lx.token("kd", m[0]);
        else groups(m, lx, ["kd", "kd", "err", "kd"]);
      }),
      rule(/(unowned\([ ]*)(\w+)([ ]*\))/, (m, lx) => {
        if (m[2] === "safe" || m[2] === "unsafe") lx.token("kd", m[0]);
        else groups(m, lx, ["kd", "err", "kd"]);
      }),
      rule(/#available\([^)]+\)/, "kd"),
      rule(/(#(?:selector|keyPath)\()([^)]+?(?:[(].*?[)])?)(\))/, ["kd", "nf", "kd"]),
      rule(/#(line|file|column|function|dsohandle)/, "kd"),
      rule(u(`(let|var)\\b(\\s*)(${ID})`), ["k", "", "nv"]),
      rule(/(let|var)\b(\s*)([(])/, ["k", "", "p"], "tuple"),
      // Rouge's leading \b sees no character before the cursor: it holds before an ASCII word character.
      rule(u(`(?!(?:if|while|for|private|internal|unowned|switch|case)\\b)(?=\\w)${ID}(?=(\\?|!)?\\s*[(])`), (m, lx) =>
        lx.token(UPPER.test(m[0]) ? "kt" : "nf", m[0]),
      ),
      rule(/as[?!]?(?=\s)/, "k"),
      rule(/try[!]?(?=\s)/, "k"),
      rule(u(`(#?(?!default)(?!\\p{Lu})${ID})(\\s*)(:)`), ["nv", "", "p"]),
      rule(u(ID), (m, lx) => {
        const w = m[0];
        lx.token(
          KEYWORDS.has(w) ? "k" : DECLARATIONS.has(w) ? "kd" : CONSTANTS.has(w) ? "kc" : UPPER.test(w) ? "kt" : "n",
          w,
        );
      }),
      rule(u(`(\`)(${ID})(\`)`), ["p", "nv", "p"]),
    ],
    tuple: [
      rule(u(`(${ID})`), "nv"),
      rule(u(`(\`)(${ID})(\`)`), ["p", "nv", "p"]),
      rule(/,/, "p"),
      rule(/[(]/, "p", "#push"),
      rule(/[)]/, "p", "#pop"),
      { mixin: "inline_whitespace" },
    ],
    dq: [
      rule(/\\[\\0tnr'"]/, "se"),
      rule(/\\[(]/, "se", "interp"),
      rule(/\\u\{[0-9a-fA-F]{1,8}\}/, "se"),
      rule(/[^\\"]+/, "s"),
      rule(/"""/, "s", "#pop"),
      rule(/"/, "s", "#pop"),
    ],
    interp: [rule(/[(]/, "p", "interp_inner"), rule(/[)]/, "se", "#pop"), { mixin: "root" }],
    interp_inner: [rule(/[(]/, "p", "#push"), rule(/[)]/, "p", "#pop"), { mixin: "root" }],
  },
  ["bol"],
);

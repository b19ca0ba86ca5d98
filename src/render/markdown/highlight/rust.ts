import { RegexLexer, rule, words, type LexerRun, type StateDef } from "./engine.js";

const KEYWORDS =
  `as async await break const continue crate dyn else enum extern false fn for if impl in let log loop match mod move mut pub ref return self
  Self static struct super trait true type unsafe use where while abstract become box do final macro override priv typeof unsized virtual yield try union`
    .trim()
    .split(/\s+/)
    .join("|");
const BUILTINS =
  words(`Add BitAnd BitOr BitXor bool c_char c_double c_float char c_int clock_t c_long c_longlong Cons Const Copy c_schar c_short
  c_uchar c_uint c_ulong c_ulonglong c_ushort c_void dev_t DIR dirent Div Either Eq Err f32 f64 Failure FILE float fpos_t
  i16 i32 i64 i8 isize Index ino_t int intptr_t Left mode_t Modulo Mul Neg Nil None Num off_t Ok Option Ord Owned pid_t Ptr ptrdiff_t
  Right Send Shl Shr size_t Some ssize_t str Sub Success time_t u16 u32 u64 u8 usize uint uintptr_t Box Vec String Gc Rc Arc
  u128 i128 Result Sync Pin Unpin Sized Drop drop Fn FnMut FnOnce Clone PartialEq PartialOrd AsMut AsRef From Into Default
  DoubleEndedIterator ExactSizeIterator Extend IntoIterator Iterator`);
const ID = "[\\p{XID_Start}_]\\p{XID_Continue}*";
const HEX = "[0-9a-fA-F]";
const ESCAPES = `\\\\(?:[nrt'"\\\\0]|x${HEX}{2}|u\\{(?:${HEX}_*){1,6}\\})`;
const SIZE = "(?:8|16|32|64|128|size)";
const u = (src: string, flags = ""): RegExp => new RegExp(src, flags + "u");
const CLOSERS: Record<string, string> = { "[": "]", "(": ")", "{": "}" };
const delims = (lx: LexerRun): Record<string, number> =>
  (lx.data["delims"] ??= { "]": 0, ")": 0, "}": 0 }) as Record<string, number>;

function block(name: string, cls: string): StateDef {
  return [rule(/\*\//, cls, "#pop"), rule(/\/\*/, cls, name), rule(/[^*/]+|[*/]/, cls)];
}

/** Rouge's Rust lexer. */
export const rust: RegexLexer = new RegexLexer(
  {
    bol: [{ mixin: "whitespace" }, rule(/#\s[^\n]*/, "cs"), rule(/(?:)/, (_m, lx) => lx.pop())],
    attribute: [
      { mixin: "whitespace" },
      { mixin: "has_literals" },
      rule(/[(,)=:]/, "nd"),
      rule(/\]/, "nd", "#pop"),
      rule(u(ID), "nd"),
    ],
    whitespace: [rule(/\s+/, ""), { mixin: "comments" }],
    comments: [
      rule(/\/\/\/\/+[^\n]*/, "c1"),
      rule(/\/\/[/!][^\n]*/, "cd"),
      rule(/\/\/[^\n]*/, "c1"),
      rule(/\/\*\*\*?\//, "cm"),
      rule(/\/\*\*\*+/, "cm", "nested_plain_block"),
      rule(/\/[*][*!]/, "cd", "nested_doc_block"),
      rule(/\/[*]/, "cm", "nested_plain_block"),
    ],
    nested_plain_block: block("nested_plain_block", "cm"),
    nested_doc_block: block("nested_doc_block", "cd"),
    root: [
      rule(/\n/, "", "bol"),
      { mixin: "whitespace" },
      rule(/#!?\[/, "nd", "attribute"),
      rule(new RegExp(`\\b(?:${KEYWORDS})\\b`), "k"),
      { mixin: "has_literals" },
      rule(/[=-]>/, "k"),
      rule(/<->/, "k"),
      rule(/[()[\]{}|,:;]/, "p"),
      rule(/[*/!@~&+%^<>=?-]|\.{2,3}/, "o"),
      rule(u(`([.]\\s*)?${ID}(?=\\s*[(])`), "nf"),
      rule(/[.]\s*await\b/, "k"),
      rule(u(`[.]\\s*${ID}`), "py"),
      rule(/[.]\s*\d+/, "na"),
      rule(u(`(${ID})(::)`), ["nn", "p"]),
      rule(/\bmacro_rules!/, "nd", "macro_rules"),
      rule(u(`${ID}!`), "nd", "macro"),
      rule(/'static\b/, "k"),
      rule(u(`'${ID}`), "nv"),
      rule(u(ID), (m, lx) => lx.token(BUILTINS.has(m[0]) ? "nb" : "n", m[0])),
    ],
    macro: [
      { mixin: "has_literals" },
      rule(/[[{(]/, (m, lx) => {
        delims(lx)[CLOSERS[m[0]]!]! += 1;
        lx.token("p", m[0]);
      }),
      rule(/[\]})]/, (m, lx) => {
        const d = delims(lx);
        d[m[0]]! -= 1;
        if (Object.values(d).every((v) => v === 0)) lx.pop();
        lx.token("p", m[0]);
      }),
      rule(u(`${ID}!`), "nd"),
      { mixin: "root" },
      rule(/./, ""),
    ],
    macro_rules: [rule(u(`[$]${ID}(:${ID})?`), "nv"), rule(/[$]/, "nv"), { mixin: "macro" }],
    has_literals: [
      rule(/\b(?:true|false)\b/, "kc"),
      rule(new RegExp(`b?'(?:${ESCAPES}|[^\\\\])'`, "u"), "sc"),
      rule(/b?"/, "s", "string"),
      rule(/b?r(#*)".*?"\1/s, "s"),
      rule(
        u(
          "[0-9][0-9_]*(?:[.][0-9][0-9_]*(?:[eE][-+]?[0-9_]+)?(?:f32|f64)?|(?:[.][0-9][0-9_]*)?[eE][-+]?[0-9_]+(?:f32|f64)?|(?:[.][0-9][0-9_]*)?(?:[eE][-+]?[0-9_]+)?(?:f32|f64)|[.](?![._\\p{XID_Start}]))",
        ),
        "mf",
      ),
      rule(new RegExp(`(?:0b[10_]+|0x[0-9a-fA-F_]+|0o[0-7_]+|[0-9][0-9_]*)(?:u${SIZE}?|i${SIZE})?`), "mi"),
    ],
    string: [rule(/"/, "s", "#pop"), rule(new RegExp(ESCAPES), "se"), rule(/[^"\\]+/s, "s")],
  },
  ["bol"],
);

import { RegexLexer, rule, words, type Rule, type StateDef } from "./engine.js";

const ID = "[a-zA-Z_][a-zA-Z0-9_]*";
const WSP = "(?:\\s|//.*?\\n|/[*].*?[*]/)+";

const C_KEYWORDS = `auto break case const continue default do else enum extern for goto if register restricted return sizeof static struct
  switch typedef union volatile virtual while _Alignas _Alignof _Atomic _Generic _Imaginary _Noreturn _Static_assert _Thread_local`;
const C_TYPES = `int long float short double char unsigned signed void jmp_buf FILE DIR div_t ldiv_t mbstate_t sig_atomic_t fpos_t
  clock_t time_t va_list size_t ssize_t off_t wchar_t ptrdiff_t wctrans_t wint_t wctype_t _Bool _Complex int8_t int16_t int32_t int64_t
  uint8_t uint16_t uint32_t uint64_t int_least8_t int_least16_t int_least32_t int_least64_t uint_least8_t uint_least16_t uint_least32_t
  uint_least64_t int_fast8_t int_fast16_t int_fast32_t int_fast64_t uint_fast8_t uint_fast16_t uint_fast32_t uint_fast64_t intptr_t uintptr_t intmax_t
  uintmax_t char16_t char32_t`;
const C_RESERVED = `__asm __int8 __based __except __int16 __stdcall __cdecl __fastcall __int32 __declspec __finally __int61 __try __leave
  inline _inline __inline naked _naked __naked restrict _restrict __restrict thread _thread __thread typename _typename __typename`;

interface Flavour {
  keywords: string;
  types: string;
  reserved: string;
  root?: Rule[];
  statements?: Rule[];
  states?: Record<string, StateDef>;
  caseRule?: Rule;
}

function cFamily(f: Flavour): RegexLexer {
  const keywords = words(f.keywords),
    types = words(f.types),
    reserved = words(f.reserved);
  let self: RegexLexer;
  const states: Record<string, StateDef> = {
    expr_bol: [
      { mixin: "inline_whitespace" },
      rule(/#if\s0/, "c", "if_0"),
      rule(/#/, "cp", "macro"),
      rule(/(?:)/, (_m, lx) => lx.pop()),
    ],
    bol: [rule(new RegExp(`${ID}:(?!:)`), "nl"), { mixin: "expr_bol" }],
    inline_whitespace: [rule(/[ \t\r]+/, ""), rule(/\\\n/, ""), rule(/\/(\\\n)?[*].*?[*](\\\n)?\//s, "cm")],
    whitespace: [rule(/\n+/, "", "bol"), rule(/\/\/(\\.|.)*?$/, "c1", "bol"), { mixin: "inline_whitespace" }],
    expr_whitespace: [rule(/\n+/, "", "expr_bol"), { mixin: "whitespace" }],
    statements: [
      ...(f.statements ?? []),
      { mixin: "whitespace" },
      rule(/(u8|u|U|L)?"/, "s", "string"),
      rule(/(u8|u|U|L)?'(\\.|\\[0-7]{1,3}|\\x[a-f0-9]{1,2}|[^\\'\n])'/i, "sc"),
      rule(/(\d+[.]\d*|[.]?\d+)e[+-]?\d+[lu]*/i, "mf"),
      rule(/\d+e[+-]?\d+[lu]*/i, "mf"),
      rule(/0x[0-9a-f]+[lu]*/i, "mh"),
      rule(/0[0-7]+[lu]*/i, "mo"),
      rule(/\d+[lu]*/i, "mi"),
      rule(/\*\//, "err"),
      rule(/[~!%^&*+=|?:<>/-]/, "o"),
      rule(/[()[\],.;]/, "p"),
      rule(/\bcase\b/, "k", "case"),
      rule(/(?:true|false|NULL)\b/, "nb"),
      rule(new RegExp(ID), (m, lx) => {
        const w = m[0];
        lx.token(keywords.has(w) ? "k" : types.has(w) ? "kt" : reserved.has(w) ? "kr" : "n", w);
      }),
    ],
    case: [f.caseRule ?? rule(/:/, "p", "#pop"), { mixin: "statements" }],
    root: [
      ...(f.root ?? []),
      { mixin: "expr_whitespace" },
      rule(new RegExp(`([\\w*\\s]+?[\\s*])(${ID})(\\s*\\([^;]*?\\))((?:${WSP})?)(\\{|;)`), (m, lx) => {
        lx.recurse(m[1]!);
        lx.token("nf", m[2]);
        lx.recurse(m[3]!);
        lx.recurse(m[4]!);
        lx.token("p", m[5]);
        if (m[5] === "{") lx.push("function");
      }),
      rule(/\{/, "p", "function"),
      { mixin: "statements" },
    ],
    function: [
      { mixin: "whitespace" },
      { mixin: "statements" },
      rule(/;/, "p"),
      rule(/\{/, "p", "function"),
      rule(/\}/, "p", "#pop"),
    ],
    string: [
      rule(/"/, "s", "#pop"),
      rule(/\\([\\abfnrtv"']|x[a-fA-F0-9]{2,4}|[0-7]{1,3})/, "se"),
      rule(/[^\\"\n]+/, "s"),
      rule(/\\\n/, "s"),
      rule(/\\/, "s"),
    ],
    macro: [
      { mixin: "include" },
      rule(/[^/\n\\]+/, "cp"),
      rule(/\\./s, "cp"),
      { mixin: "inline_whitespace" },
      rule(/\//, "cp"),
      rule(/\n/, "cp", "#pop"),
    ],
    include: [
      rule(/(include)(\s*)(<[^>]+>)([^\n]*)/, ["cp", "", "cpf", "c1"]),
      rule(/(include)(\s*)("[^"]+")([^\n]*)/, ["cp", "", "cpf", "c1"]),
    ],
    if_0: [
      rule(/^\s*#if/, "c", "if_0"),
      rule(/^\s*#\s*el(?:se|if)/, "c", "#pop"),
      rule(/^\s*#\s*endif\b.*?(?<!\\)\n/s, "c", "#pop"),
      rule(/.*?\n/, "c"),
    ],
    ...(f.states ?? {}),
  };
  self = new RegexLexer(states, ["bol"]);
  return self;
}

/** Rouge's C lexer. */
export const c: RegexLexer = cFamily({ keywords: C_KEYWORDS, types: C_TYPES, reserved: C_RESERVED });

const DQ = "\\d(?:'?\\d)*";
/** Rouge's C++ lexer (the C lexer with C++ keywords and literals). */
export const cpp: RegexLexer = cFamily({
  keywords:
    C_KEYWORDS +
    ` asm auto catch char8_t concept consteval constexpr constinit const_cast co_await co_return co_yield
    delete dynamic_cast explicit export friend mutable namespace new operator private protected public
    reinterpret_cast requires restrict size_of static_cast this throw throws typeid typename using virtual final override
    alignas alignof decltype noexcept static_assert thread_local try`,
  types: C_TYPES + " bool",
  reserved:
    C_RESERVED +
    " __virtual_inheritance __uuidof __super __single_inheritance __multiple_inheritance __interface __event",
  root: [rule(/(?:__offload|__blockingoffload|__outer)\b/, "kp")],
  statements: [
    rule(/(class|struct)\b/, "k", "classname"),
    rule(/template\b/, "k", "template"),
    rule(new RegExp(`${DQ}(\\.${DQ})?(?:y|d|h|(?:min)|s|(?:ms)|(?:us)|(?:ns)|i|(?:if)|(?:il))\\b`), "mx"),
    rule(new RegExp(`(${DQ}[.](?:${DQ})?|[.]${DQ})(e[+-]?${DQ}[lu]*)?`, "i"), "mf"),
    rule(new RegExp(`${DQ}e[+-]?${DQ}[lu]*`, "i"), "mf"),
    rule(/0x[0-9a-f]('?[0-9a-f])*[lu]*/i, "mh"),
    rule(/0b[01]+('[01]+)*/, "mb"),
    rule(/0[0-7]('?[0-7])*[lu]*/i, "mo"),
    rule(new RegExp(`${DQ}[lu]*`, "i"), "mi"),
    rule(/\bnullptr\b/, "nb"),
    rule(/(?:u8|u|U|L)?R"([a-zA-Z0-9_{}[\]#<>%:;.?*+\-/^&|~!=,"']{0,16})\(.*?\)\1"/s, "s"),
    rule(/(::|<=>)/, "o"),
    rule(/[{}]/, "p"),
  ],
  caseRule: rule(/:(?!:)/, "p", "#pop"),
  states: {
    classname: [
      rule(new RegExp(ID), "nc", "#pop"),
      { mixin: "whitespace" },
      rule(/[.]{3}/, "o"),
      rule(/,/, "p", "#pop"),
      rule(/(?:)/, (_m, lx) => lx.pop()),
    ],
    template: [rule(/[>;]/, "p", "#pop"), rule(/typename\b/, "k", "classname"), { mixin: "statements" }],
  },
});

import { RegexLexer, rule, words, type LexerRun } from "./engine.js";

const KEYWORDS = words(
  "assert break continue del elif else except exec finally for global if lambda pass print raise return try while yield as with from import yield async await nonlocal",
);
const BUILTINS =
  words(`__import__ abs all any apply ascii basestring bin bool buffer bytearray bytes callable chr classmethod cmp coerce compile
  complex delattr dict dir divmod enumerate eval execfile exit file filter float format frozenset getattr globals hasattr hash hex id
  input int intern isinstance issubclass iter len list locals long map max memoryview min next object oct open ord pow property range
  raw_input reduce reload repr reversed round set setattr slice sorted staticmethod str sum super tuple type unichr unicode vars xrange zip`);
const PSEUDO = words("self None Ellipsis NotImplemented False True");
const EXCEPTIONS =
  words(`ArithmeticError AssertionError AttributeError BaseException BlockingIOError BrokenPipeError BufferError
  BytesWarning ChildProcessError ConnectionAbortedError ConnectionError ConnectionRefusedError ConnectionResetError
  DeprecationWarning EOFError EnvironmentError Exception FileExistsError FileNotFoundError FloatingPointError FutureWarning GeneratorExit IOError
  ImportError ImportWarning IndentationError IndexError InterruptedError IsADirectoryError KeyError KeyboardInterrupt
  LookupError MemoryError ModuleNotFoundError NameError NotADirectoryError NotImplemented NotImplementedError OSError
  OverflowError OverflowWarning PendingDeprecationWarning ProcessLookupError RecursionError ReferenceError ResourceWarning
  RuntimeError RuntimeWarning StandardError StopAsyncIteration StopIteration SyntaxError SyntaxWarning SystemError SystemExit
  TabError TimeoutError TypeError UnboundLocalError UnicodeDecodeError UnicodeEncodeError UnicodeError UnicodeTranslateError
  UnicodeWarning UserWarning ValueError VMSError Warning WindowsError ZeroDivisionError`);

const ID = "[\\p{L}\\p{M}_][\\p{L}\\p{M}\\p{Nd}_]*";
const DOTTED = "[\\p{L}\\p{M}_.][\\p{L}\\p{M}\\p{Nd}_.]*";
const DIGITS = "[0-9](?:_?[0-9])*";
const DECIMAL = `(?:(?:${DIGITS})?\\.${DIGITS}|${DIGITS}\\.)`;
const EXPONENT = `e[+-]?${DIGITS}`;
const u = (src: string, flags = ""): RegExp => new RegExp(src, flags + "u");

type Str = { type: string; delim: string };
const strings = (lx: LexerRun): Str[] => (lx.data["strings"] ??= []) as Str[];

/** Rouge's Python lexer. */
export const python: RegexLexer = new RegexLexer({
  root: [
    rule(/\n+/, ""),
    rule(/^(:)(\s*)([ru]{0,2}""".*?""")/is, ["p", "", "sd"]),
    rule(/[^\S\n]+/, ""),
    rule(/#(.*)?\n?/, "c1"),
    rule(/[[\]{}:(),;.]/, "p"),
    rule(/\\\n/, ""),
    rule(/\\/, ""),
    rule(/(in|is|and|or|not)\b/, "ow"),
    rule(/(<<|>>|\/\/|\*\*)=?/, "o"),
    rule(/[-~+/*%=<>&^|@]=?|!=/, "o"),
    rule(u(`(from)((?:\\\\\\s|\\s)+)(${DOTTED})((?:\\\\\\s|\\s)+)(import)`), ["kn", "", "nn", "", "kn"]),
    rule(u(`(import)(\\s+)(${DOTTED})`), ["kn", "", "nn"]),
    rule(/(def)((?:\s|\\\s)+)/, ["k", ""], "funcname"),
    rule(/(class)((?:\s|\\\s)+)/, ["k", ""], "classname"),
    rule(/`.*?`/, "sb"),
    rule(/([rfbu]{0,2})('''|"""|['"])/i, (m, lx) => {
      lx.token("sa", m[1]);
      lx.token("s", m[2]);
      strings(lx).push({ type: m[1]!.toLowerCase(), delim: m[2]! });
      lx.push("generic_string");
    }),
    rule(u(`@${DOTTED}`, "i"), "nd"),
    rule(u(`(?<!\\.)${ID}`), (m, lx) => {
      const w = m[0];
      lx.token(KEYWORDS.has(w) ? "k" : EXCEPTIONS.has(w) || BUILTINS.has(w) ? "nb" : PSEUDO.has(w) ? "bp" : "n", w);
    }),
    rule(u(ID), "n"),
    rule(new RegExp(`${DECIMAL}(?:${EXPONENT})?j?`, "i"), "mf"),
    rule(new RegExp(`${DIGITS}${EXPONENT}j?`, "i"), "mf"),
    rule(new RegExp(`${DIGITS}j`, "i"), "mf"),
    rule(/0b(_?[0-1])+/i, "mb"),
    rule(/0o(_?[0-7])+/i, "mo"),
    rule(/0x(_?[a-f0-9])+/i, "mh"),
    rule(/\d+L/, "il"),
    rule(/([1-9](_?[0-9])*|0(_?0)*)/, "mi"),
  ],
  funcname: [rule(u(ID), "nf", "#pop")],
  classname: [rule(u(ID), "nc", "#pop")],
  generic_string: [
    rule(/[^'"\\{]+/, "s"),
    rule(/\{\{/, "s"),
    rule(/'''|"""|['"]/, (m, lx) => {
      lx.token("s", m[0]);
      const st = strings(lx);
      if (st.length > 0 && st[st.length - 1]!.delim === m[0]) {
        st.pop();
        lx.pop();
      }
    }),
    rule(/(?=\\)/, "s", "generic_escape"),
    rule(/\{/, (m, lx) => {
      const st = strings(lx);
      if (st.length > 0 && st[st.length - 1]!.type.includes("f")) {
        lx.token("si", m[0]);
        lx.push("generic_interpol");
      } else lx.token("s", m[0]);
    }),
  ],
  generic_escape: [
    rule(
      /\\([\\abfnrtv"']|\n|newline|N\{[a-zA-Z][a-zA-Z ]+[a-zA-Z]\}|u[a-fA-F0-9]{4}|U[a-fA-F0-9]{8}|x[a-fA-F0-9]{2}|[0-7]{1,3})/,
      (m, lx) => {
        const st = strings(lx);
        lx.token(st.length > 0 && st[st.length - 1]!.type.includes("r") ? "s" : "se", m[0]);
        lx.pop();
      },
    ),
    rule(/\\./, "s", "#pop"),
  ],
  generic_interpol: [
    rule(/[^{}!:]+/, (m, lx) => lx.recurse(m[0])),
    rule(/![asr]/, "si"),
    rule(/:/, "si"),
    rule(/\{/, "si", "generic_interpol"),
    rule(/\}/, "si", "#pop"),
  ],
});

import { RegexLexer, rule, type LexerRun, type StateDef } from "./engine.js";

const KEYWORDS =
  "BEGIN|END|alias|begin|break|case|defined\\?|do|else|elsif|end|ensure|for|if|in|next|redo|rescue|raise|retry|return|super|then|undef|unless|until|when|while|yield";
const PSEUDO =
  "loop|include|extend|raise|alias_method|attr|catch|throw|private|module_function|public|protected|true|false|nil|__FILE__|__LINE__";
const BUILTINS_G =
  `attr_reader attr_writer attr_accessor __id__ __send__ abort ancestors at_exit autoload binding callcc
  caller catch chomp chop class_eval class_variables clone const_defined\\? const_get const_missing const_set constants
  display dup eval exec exit extend fail fork format freeze getc gets global_variables gsub hash id included_modules
  inspect instance_eval instance_method instance_methods instance_variable_get instance_variable_set instance_variables
  lambda load local_variables loop method method_missing methods module_eval name object_id open p print printf
  private_class_method private_instance_methods private_methods proc protected_instance_methods protected_methods public_class_method
  public_instance_methods public_methods putc puts raise rand readline readlines require require_relative scan select self send set_trace_func
  singleton_methods sleep split sprintf srand sub syscall system taint test throw to_a to_s trace_var trap untaint untrace_var warn`
    .trim()
    .split(/\s+/)
    .join("|");
const BUILTINS_Q =
  `autoload block_given const_defined eql equal frozen include instance_of is_a iterator kind_of method_defined
  nil private_method_defined protected_method_defined public_method_defined respond_to tainted`
    .trim()
    .split(/\s+/)
    .join("|");
const BUILTINS_B = "chomp|chop|exit|gsub|sub";
const DELIMS: Record<string, string> = { "{": "}", "[": "]", "(": ")", "<": ">" };
const esc = (s: string): string => s.replace(/[.*+?^${}()|[\]\\/-]/g, "\\$&");

/** The state for a `%q{...}`-style literal, built from its delimiters as Rouge builds it. */
function sigilState(name: string): StateDef | undefined {
  if (!name.startsWith("sigil\u0000")) return undefined;
  const [, open, close, interp, tok] = name.split("\u0000") as [string, string, string, string, string];
  const o = esc(open),
    c = esc(close);
  let uniq = (o + c).replace(/(.)\1+/g, "$1");
  if (open === close && open === "#") uniq = "";
  const rules: StateDef = [rule(new RegExp(`\\\\[#${uniq}\\\\]`), "se")];
  if (open !== close)
    rules.push(
      rule(new RegExp(o), (m, lx) => {
        lx.token(tok, m[0]);
        lx.push();
      }),
    );
  rules.push(rule(new RegExp(c), tok, "#pop"));
  if (interp === "1") rules.push({ mixin: "string_intp_escaped" }, rule(/#/, tok));
  else rules.push(rule(/[\\#]/, tok));
  rules.push(rule(new RegExp(`[^#${uniq}\\\\]+`, "s"), tok));
  return rules;
}

const sigilRule = rule(/%([rqswQWxiI])?([^\w\s])/, (m, lx) => {
  const open = m[2]!,
    close = DELIMS[open] ?? open;
  const interp = /[rQWxI]/.test(m[1] ?? "") ? "1" : "0";
  let tok = "sx";
  if (m[1] === "r") {
    tok = "sr";
    lx.push("regex_flags");
  }
  lx.token(tok, m[0]);
  lx.push(["sigil", open, close, interp, tok].join("\u0000"));
});

type Heredoc = [boolean, string];
const queue = (lx: LexerRun): Heredoc[] => (lx.data["heredocs"] ??= []) as Heredoc[];
const popRule = rule(/(?:)/, (_m, lx) => lx.pop());

/** Rouge's Ruby lexer. */
export const ruby: RegexLexer = new RegexLexer(
  {
    symbols: [
      rule(/:@{0,2}[a-z_]\w*[!?]?/i, "ss"),
      rule(/:(?:\*\*|[-+]@|[/%&|^`~]|\[\]=?|<<|>>|<=?>|<=?|===?)/, "ss"),
      rule(/:'(\\\\|\\'|[^'])*'/, "ss"),
      rule(/:"/, "ss", "simple_sym"),
    ],
    sigil_strings: [sigilRule],
    strings: [
      { mixin: "symbols" },
      rule(/\b[a-z_]\w*?[?!]?:\s+/, "ss", "expr_start"),
      rule(/'(\\\\|\\'|[^'])*'/, "s1"),
      rule(/"/, "s2", "simple_string"),
      rule(/(?<!\.)`/, "sb", "simple_backtick"),
    ],
    regex_flags: [rule(/[mixounse]*/, "sr", "#pop")],
    simple_string: [
      { mixin: "string_intp_escaped" },
      rule(/[^\\"#]+/s, "s2"),
      rule(/[\\#]/, "s2"),
      rule(/"/, "s2", "#pop"),
    ],
    simple_sym: [
      { mixin: "string_intp_escaped" },
      rule(/[^\\"#]+/s, "ss"),
      rule(/[\\#]/, "ss"),
      rule(/"/, "ss", "#pop"),
    ],
    simple_backtick: [
      { mixin: "string_intp_escaped" },
      rule(/[^\\`#]+/s, "sb"),
      rule(/[\\#]/, "sb"),
      rule(/`/, "sb", "#pop"),
    ],
    whitespace: [
      { mixin: "inline_whitespace" },
      rule(/\n\s*/, "", "expr_start"),
      rule(/#.*$/, "c1"),
      rule(/=begin\b.*?\n=end\b/s, "cm"),
    ],
    inline_whitespace: [rule(/[ \t\r]+/, "")],
    root: [
      { mixin: "whitespace" },
      rule(/__END__/, "cp", "end_part"),
      rule(/0_?[0-7]+(?:_[0-7]+)*/, "mo"),
      rule(/0x[0-9A-Fa-f]+(?:_[0-9A-Fa-f]+)*/, "mh"),
      rule(/0b[01]+(?:_[01]+)*/, "mb"),
      rule(/\d+(?:_\d+)*(?:\.\d+(?:_\d+)*(?:e[+-]?\d+)?|e[+-]?\d+)/i, "mf"),
      rule(/\d+(?:_\d+)*/, "mi"),
      rule(/@@[a-z_]\w*/i, "vc"),
      rule(/@[a-z_]\w*/i, "vi"),
      rule(/\$\w+/, "vg"),
      rule(/\$[!@&`'+~=/\\,;.<>_*$?:"]/, "vg"),
      rule(/\$-[0adFiIlpvw]/, "vg"),
      rule(/::/, "o"),
      { mixin: "strings" },
      rule(new RegExp(`(?:${KEYWORDS})(?=\\W|$)`), "k", "expr_start"),
      rule(new RegExp(`(?:${PSEUDO})\\b`), "kp", "expr_start"),
      rule(/(module)(\s+)([a-zA-Z_][a-zA-Z0-9_]*(::[a-zA-Z_][a-zA-Z0-9_]*)*)/, ["k", "", "nn"]),
      rule(/(def\b)(\s*)/, (m, lx) => {
        lx.token("k", m[1]);
        lx.token("", m[2]);
        lx.push("funcname");
      }),
      rule(/(class\b)(\s*)/, (m, lx) => {
        lx.token("k", m[1]);
        lx.token("", m[2]);
        lx.push("classname");
      }),
      rule(new RegExp(`(?:${BUILTINS_Q})[?]`), "nb", "expr_start"),
      rule(new RegExp(`(?:${BUILTINS_B})!`), "nb", "expr_start"),
      rule(new RegExp(`(?<!\\.)(?:${BUILTINS_G})\\b`), "nb", "method_call"),
      { mixin: "has_heredocs" },
      rule(/\.{2,3}/, "o", "expr_start"),
      rule(/[A-Z][a-zA-Z0-9_]*/, "no", "method_call"),
      rule(/(\.|::)(\s*)([a-z_]\w*[!?]?|[*%&^`~+-/[<>=])/, (m, lx) => {
        lx.token("p", m[1]);
        lx.token("", m[2]);
        lx.token("nf", m[3]);
        lx.push("method_call");
      }),
      rule(/[a-zA-Z_]\w*[?!]/, "n", "expr_start"),
      rule(/[a-zA-Z_]\w*/, "n", "method_call"),
      rule(/\*\*|<<?|>>?|>=|<=|<=>|=~|={3}|!~|&&?|\|\||\./, "o", "expr_start"),
      rule(/[-+/*%=<>&!^|~]=?/, "o", "expr_start"),
      rule(/[?]/, (m, lx) => {
        lx.token("p", m[0]);
        lx.push("ternary");
        lx.push("expr_start");
      }),
      rule(/[[({,:\\;/]/, "p", "expr_start"),
      rule(/[\])}]/, "p"),
    ],
    has_heredocs: [
      rule(/(?<!\w)(<<[-~]?)(["`']?)([a-zA-Z_]\w*)(\2)/, (m, lx) => {
        lx.token("o", m[1]);
        lx.token("no", `${m[2]}${m[3]}${m[4]}`);
        queue(lx).push([m[1] === "<<-" || m[1] === "<<~", m[3]!]);
        if (lx.state !== "heredoc_queue") lx.push("heredoc_queue");
      }),
      rule(/(<<[-~]?)(["'])(\2)/, (m, lx) => {
        lx.token("o", m[1]);
        lx.token("no", `${m[2]}${m[3]}`);
        queue(lx).push([m[1] === "<<-" || m[1] === "<<~", ""]);
        if (lx.state !== "heredoc_queue") lx.push("heredoc_queue");
      }),
    ],
    heredoc_queue: [rule(/(?=\n)/, (_m, lx) => lx.goto("resolve_heredocs")), { mixin: "root" }],
    resolve_heredocs: [
      { mixin: "string_intp_escaped" },
      rule(/\n/, "sh", "test_heredoc"),
      rule(/[#\\\n]/, "sh"),
      rule(/[^#\\\n]+/, "sh"),
    ],
    test_heredoc: [
      rule(/[^#\\\n]*$/, (m, lx) => {
        const q = queue(lx);
        const [tolerant, name] = q[0] ?? [false, "\u0000"];
        const check = tolerant ? m[0].trim() : m[0].replace(/\s+$/, "");
        if (check === name) {
          q.shift();
          if (q.length === 0) lx.pop();
          lx.token("no", m[0]);
        } else lx.token("sh", m[0]);
        lx.pop();
      }),
      popRule,
    ],
    funcname: [
      rule(/\s+/, ""),
      rule(/\(/, "p", "defexpr"),
      rule(/(?:([a-zA-Z_]\w*)(\.))?([a-zA-Z_]\w*[!?]?|\*\*?|[-+]@?|[/%&|^`~]|\[\]=?|<<?|>>?|<=>?|>=|===?)/, (m, lx) => {
        lx.token("nc", m[1]);
        lx.token("o", m[2]);
        lx.token("nf", m[3]);
        lx.pop();
      }),
      popRule,
    ],
    classname: [
      rule(/\s+/, ""),
      rule(/\w+(::\w+)+/, "nc"),
      rule(/\(/, (m, lx) => {
        lx.token("p", m[0]);
        lx.push("defexpr");
        lx.push("expr_start");
      }),
      rule(/<</, (m, lx) => {
        lx.token("o", m[0]);
        lx.goto("expr_start");
      }),
      rule(/[A-Z_]\w*/, "nc", "#pop"),
      popRule,
    ],
    ternary: [
      rule(/(:)(\s+)/, (m, lx) => {
        lx.token("p", m[1]);
        lx.token("", m[2]);
        lx.goto("expr_start");
      }),
      rule(/:(?![^#\n]*?[:\\])/, (m, lx) => {
        lx.token("p", m[0]);
        lx.goto("expr_start");
      }),
      { mixin: "root" },
    ],
    defexpr: [
      rule(/(\))(\.|::)?/, (m, lx) => {
        lx.token("p", m[1]);
        lx.token("o", m[2]);
        lx.pop();
      }),
      rule(/\(/, (m, lx) => {
        lx.token("p", m[0]);
        lx.push("defexpr");
        lx.push("expr_start");
      }),
      { mixin: "root" },
    ],
    in_interp: [rule(/\}/, "si", "#pop"), { mixin: "root" }],
    string_intp: [rule(/[#][{]/, "si", "in_interp"), rule(/#(@@?|\$)[a-z_]\w*/i, "si")],
    string_intp_escaped: [
      { mixin: "string_intp" },
      rule(/\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})/, "se"),
      rule(/\\./, "se"),
    ],
    method_call: [
      rule(/\/|%/, (m, lx) => {
        lx.token("o", m[0]);
        lx.goto("expr_start");
      }),
      rule(/(?=\n)/, (_m, lx) => lx.pop()),
      rule(/(?:)/, (_m, lx) => lx.goto("method_call_spaced")),
    ],
    method_call_spaced: [
      { mixin: "whitespace" },
      rule(/[%/]=/, (m, lx) => {
        lx.token("o", m[0]);
        lx.goto("expr_start");
      }),
      rule(/(\/)(?=\S|\s*\/)/, (m, lx) => {
        lx.token("sr", m[0]);
        lx.goto("slash_regex");
      }),
      sigilRule,
      rule(/(?=\s*\/)/, (_m, lx) => lx.pop()),
      rule(/\s+/, (m, lx) => {
        lx.token("", m[0]);
        lx.goto("expr_start");
      }),
      popRule,
    ],
    expr_start: [
      { mixin: "inline_whitespace" },
      rule(/\//, (m, lx) => {
        lx.token("sr", m[0]);
        lx.goto("slash_regex");
      }),
      rule(/[?](\\[MC]-)*(\\([\\abefnrstv#"']|x[a-fA-F0-9]{1,2}|[0-7]{1,3})|\S)(?!\w)/, "sc", "#pop"),
      rule(/(\s*)(%[rqswQWxiI]? \S* )/, (m, lx) => {
        lx.token("", m[1]);
        lx.token("sx", m[2]);
        lx.pop();
      }),
      sigilRule,
      popRule,
    ],
    slash_regex: [
      { mixin: "string_intp" },
      rule(/\\\\/, "sr"),
      rule(/\\\//, "sr"),
      rule(/[\\#]/, "sr"),
      rule(/[^\\/#]+/s, "sr"),
      rule(/\//, (m, lx) => {
        lx.token("sr", m[0]);
        lx.goto("regex_flags");
      }),
    ],
    end_part: [rule(/.+/s, "cp", "#pop")],
  },
  ["expr_start"],
  sigilState,
);

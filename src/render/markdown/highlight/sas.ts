import { RegexLexer, rule, words, type LexerRun } from "./engine.js";
import { DATA_STEP_STATEMENTS, SAS_FUNCTIONS, MACRO_WORDS, PROC_NAMES, PROC_KEYWORDS } from "./sas-words.js";

const STATEMENTS = words(`${DATA_STEP_STATEMENTS} ${SAS_FUNCTIONS}`);
const MACROS = words(MACRO_WORDS);
const PROCS = words(PROC_NAMES);
const procKeywords = new Map(Object.entries(PROC_KEYWORDS).map(([name, list]) => [name, words(list)]));

/** The word rule of the data step and of a PROC (whose own keywords count too). */
const word = (m: RegExpExecArray, lx: LexerRun): void => {
  const w = m[0].toUpperCase();
  const proc = lx.state === "proc" ? procKeywords.get(String(lx.data["proc"])) : undefined;
  lx.token(STATEMENTS.has(w) || proc?.has(w) ? "k" : "n", m[0]);
};

/** Rouge's SAS lexer. */
export const sas: RegexLexer = new RegexLexer({
  basics: [
    rule(/\s+/, ""),
    rule(/^\s*%?\*[^;]*;/, "c1"),
    rule(/(;)(\s*)(%?\*[^;]*;)/, ["p", "", "c1"]),
    rule(/\/[*].*?[*]\//s, "cm"),
    rule(/'[0-9a-z]+?'d/i, "ld"),
    rule(/'.+?'dt/i, "ld"),
    rule(/'[0-9:]+?([a|p]m)?'t/i, "ld"),
    rule(/'/, "s1", "single_string"),
    rule(/"/, "s2", "double_string"),
    rule(/&[a-z0-9_&.]+/i, "nv"),
    rule(/\d[0-9a-f]*x/i, "mh"),
    rule(/\d[0-9e\-.]+/i, "m"),
    rule(/\b(_n_|_error_|_file_|_infile_|_msg_|_iorc_|_cmd_)\b/i, "bp"),
    rule(/\b(_character_|_numeric_|_all_)\b/i, "nb"),
    rule(/\b(datalines|cards)(\s*)(;)/i, ["k", "", "p"], "datalines"),
    rule(/\b(datalines4|cards4)(\s*)(;)/i, ["k", "", "p"], "datalines4"),
    rule(/\*\*|[*/+-]/, "o"),
    rule(/[^¬~]?=:?|[<>]=?:?/, "o"),
    rule(/\b(eq|ne|gt|lt|ge|le|in)\b/i, "ow"),
    rule(/[&|!¦¬∘~]/, "o"),
    rule(/\b(and|or|not)\b/i, "ow"),
    rule(/(<>|><)/, "o"),
    rule(/\|\|/, "o"),
    rule(/\b(of)\b/i, "ow"),
    rule(/\b(like)\b/i, "ow"),
    rule(/\d+/, "mi"),
    rule(/\$/, "kt"),
    rule(/(%macro|%mend)(\s*)(\w+)/i, ["k", "", "nf"]),
    rule(/%mend/, "k"),
    rule(/%\w+/, (m, lx) => lx.token(MACROS.has(m[0].toUpperCase()) ? "k" : "n", m[0])),
  ],
  basics2: [
    rule(/\s\.[;\s]/, "kc"),
    rule(/\s\.[a-z_]/, "no"),
    rule(/[(),;:{}[\]\\.]/, "p"),
    rule(/@/, "ss"),
    rule(/\?/, "ss"),
    rule(/[^\s]+/, ""),
  ],
  root: [
    { mixin: "basics" },
    rule(/(proc)(\s+)(\w+)/i, (m, lx) => {
      lx.data["proc"] = m[3]!.toUpperCase();
      lx.token("k", m[1]);
      lx.token("", m[2]);
      lx.token(PROCS.has(m[3]!.toUpperCase()) ? "k" : "n", m[3]);
      lx.push("proc");
    }),
    rule(/(data)(\s+)([\w.]+)/i, ["k", "", "nv"]),
    rule(/(libname)(\s+)(\w+)/i, ["k", "", "nv"]),
    rule(/\w+/, word),
    { mixin: "basics2" },
  ],
  proc: [rule(/(quit|run)/i, "k", "#pop"), { mixin: "basics" }, rule(/\w+/, word), { mixin: "basics2" }],
  single_string: [rule(/''/, "se"), rule(/'/, "s1", "#pop"), rule(/[^']+/, "s1")],
  double_string: [
    rule(/&[a-z0-9_&]+\.?/i, "si"),
    rule(/""/, "se"),
    rule(/"/, "s2", "#pop"),
    rule(/[^&"]+/, "s2"),
    rule(/&/, "s2"),
  ],
  datalines: [rule(/[^;]/, "sh"), rule(/;/, "p", "#pop")],
  datalines4: [rule(/;{4}/, "p", "#pop"), rule(/[^;]/, "sh"), rule(/;{0,3}/, "sh")],
});

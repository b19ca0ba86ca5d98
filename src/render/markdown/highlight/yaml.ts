import { RegexLexer, rule, type LexerRun } from "./engine.js";

interface Indent {
  stack: number[];
  next: number;
  block: number | null;
}
const st = (lx: LexerRun): Indent => (lx.data["indent"] ??= { stack: [0], next: 0, block: null }) as Indent;
const reset = (lx: LexerRun): void => {
  lx.data["indent"] = { stack: [0], next: 0, block: null };
};
const indent = (lx: LexerRun): number => {
  const s = st(lx).stack;
  return s[s.length - 1] ?? 0;
};

function saveIndent(lx: LexerRun, match: string): [string, string] {
  const s = st(lx);
  s.next = match.length;
  if (s.next < indent(lx)) {
    while (s.stack.length > 0 && s.next < indent(lx)) s.stack.pop();
    const i = indent(lx);
    return [match.slice(0, i), match.slice(i)];
  }
  return [match, ""];
}
const continueIndent = (lx: LexerRun, match: string): void => {
  st(lx).next += match.length;
};
function setIndent(lx: LexerRun, match: string, implicit = false): void {
  const s = st(lx);
  if (indent(lx) < s.next) s.stack.push(s.next);
  if (!implicit) s.next += match.length;
}

const PLAIN_START = "[^ \\t\\n\\r\\f\\v?:,\\[\\]{}#&*!|>'\"%@`]";

/** Rouge's YAML lexer. */
export const yaml: RegexLexer = new RegexLexer({
  basic: [rule(/#.*$/, "c1")],
  root: [
    { mixin: "basic" },
    rule(/\n+/, ""),
    rule(/[ ]+(?=#|$)/, ""),
    rule(/^%YAML\b/, (m, lx) => {
      lx.token("nt", m[0]);
      reset(lx);
      lx.push("yaml_directive");
    }),
    rule(/^%TAG\b/, (m, lx) => {
      lx.token("nt", m[0]);
      reset(lx);
      lx.push("tag_directive");
    }),
    rule(/^(?:---|\.\.\.)(?= |$)/, (m, lx) => {
      lx.token("nn", m[0]);
      reset(lx);
      lx.push("block_line");
    }),
    rule(/[ ]*(?!\s|$)/, (m, lx) => {
      const [text, err] = saveIndent(lx, m[0]);
      lx.token("", text);
      lx.token("err", err);
      lx.push("block_line");
      lx.push("indentation");
    }),
  ],
  indentation: [
    rule(/\s*?\n/, (m, lx) => {
      lx.token("", m[0]);
      lx.pop(2);
    }),
    rule(/[ ]+(?=[-:?](?:[ ]|$))/, (m, lx) => {
      lx.token("", m[0]);
      continueIndent(lx, m[0]);
    }),
    rule(/[?:-](?=[ ]|$)/, (m, lx) => {
      setIndent(lx, m[0]);
      lx.token("pi", m[0]);
    }),
    rule(/[ ]*/, (m, lx) => {
      lx.token("", m[0]);
      continueIndent(lx, m[0]);
      lx.pop();
    }),
  ],
  block_line: [
    rule(/[ ]*(?=#|$)/, "", "#pop"),
    rule(/[ ]+/, ""),
    { mixin: "descriptors" },
    { mixin: "block_nodes" },
    { mixin: "flow_nodes" },
    rule(new RegExp(`(?=${PLAIN_START}|[?:-][^ \\t\\n\\r\\f\\v])`), (m, lx) => {
      lx.token("nv", m[0]);
      lx.push("plain_scalar_in_block_context");
    }),
  ],
  descriptors: [
    rule(/!<[0-9A-Za-z;/?:@&=+$,_.!~*'()[\]%-]+>/, "kt"),
    rule(/(?:![\w-]+)?!(?:[\w;/?:@&=+$,.!~*'()[\]%-]*)/, "kt"),
    rule(/&[\p{L}\p{Nl}\p{Nd}_-]+/u, "nl"),
    rule(/\*[\p{L}\p{Nl}\p{Nd}_-]+/u, "nv"),
  ],
  block_nodes: [
    rule(/([^#,:?[\]{}"'\n]+)(:)(?=\s|$)/, (m, lx) => {
      lx.token("na", m[1]);
      lx.token("pi", m[2]);
      setIndent(lx, m[0], true);
    }),
    rule(/[|>][+-]?/, (m, lx) => {
      lx.token("pi", m[0]);
      lx.push("block_scalar_content");
      lx.push("block_scalar_header");
    }),
  ],
  flow_nodes: [
    rule(/\[/, "pi", "flow_sequence"),
    rule(/\{/, "pi", "flow_mapping"),
    rule(/'/, "s1", "single_quoted_scalar"),
    rule(/"/, "s2", "double_quoted_scalar"),
  ],
  flow_collection: [
    rule(/\s+/, ""),
    { mixin: "basic" },
    rule(/[?:,]/, "pi"),
    { mixin: "descriptors" },
    { mixin: "flow_nodes" },
    rule(new RegExp(`(?=${PLAIN_START})`), (_m, lx) => lx.push("plain_scalar_in_flow_context")),
  ],
  flow_sequence: [rule(/\]/, "pi", "#pop"), { mixin: "flow_collection" }],
  flow_mapping: [rule(/\}/, "pi", "#pop"), { mixin: "flow_collection" }],
  block_scalar_content: [
    rule(/\n+/, ""),
    rule(/^[ ]+$/, (m, lx) => {
      const mark = st(lx).block ?? m[0].length;
      lx.token("", m[0].slice(0, mark));
      lx.token("no", m[0].slice(mark));
    }),
    rule(/^[ ]*/, (m, lx) => {
      lx.token("", m[0]);
      const s = st(lx);
      const dedent = s.block ?? indent(lx);
      s.block ??= m[0].length;
      if (m[0].length < dedent) {
        saveIndent(lx, m[0]);
        lx.pop();
        lx.push("indentation");
      }
    }),
    rule(/[^\n\r\f\v]+/, "s"),
  ],
  block_scalar_header: [
    rule(/(([1-9])[+-]?|[+-]?([1-9])?)(?=[ ]|$)/, (m, lx) => {
      st(lx).block = null;
      lx.goto("ignored_line");
      if (m[0] === "") return;
      const inc = m[2] ?? m[3];
      if (inc) st(lx).block = indent(lx) + Number(inc);
      lx.token("pi", m[0]);
    }),
  ],
  ignored_line: [{ mixin: "basic" }, rule(/[ ]+/, ""), rule(/\n/, "", "#pop")],
  quoted_scalar_whitespaces: [rule(/^[ ]+/, ""), rule(/[ ]+$/, ""), rule(/\n+/, ""), rule(/[ ]+/, "nv")],
  single_quoted_scalar: [
    { mixin: "quoted_scalar_whitespaces" },
    rule(/\\'/, "se"),
    rule(/'/, "s", "#pop"),
    rule(/[^\s']+/, "s"),
  ],
  double_quoted_scalar: [
    rule(/"/, "s", "#pop"),
    { mixin: "quoted_scalar_whitespaces" },
    rule(/\\[0abt\tn\nvfre "\\N_LP]/, "se"),
    rule(/\\(?:x[0-9A-Fa-f]{2}|u[0-9A-Fa-f]{4}|U[0-9A-Fa-f]{8})/, "se"),
    rule(/[^ \t\n\r\f\v"\\]+/, "s"),
  ],
  plain_scalar_in_block_context_new_line: [
    rule(/^[ ]+\n/, ""),
    rule(/\n+/, ""),
    rule(/^(?=---|\.\.\.)/, (_m, lx) => lx.pop(3)),
    rule(/^[ ]*/, (m, lx) => {
      lx.token("", m[0]);
      lx.pop();
      if (m[0].length <= indent(lx)) {
        lx.pop();
        saveIndent(lx, m[0]);
        lx.push("indentation");
      }
    }),
  ],
  plain_scalar_in_block_context: [
    rule(/[ ]*(?=:[ \n]|:$)/, "", "#pop"),
    rule(/[ ]*:\S+/, "s"),
    rule(/[ ]+(?=#)/, "", "#pop"),
    rule(/[ ]+$/, ""),
    rule(/\n+/, (m, lx) => {
      lx.token("", m[0]);
      lx.push("plain_scalar_in_block_context_new_line");
    }),
    rule(/[ ]+/, "s"),
    rule(/true|false|null/, "no"),
    rule(/\d+(?:\.\d+)?(?=(\r?\n)| +#)/, "m", "#pop"),
    rule(/[^\s:]+/, "s"),
  ],
  plain_scalar_in_flow_context: [
    rule(/[ ]*(?=[,:?[\]{}])/, "", "#pop"),
    rule(/[ ]+(?=#)/, "", "#pop"),
    rule(/^[ ]+/, ""),
    rule(/[ ]+$/, ""),
    rule(/\n+/, ""),
    rule(/[ ]+/, "nv"),
    rule(/[^\s,:?[\]{}]+/, "nv"),
  ],
  yaml_directive: [
    rule(/([ ]+)(\d+\.\d+)/, (m, lx) => {
      lx.token("", m[1]);
      lx.token("m", m[2]);
      lx.goto("ignored_line");
    }),
  ],
  tag_directive: [
    rule(/([ ]+)(!|![\w-]*!)([ ]+)(!|!?[\w;/?:@&=+$,.!~*'()[\]%-]+)/, (m, lx) => {
      lx.token("", m[1]);
      lx.token("kt", m[2]);
      lx.token("", m[3]);
      lx.token("kt", m[4]);
      lx.goto("ignored_line");
    }),
  ],
});

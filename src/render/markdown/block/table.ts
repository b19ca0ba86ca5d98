import { Element } from "../element.js";
import type { Parser, SpanRule } from "../parser.js";
import { sticky, OPT_SPACE } from "../patterns.js";
import { afterBlockBoundary, beforeBlockBoundary } from "./basic.js";
import { strip } from "../strings.js";

const TABLE_SEP_LINE = sticky("^([+|: \\t\\-]*?-[+|: \\t\\-]*?)[ \\t]*\\n");
const TABLE_HSEP_ALIGN = /[ \t]?(:?)-+(:?)[ \t]?/g;
const TABLE_FSEP_LINE = sticky("^[+|: \\t=]*?=[+|: \\t=]*?[ \\t]*\\n");
const TABLE_ROW_LINE = sticky("^([^\\n]*?)[ \\t]*\\n");
const TABLE_PIPE_CHECK = "(?:\\||[^\\n]*?[^\\\\\\n]\\|)";
const TABLE_LINE = sticky(`${TABLE_PIPE_CHECK}[^\\n]*\\n`);
const LEADING_PIPE = /^[ \t\n\r\f\v]*\|/;
const PIPE_LINE_START = new RegExp(`^${TABLE_PIPE_CHECK}`);
export const TABLE_START = sticky(`^${OPT_SPACE}(?=[^ \\t\\n\\r\\f\\v])${TABLE_PIPE_CHECK}[^\\n]*\\n`);

/** Rules the table parser needs: code spans (which may hide pipes) and span HTML. */
export interface TableRules {
  codespan: SpanRule;
  spanHtml: SpanRule;
  cells?: SpanRule[];
  check?: SpanRule[];
}

/** kramdown and GFM pipe tables: header separator, alignment, footer separator, body separators. */
export function parseTable(p: Parser, rules: TableRules): boolean {
  rules.cells ??= [rules.codespan];
  rules.check ??= [rules.codespan, rules.spanHtml];
  if (!afterBlockBoundary(p)) return false;
  const src = p.src;
  const saved = src.pos;
  const table = p.newBlock("table");
  let alignment: string[] = [];
  const lm = src.check(TABLE_LINE);
  const leadingPipe = lm !== null && LEADING_PIPE.test(lm[0]);
  src.scan(TABLE_SEP_LINE);
  let rows: Element[] = [];
  let hasFooter = false;
  let columns = 0;
  const addContainer = (type: "thead" | "tbody" | "tfoot", force: boolean): void => {
    if (!hasFooter || type !== "tbody" || force) {
      const cont = new Element(type);
      cont.children = rows;
      rows = [];
      table.children.push(cont);
    }
  };
  while (!src.eos) {
    if (!src.test(TABLE_LINE)) break;
    if (src.scan(TABLE_SEP_LINE)) {
      if (rows.length === 0) {
        /* leading separator: ignored */
      } else if (alignment.length === 0 && !hasFooter) {
        addContainer("thead", false);
        alignment = [...src.g(1)!.matchAll(TABLE_HSEP_ALIGN)].map(([, l, r]) =>
          l === "" && r === "" ? "default" : r === "" ? "left" : l === "" ? "right" : "center",
        );
      } else addContainer("tbody", false);
    } else if (src.scan(TABLE_FSEP_LINE)) {
      if (rows.length > 0) addContainer("tbody", true);
      hasFooter = true;
    } else if (src.scan(TABLE_ROW_LINE)) {
      const trow = new Element("tr");
      const cells = splitCells(p, src.g(1)!, rules);
      if (leadingPipe && cells.length > 0 && strip(cells[0]!) === "") cells.shift();
      if (cells.length > 0 && strip(cells[cells.length - 1]!) === "") cells.pop();
      for (const cellText of cells) {
        const td = new Element("td");
        td.children.push(new Element("raw_text", strip(cellText)));
        trow.children.push(td);
      }
      columns = Math.max(columns, cells.length);
      rows.push(trow);
    } else break;
  }
  if (!beforeBlockBoundary(p)) {
    src.pos = saved;
    return false;
  }
  if (!pipesOnEveryLine(p, src.str.slice(saved, src.pos - 1), rules)) {
    src.pos = saved;
    return false;
  }
  if (rows.length > 0) addContainer(hasFooter ? "tfoot" : "tbody", false);
  if (!table.children.some((c) => c.type === "tbody")) {
    src.pos = saved;
    return false;
  }
  for (const kind of table.children)
    for (const row of kind.children) while (row.children.length < columns) row.children.push(new Element("td"));
  if (alignment.length > columns) alignment = alignment.slice(0, columns);
  else while (alignment.length < columns) alignment.push("default");
  table.options.alignment = alignment;
  p.tree.children.push(table);
  return true;
}

/** Splits a row into cell texts on unescaped pipes outside code spans. */
function splitCells(p: Parser, line: string, rules: TableRules): string[] {
  const cells: string[] = [];
  const append = (s: string): void => {
    if (cells.length === 0) cells.push(s);
    else cells[cells.length - 1] += s;
  };
  const env = p.saveEnv();
  const parts = line.split(/(<code[^\n]*?>[^\n]*?<\/code>)/);
  parts.forEach((str, i) => {
    if (i % 2 === 1) {
      append(str);
      return;
    }
    p.resetEnv(str);
    const root = new Element("root");
    p.parseSpans(root, null, rules.cells!);
    for (const c of root.children) {
      if (c.type === "raw_text") {
        const [f, ...l] = c.value!.split(/(?<!\\)\|/).map((t) => t.replace(/\\\|/g, "|"));
        append(f!);
        cells.push(...l);
      } else {
        const runs = c.value!.match(/`+/g) ?? [];
        const delim = runs.reduce((a, b) => (b > a ? b : a), "") + "`";
        const pad = delim.length > 1 ? " " : "";
        append(`${delim}${pad}${c.value}${pad}${delim}`);
      }
    }
  });
  p.restoreEnv(env);
  return cells;
}

/** kramdown's check that each line of the table really has a pipe outside code spans and HTML. */
function pipesOnEveryLine(p: Parser, text: string, rules: TableRules): boolean {
  const env = p.saveEnv();
  p.resetEnv(text);
  const root = new Element("root");
  p.parseSpans(root, null, rules.check!);
  p.restoreEnv(env);
  let pipeOnLine = false;
  for (const c of root.children) {
    if (c.value === null) continue;
    const lines = rubySplitLines(c.value);
    if (c.type === "codespan") {
      if (lines.length > 2 || (lines.length === 2 && !pipeOnLine)) break;
      else if (lines.length === 2 && pipeOnLine) pipeOnLine = false;
    } else {
      if (lines.length > 1 && !pipeOnLine && !PIPE_LINE_START.test(lines[0] ?? "")) break;
      pipeOnLine = (lines.length > 1 ? false : pipeOnLine) || PIPE_LINE_START.test(lines[lines.length - 1] ?? "");
    }
  }
  return pipeOnLine;
}

/** Ruby's `split("\n")`: trailing empty pieces dropped. */
function rubySplitLines(s: string): string[] {
  const parts = s.split("\n");
  while (parts.length > 0 && parts[parts.length - 1] === "") parts.pop();
  return parts;
}

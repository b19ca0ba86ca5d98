/**
 * Ruby Liquid's lax parsing (Jekyll's default `error_mode: warn`): when the strict parser rejects an
 * output or condition, Ruby re-reads it with forgiving regular expressions. We do the same: markup
 * liquidjs cannot read is rewritten into the canonical form Ruby's lax parser would have understood.
 */
const QS = `"[^"]*"|'[^']*'`;
const QF = `${QS}|(?:[^\\s,|'"]|${QS})+`;
const MARKUP_WITH_QF = new RegExp(`(${QF})([\\s\\S]*)`);
const FILTER_MARKUP = /\|\s*([\s\S]*)/;
const FILTER_PARSER = new RegExp(`(?:\\s+|${QF}|,)+`, "g");
const FILTER_ARGS = new RegExp(`(?::|,)\\s*((?:\\w+\\s*:\\s*)?(?:${QF}))`, "g");
const EXPRESSIONS_AND_OPERATORS = new RegExp(
  `(?:\\b(?:\\s?and\\s?|\\s?or\\s?)\\b|(?:\\s*(?!\\b(?:\\s?and\\s?|\\s?or\\s?)\\b)(?:${QF}|\\S+)\\s*)+)`,
  "g",
);
const CONDITION_SYNTAX = new RegExp(`(${QF})\\s*([=!<>a-z_]+)?\\s*(${QF})?`);
const VARIABLE_PARSER = /\[[^\][]*(?:\[[^\][]*\][^\][]*)*\]|[\w-]+\??/g;
const LITERALS = new Set(["nil", "null", "true", "false", "blank", "empty"]);

/** Canonical liquidjs text for one Ruby `Expression.parse` operand. */
export function laxExpression(markup: string): string {
  const s = markup.trim();
  if (s === "" || s === "''" || s === '""') return '""';
  if (LITERALS.has(s)) return s;
  let m = /^'([\s\S]*)'$/.exec(s) ?? /^"([\s\S]*)"$/.exec(s);
  if (m) return quote(m[1]!);
  if (/^-?\d+$/.test(s) || /^-?\d[\d.]+$/.test(s)) return s.replace(/\.+$/, "").replace(/^(-?\d+\.\d+)\..*$/, "$1");
  m = /^\(\s*(\S+)\s*\.\.\s*(\S+)\s*\)$/.exec(s);
  if (m) return `(${laxExpression(m[1]!)}..${laxExpression(m[2]!)})`;
  return laxVariable(s);
}

function quote(s: string): string {
  return s.includes('"') ? `'${s}'` : `"${s}"`;
}

/** Ruby's `VariableLookup`: the name and keys scanned out of the markup, ignoring any other characters. */
function laxVariable(markup: string): string {
  const parts = markup.match(VARIABLE_PARSER) ?? [];
  // A name starting with a digit ("0" from `sort:0)`) is a variable Ruby looks up and finds nil.
  if (!parts.length || /^\d/.test(parts[0]!)) return "nil";
  return parts
    .map((p, i) => {
      if (p.startsWith("[")) return `[${laxExpression(p.slice(1, -1))}]`;
      if (p.endsWith("?") || (/^\d/.test(p) && i > 0)) return `[${quote(p)}]`;
      return i === 0 ? p : `.${p}`;
    })
    .join("");
}

/** Rewrites output markup (`"abc" | upcase | "bare"`) as Ruby's lax `Variable` parser reads it. */
export function laxOutput(markup: string): string {
  const m = MARKUP_WITH_QF.exec(markup);
  if (!m) return "nil";
  let out = laxExpression(m[1]!);
  const fm = FILTER_MARKUP.exec(m[2]!);
  if (!fm) return out;
  for (const f of fm[1]!.match(FILTER_PARSER) ?? []) {
    const name = /\w+/.exec(f);
    if (!name) continue;
    const args = [...f.matchAll(FILTER_ARGS)].map((a) => {
      const kw = /^(\w+)\s*:\s*([\s\S]*)$/.exec(a[1]!);
      return kw ? `${kw[1]}: ${laxExpression(kw[2]!)}` : laxExpression(a[1]!);
    });
    out += ` | ${name[0]}${args.length ? `: ${args.join(", ")}` : ""}`;
  }
  return out;
}

/** Rewrites an `if`/`elsif`/`unless` condition as Ruby's lax `If` parser reads it (parentheses ignored). */
export function laxCondition(markup: string): string {
  const parts = markup.match(EXPRESSIONS_AND_OPERATORS) ?? [];
  const out: string[] = [];
  for (let i = 0; i < parts.length; i++) {
    const part = parts[i]!;
    if (i % 2 === 1) {
      out.push(part.trim());
      continue;
    }
    const m = CONDITION_SYNTAX.exec(part);
    if (!m) return "nil";
    let cond = laxExpression(m[1]!);
    if (m[2]) cond += ` ${m[2]} ${m[3] === undefined ? "nil" : laxExpression(m[3])}`;
    out.push(cond);
  }
  return out.join(" ") || "nil";
}

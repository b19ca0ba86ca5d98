import type { Token } from "./format.js";
import { rewriteOutsideClasses } from "../patterns.js";

/** What a matching rule does: emit one class, one class per group, or run a callback. */
export type Action = string | (string | null)[] | ((m: RegExpExecArray, lx: LexerRun) => void);
/** One rule: Rouge's `rule re, token, next_state`. */
export interface Rule {
  readonly re: RegExp;
  bol: boolean;
  action: Action;
  next?: string;
}
/** A state's rules, possibly including other states' rules (`mixin`). */
export type StateDef = (Rule | { mixin: string })[];

/**
 * Ruby's line semantics in a JS pattern: `$` holds only before "\n" or at the end, and `.` (without the
 * s flag) excludes only "\n" (JS would also stop at "\r", U+2028 and U+2029).
 */
export function rubyLines(src: string, dotAll: boolean): string {
  return rewriteOutsideClasses(src, (c) => (c === "$" ? "(?=\\n|(?![\\s\\S]))" : c === "." && !dotAll ? "[^\\n]" : c));
}

/** Length of the group starting at `src[0] === "("`, parentheses balanced, escapes and classes skipped. */
function groupLength(src: string): number {
  let depth = 0,
    inClass = false;
  for (let i = 0; i < src.length; i++) {
    const c = src[i];
    if (c === "\\") {
      i++;
      continue;
    }
    if (inClass) {
      if (c === "]") inClass = false;
      continue;
    }
    if (c === "[") inClass = true;
    else if (c === "(") depth++;
    else if (c === ")" && --depth === 0) return i + 1;
  }
  return src.length;
}

/**
 * Builds a rule; a leading `^` means "at the beginning of a line", as in Rouge. Rouge's scanner matches
 * as if the text began at the cursor, so a leading look-behind sees nothing there: `(?<!x)` always
 * holds, `(?<=x)` never does, and a leading `\b` holds before a word character. The pattern is
 * compiled when a lexer first uses the rule, so loading the lexers costs little for a site that
 * highlights few languages.
 */
export function rule(re: RegExp, action: Action, next?: string): Rule {
  const bol = re.source.startsWith("^");
  let compiled: RegExp | undefined;
  return {
    get re() {
      return (compiled ??= compileRule(re, bol));
    },
    bol,
    action,
    next,
  };
}

/** The sticky pattern a rule matches with (see `rule`). */
function compileRule(re: RegExp, bol: boolean): RegExp {
  let src = re.source;
  if (bol) src = src.slice(1);
  if (src.startsWith("(?<!")) src = src.slice(groupLength(src));
  else if (src.startsWith("(?<=")) src = "(?!)" + src;
  else if (src.startsWith("\\b")) src = "(?=\\w)" + src.slice(2);
  const flags = re.flags.replace(/[gym]/g, "") + "y";
  return new RegExp(rubyLines(src, flags.includes("s")), flags);
}

/** The running state of one lexing pass (Rouge's RegexLexer instance). */
export class LexerRun {
  readonly tokens: Token[] = [];
  readonly stack: string[] = ["root"];
  /** Free-form registers a lexer may use (e.g. Python's string delimiters). */
  readonly data: Record<string, unknown> = {};
  constructor(
    readonly lexer: RegexLexer,
    readonly str: string,
  ) {
    this.stack.push(...lexer.initial);
  }
  token(cls: string, text: string | undefined): void {
    if (text) this.tokens.push([cls, text]);
  }
  push(state?: string): void {
    this.stack.push(state ?? this.stack[this.stack.length - 1]!);
  }
  pop(times = 1): void {
    for (let i = 0; i < times && this.stack.length > 1; i++) this.stack.pop();
  }
  goto(state: string): void {
    this.stack[this.stack.length - 1] = state;
  }
  get state(): string {
    return this.stack[this.stack.length - 1]!;
  }
  /** Lexes `text` with a fresh run of the same lexer (Rouge's `recurse`). */
  recurse(text: string): void {
    for (const t of this.lexer.lex(text)) this.tokens.push(t);
  }
  /** Lexes `text` with another lexer (Rouge's `delegate`). */
  delegate(other: RegexLexer, text: string): void {
    for (const t of other.lex(text)) this.tokens.push(t);
  }
}

/** A state machine of regex rules, run the way Rouge's RegexLexer runs them. */
export class RegexLexer {
  private flat = new Map<string, Rule[]>();
  /** @param initial states pushed over `root` when a run starts (Rouge's `start { push ... }`). */
  constructor(
    private states: Record<string, StateDef>,
    readonly initial: string[] = [],
    private dynamic?: (name: string) => StateDef | undefined,
  ) {}

  private rules(state: string): Rule[] {
    let r = this.flat.get(state);
    if (!r) {
      r = [];
      for (const item of this.states[state] ?? this.dynamic?.(state) ?? []) {
        if ("mixin" in item) r.push(...this.rules(item.mixin));
        else r.push(item);
      }
      this.flat.set(state, r);
    }
    return r;
  }

  /** Splits `code` into classed tokens. */
  lex(code: string): Token[] {
    const run = new LexerRun(this, code);
    this.feed(run, code);
    return run.tokens;
  }

  /** Starts a run whose state carries over between `feed` calls (Rouge's continue_lex). */
  start(): LexerRun {
    return new LexerRun(this, "");
  }

  /** Lexes `code` from the run's current state, appending to its tokens. */
  feed(run: LexerRun, code: string): void {
    let pos = 0;
    let nullSteps = 0;
    while (pos < code.length) {
      let matched = false;
      const bol = pos === 0 || code.charCodeAt(pos - 1) === 10;
      for (const r of this.rules(run.state)) {
        if (r.bol && !bol) continue;
        const re = r.re;
        re.lastIndex = pos;
        const m = re.exec(code);
        if (!m) continue;
        if (m[0] === "" && r.next === undefined && typeof r.action !== "function") continue;
        const depth = run.stack.length,
          state = run.state;
        const a = r.action;
        if (typeof a === "string") run.token(a, m[0]);
        else if (Array.isArray(a))
          a.forEach((cls, i) => {
            if (cls !== null) run.token(cls, m[i + 1]);
          });
        else a(m, run);
        if (r.next === "#pop") run.pop();
        else if (r.next === "#push") run.push();
        else if (r.next !== undefined) run.push(r.next);
        if (m[0] === "" && run.stack.length === depth && run.state === state) {
          if (++nullSteps > 5) break;
          continue;
        }
        if (m[0] !== "") nullSteps = 0;
        pos += m[0].length;
        matched = true;
        break;
      }
      if (!matched) {
        const ch = String.fromCodePoint(code.codePointAt(pos)!);
        run.token("err", ch);
        pos += ch.length;
        nullSteps = 0;
      }
    }
  }
}

/** Turns a word list into a Set. */
export const words = (s: string): Set<string> => new Set(s.trim().split(/\s+/));

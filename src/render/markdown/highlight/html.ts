import { RegexLexer, rule, type LexerRun } from "./engine.js";
import { javascript } from "./javascript.js";
import { css } from "./css.js";

const NAME = "[\\p{L}:_-][\\p{L}\\p{M}\\p{Nd}\\p{Pc}\\p{Cf}:.·-]*";

function jsRun(lx: LexerRun): LexerRun {
  return (lx.data["js"] ??= javascript.start()) as LexerRun;
}

function delegateJs(lx: LexerRun, text: string): void {
  const run = jsRun(lx);
  const before = run.tokens.length;
  javascript.feed(run, text);
  for (const t of run.tokens.slice(before)) lx.tokens.push(t);
}

function delegateCss(lx: LexerRun, text: string): void {
  const run = (lx.data["css"] ??= css.start()) as LexerRun;
  const before = run.tokens.length;
  css.feed(run, text);
  for (const t of run.tokens.slice(before)) lx.tokens.push(t);
}

/** Rouge's HTML lexer (scripts lexed as JavaScript, style sheets as CSS). */
export const html: RegexLexer = new RegexLexer({
  root: [
    rule(/[^<&]+/, ""),
    rule(/&\S*?;/, "ni"),
    rule(/<!DOCTYPE .*?>/is, "cp"),
    rule(/<!\[CDATA\[.*?\]\]>/s, "cp"),
    rule(/<!--/, "c", "comment"),
    rule(/<\?.*?\?>/s, "cp"),
    rule(/<\s*script\s*/, (m, lx) => {
      lx.token("nt", m[0]);
      lx.data["js"] = javascript.start();
      lx.push("script_content");
      lx.push("tag");
    }),
    rule(/<\s*style\s*/, (m, lx) => {
      lx.token("nt", m[0]);
      lx.data["css"] = css.start();
      lx.push("style_content");
      lx.push("tag");
    }),
    rule(/<\//, "nt", "tag_end"),
    rule(/</, "nt", "tag_start"),
  ],
  tag_end: [
    { mixin: "tag_end_end" },
    rule(new RegExp(NAME, "u"), (m, lx) => {
      lx.token("nt", m[0]);
      lx.goto("tag_end_end");
    }),
  ],
  tag_end_end: [rule(/\s+/, ""), rule(/>/, "nt", "#pop")],
  tag_start: [
    rule(/\s+/, ""),
    rule(new RegExp(NAME, "u"), (m, lx) => {
      lx.token("nt", m[0]);
      lx.goto("tag");
    }),
    rule(/(?:)/, (_m, lx) => lx.goto("tag")),
  ],
  comment: [rule(/[^-]+/, "c"), rule(/-->/, "c", "#pop"), rule(/-/, "c")],
  tag: [
    rule(/\s+/, ""),
    rule(/[\p{L}:_[\]()*.-][\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·[\]()*-]*\s*=\s*/u, "na", "attr"),
    rule(/[\p{L}:_*#-][\p{L}\p{M}\p{Nd}\p{Pc}\p{Cf}:.·*#-]*/u, "na"),
    rule(/\/?\s*>/, "nt", "#pop"),
  ],
  attr: [
    rule(/"/, (m, lx) => {
      lx.token("s", m[0]);
      lx.goto("dq");
    }),
    rule(/'/, (m, lx) => {
      lx.token("s", m[0]);
      lx.goto("sq");
    }),
    rule(/[^\s>]+/, "s", "#pop"),
  ],
  dq: [rule(/"/, "s", "#pop"), rule(/[^"]+/, "s")],
  sq: [rule(/'/, "s", "#pop"), rule(/[^']+/, "s")],
  script_content: [
    rule(/[^<]+/, (m, lx) => delegateJs(lx, m[0])),
    rule(/<\s*\/\s*script\s*>/, "nt", "#pop"),
    rule(/</, (m, lx) => delegateJs(lx, m[0])),
  ],
  style_content: [
    rule(/[^<]+/, (m, lx) => delegateCss(lx, m[0])),
    rule(/<\s*\/\s*style\s*>/, "nt", "#pop"),
    rule(/</, (m, lx) => delegateCss(lx, m[0])),
  ],
});

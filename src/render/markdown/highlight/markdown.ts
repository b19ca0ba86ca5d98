import { RegexLexer, rule, type LexerRun } from "./engine.js";
import type { Token } from "./format.js";
import { html } from "./html.js";
import { yaml } from "./yaml.js";
import { rougeTag } from "./languages.js";

const EDOT = "(?:\\\\.|[^\\\\\\n])";
type Lookup = (tag: string) => ((code: string) => Token[]) | undefined;
let lookup: Lookup = () => undefined;

/** Lexes a fenced block's body as Rouge would: its language's lexer, else plain text. */
function sublex(lx: LexerRun, name: string, text: string): void {
  const base = name.includes("?") ? name.slice(0, name.indexOf("?")) : name;
  const tag = name === "" || base === "guess" ? "plaintext" : rougeTag(base);
  const lex = tag ? lookup(tag) : undefined;
  if (lex) {
    for (const t of lex(text)) lx.tokens.push(t);
    return;
  }
  lx.token(tag ? "" : "sb", text);
}

function delegateHtml(lx: LexerRun, text: string): void {
  const run = (lx.data["html"] ??= html.start()) as LexerRun;
  const before = run.tokens.length;
  html.feed(run, text);
  for (const t of run.tokens.slice(before)) lx.tokens.push(t);
}

/** Rouge's Markdown lexer. */
export const markdown: RegexLexer = new RegexLexer({
  root: [
    rule(/(---\s*\n[\s\S]*?\n?)(?<=\n)(---\s*$\n?)/, (m, lx) => lx.delegate(yaml, m[0])),
    rule(/\\./, "se"),
    rule(/^[\S ]+\n(?:---*)\n/, "gh"),
    rule(/^[\S ]+\n(?:===*)\n/, "gu"),
    rule(/^#(?=[^#]).*?$/, "gh"),
    rule(/^##*.*?$/, "gu"),
    rule(/^([ \t]*)(`{3,}|~{3,})([^\n]*\n)(([\s\S]*?)(\n\1)(\2))?/, (m, lx) => {
      const name = m[3]!.trim();
      lx.token("", m[1]);
      lx.token("p", m[2]);
      lx.token("nl", m[3]);
      if (m[5] !== undefined) sublex(lx, name, m[5]);
      lx.token("", m[6]);
      if (m[7] !== undefined) lx.token("p", m[7]);
      else {
        lx.data["fence"] = { fence: m[2], name };
        lx.push("fence_body");
      }
    }),
    rule(/\n\n((    |\t).*?\n|\n)+/, "sb"),
    rule(new RegExp(`(\`+)(?:${EDOT}|\\n)+?\\1`), "sb"),
    rule(/^(\s*[*]){3,}\s*$/, "p"),
    rule(/^(\s*[-]){3,}\s*$/, "p"),
    rule(/^\s*[*+-](?=\s)/, "p"),
    rule(/^\s*\d+\./, "p"),
    rule(/^\s*>.*?$/, "gt"),
    rule(new RegExp(`^(\\s*)(\\[)(${EDOT}+?)(\\])(\\s*)(:)`), (m, lx) => {
      ["", "p", "ss", "p", "", "p"].forEach((c, i) => lx.token(c, m[i + 1]));
      lx.push("title");
      lx.push("url");
    }),
    rule(new RegExp(`(!?\\[)(${EDOT}*?|[^\\]]*?)(\\])(?=[\\[(])`), (m, lx) => {
      lx.token("p", m[1]);
      lx.token("nv", m[2]);
      lx.token("p", m[3]);
      lx.push("link");
    }),
    rule(new RegExp(`[*][*]${EDOT}*?[*][*]`), "gs"),
    rule(new RegExp(`__${EDOT}*?__`), "gs"),
    rule(new RegExp(`[*]${EDOT}*?[*]`), "ge"),
    rule(new RegExp(`_${EDOT}*?_`), "ge"),
    rule(/<.*?@.+[.].+>/, "nv"),
    rule(new RegExp(`<(https?|mailto|ftp)://${EDOT}*?>`), "nv"),
    rule(/[^\\`[*\n&<]+/, ""),
    rule(/&\S*;/, (m, lx) => delegateHtml(lx, m[0])),
    rule(new RegExp(`<${EDOT}*?>`), (m, lx) => delegateHtml(lx, m[0])),
    rule(/[&<]/, ""),
    rule(/\[/, ""),
    rule(/\n/, ""),
  ],
  fence_body: [
    rule(/^([ \t]*)(`{3,}|~{3,})/, (m, lx) => {
      const f = lx.data["fence"] as { fence: string };
      if (!m[2]!.startsWith(f.fence)) {
        sublex(lx, (lx.data["fence"] as { name: string }).name, m[0]);
        return;
      }
      lx.pop();
      lx.token("", m[1]);
      lx.token("p", m[2]);
    }),
    rule(/^.*\n/, (m, lx) => sublex(lx, (lx.data["fence"] as { name: string }).name, m[0])),
  ],
  link: [
    rule(new RegExp(`(\\[)(${EDOT}*?)(\\])`), (m, lx) => {
      lx.token("p", m[1]);
      lx.token("ss", m[2]);
      lx.token("p", m[3]);
      lx.pop();
    }),
    rule(/[(]/, (m, lx) => {
      lx.token("p", m[0]);
      lx.push("inline_title");
      lx.push("inline_url");
    }),
    rule(/[ \t]+/, ""),
    rule(/(?:)/, (_m, lx) => lx.pop()),
  ],
  url: [
    rule(/[ \t]+/, ""),
    rule(new RegExp(`(<)(${EDOT}*?)(>)`), (m, lx) => {
      lx.token("nt", m[1]);
      lx.token("sx", m[2]);
      lx.token("nt", m[3]);
      lx.pop();
    }),
    rule(/\S+/, "sx", "#pop"),
  ],
  title: [
    rule(new RegExp(`"${EDOT}*?"`), "nn"),
    rule(new RegExp(`'${EDOT}*?'`), "nn"),
    rule(new RegExp(`[(]${EDOT}*?[)]`), "nn"),
    rule(/\s*(?=["'()])/, ""),
    rule(/(?:)/, (_m, lx) => lx.pop()),
  ],
  inline_title: [rule(/[)]/, "p", "#pop"), { mixin: "title" }],
  inline_url: [rule(/[^<\s)]+/, "sx", "#pop"), rule(/\s+/, ""), { mixin: "url" }],
});

/** Lets the Markdown lexer find other languages' lexers for fenced blocks. */
export function setMarkdownSublexers(fn: Lookup): void {
  lookup = fn;
}

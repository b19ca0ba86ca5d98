import type { MarkdownOptions } from "../options.js";
import { rougeTag } from "./languages.js";
import { LEXERS } from "./lexers.js";
import { formatTokens } from "./format.js";

/** Resolves the lexer tag Rouge would use, following kramdown's rules; null when nothing is highlighted. */
function lexerFor(options: MarkdownOptions, lang: string | undefined): string | null {
  if (options.syntax_highlighter !== "rouge") return null;
  const name = lang ?? options.default_lang ?? undefined;
  if (name === undefined || name === null) { if (!options.guess_lang) return null; }
  let tag: string | undefined;
  if (name === undefined || name === null) tag = "plaintext";
  else {
    const base = name.includes("?") ? name.slice(0, name.indexOf("?")) : name;
    tag = base === "guess" || (name.includes("?") && base === "") ? "plaintext" : rougeTag(base);
  }
  if (!tag) return null;
  if (tag === "plaintext" && !options.guess_lang) return null;
  return tag;
}

/** Rouge's highlighted HTML for a code block (wrapped in `div.highlight > pre.highlight > code`), or null. */
export function highlightBlock(options: MarkdownOptions, code: string, lang: string | undefined): string | null {
  const tag = lexerFor(options, lang);
  if (tag === null) return null;
  return `<div class="highlight"><pre class="highlight"><code>${highlight(tag, code)}</code></pre></div>`;
}

/** Rouge's highlighted HTML for inline code (no wrapper), or null. */
export function highlightSpan(options: MarkdownOptions, code: string, lang: string | undefined): string | null {
  const tag = lexerFor(options, lang);
  if (tag === null) return null;
  return highlight(tag, code);
}

function highlight(tag: string, code: string): string {
  const lexer = LEXERS[tag];
  return formatTokens(lexer ? lexer(code) : [["", code]]);
}

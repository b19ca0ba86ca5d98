import type { MarkdownOptions } from "../options.js";
import { rougeTag } from "./languages.js";
import { LEXERS } from "./lexers.js";
import { formatTokens } from "./format.js";

/** Resolves the lexer tag Rouge would use, following kramdown's rules; null when nothing is highlighted. */
function lexerFor(options: MarkdownOptions, lang: string | undefined, kind: "span" | "block"): string | null {
  if (options.syntax_highlighter !== "rouge") return null;
  const over = kind === "span" ? options.highlight_span : options.highlight_block;
  const defaultLang = over.default_lang !== undefined ? over.default_lang : options.default_lang;
  const guess = over.guess_lang ?? options.guess_lang;
  if (over.disable) return null;
  const name = lang ?? defaultLang ?? undefined;
  if (name === undefined || name === null) {
    if (!guess) return null;
  }
  let tag: string | undefined;
  if (name === undefined || name === null) tag = "plaintext";
  else {
    const base = name.includes("?") ? name.slice(0, name.indexOf("?")) : name;
    tag = base === "guess" || (name.includes("?") && base === "") ? "plaintext" : rougeTag(base);
  }
  if (!tag) return null;
  if (tag === "plaintext" && !guess) return null;
  return tag;
}

/** The default language Rouge is given for this kind of code (names the `language-` class). */
export function defaultLang(options: MarkdownOptions, kind: "span" | "block"): string | undefined {
  const over = kind === "span" ? options.highlight_span : options.highlight_block;
  return (over.default_lang !== undefined ? over.default_lang : options.default_lang) ?? undefined;
}

/** Rouge's highlighted HTML for a code block (wrapped in `div.highlight > pre.highlight > code`), or null. */
export function highlightBlock(options: MarkdownOptions, code: string, lang: string | undefined): string | null {
  const tag = lexerFor(options, lang, "block");
  if (tag === null) return null;
  return `<div class="highlight"><pre class="highlight"><code>${highlight(tag, code)}</code></pre></div>`;
}

/** Rouge's highlighted HTML for inline code (no wrapper), or null. */
export function highlightSpan(options: MarkdownOptions, code: string, lang: string | undefined): string | null {
  const tag = lexerFor(options, lang, "span");
  if (tag === null) return null;
  return highlight(tag, code);
}

function highlight(tag: string, code: string): string {
  const lexer = LEXERS[tag];
  return formatTokens(lexer ? lexer(code) : [["", code]]);
}

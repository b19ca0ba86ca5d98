/**
 * An opt-in pre-pass (`markdown_latex_text: true`), not Jekyll behaviour: LaTeX text commands pasted from a paper
 * (`\textbf{…}`, `\emph{…}`, `\textit{…}`) become bold and italics, and a star that marks an equal
 * contribution (`Fu*, He*`) stays a star instead of opening italics. Code and math are left alone.
 */

const COMMANDS: Array<[RegExp, string]> = [
  [/\\textbf\{([^{}]*)\}/g, "<strong>$1</strong>"],
  [/\\(?:emph|textit)\{([^{}]*)\}/g, "<em>$1</em>"],
];

/** A `*` that could open emphasis: after a space or the line start, before a non-space, not `**`. */
const OPENER = /(?:^|[\s(>])\*(?=[^\s*])/;
/** A single `*` right after a name or word (`Fu*`, `He*`): an author mark. */
const MARK = /(?<=[^\s*\\])\*(?!\*)/g;

/** Code spans, fenced code and math, which the pre-pass must not touch. */
const PROTECTED = /(^|\n)(```|~~~)[^\n]*\n[\s\S]*?\n\2[^\n]*(?=\n|$)|`+[^`\n]*`+|\$\$[\s\S]*?\$\$|\\\([\s\S]*?\\\)/g;

/** Rewrites `\textbf`, `\emph`, `\textit` and author-mark stars in Markdown outside code and math. */
export function latexTextToMarkdown(text: string): string {
  if (!text.includes("\\text") && !text.includes("\\emph") && !text.includes("*")) return text;
  let out = "";
  let last = 0;
  for (const m of text.matchAll(PROTECTED)) {
    out += rewrite(text.slice(last, m.index));
    out += m[0];
    last = m.index + m[0].length;
  }
  return out + rewrite(text.slice(last));
}

function rewrite(part: string): string {
  let s = part;
  for (const [re, html] of COMMANDS) s = s.replace(re, html);
  // Stars are escaped only on lines where no star could open emphasis, so `*italic*` keeps working.
  return s
    .split("\n")
    .map((line) =>
      line.includes("*") && !OPENER.test(line.replace(/^\s*[*+-]\s/, "")) ? line.replace(MARK, "\\*") : line,
    )
    .join("\n");
}

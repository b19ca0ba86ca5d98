import type { HintSite } from "./types.js";
import { latexTextToMarkdown } from "../render/markdown/latex-text.js";
import type { Convertible } from "../model/convertible.js";
import type { Hint } from "./types.js";
import { converterFor } from "../model/converters.js";
import { maskCodeAndMath } from "./mask.js";
import { lineAt } from "./source-lines.js";
import { allDocuments } from "../model/items.js";

/** Text-mode LaTeX commands that kramdown leaves as they are (MathJax does not touch them outside math). */
const COMMAND =
  /\\(textbf|textit|textsc|texttt|textrm|emph|underline|cite|citep|citet|citealp|href|url|section|subsection|footnote)\s*\{/g;

const INSTEAD: Record<string, string> = {
  textbf: "**bold**",
  textit: "*italics*",
  emph: "*italics*",
  texttt: "`code`",
  href: "[text](url)",
  url: "<url>",
  section: "## heading",
  subsection: "### heading",
  footnote: "[^note]",
  cite: "a link or a written reference",
};

/** LaTeX commands in one Markdown body, outside code and math: how many, which, and the first one's index. */
export function findLatex(body: string): { count: number; names: Map<string, number>; first: number } | undefined {
  if (!body.includes("\\")) return undefined;
  const masked = maskCodeAndMath(body);
  const names = new Map<string, number>();
  let count = 0,
    first = -1;
  for (const m of masked.matchAll(COMMAND)) {
    if (first < 0) first = m.index;
    count++;
    names.set(m[1]!, (names.get(m[1]!) ?? 0) + 1);
  }
  return count ? { count, names, first } : undefined;
}

/** One hint per Markdown file with LaTeX text commands, which will show literally on the page. */
export function latexHints(site: HintSite): Hint[] {
  // Pages first, then documents: the order the hints have always been listed in.
  const items: Convertible[] = [...site.pages, ...allDocuments(site.collections)];
  const hints: Hint[] = [];
  const latexText = site.config["markdown_latex_text"] === true;
  for (const item of items) {
    if (converterFor(item.ext, site.mdExts) !== "markdown" || item.rawContent === undefined) continue;
    if (item.absPath && site.shown(item.absPath).startsWith("/")) continue; // the theme's own pages
    // With `markdown_latex_text`, the commands its pre-pass renders are not shown literally.
    const body = latexText ? latexTextToMarkdown(item.rawContent) : item.rawContent;
    const found = findLatex(body);
    if (!found) continue;
    const list = [...found.names].map(([n, k]) => `\\${n}${k > 1 ? ` ×${k}` : ""}`).join(", ");
    const tips = [...new Set([...found.names.keys()].map((n) => INSTEAD[n]).filter(Boolean))].join(", ");
    hints.push({
      file: item.absPath ? site.shown(item.absPath) : item.relativePath,
      line: item.lineOffset + lineAt(body, found.first),
      message: `${found.count} LaTeX command${found.count > 1 ? "s" : ""} (${list}) will show literally: Markdown does not run LaTeX${tips ? `; write ${tips} instead` : ""}`,
    });
  }
  return hints;
}

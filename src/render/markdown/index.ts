import { Parser } from "./parser.js";
import { rulesFor } from "./rules.js";
import { resolveOptions, markdownOptionsFromConfig, KRAMDOWN_DEFAULTS, type MarkdownOptions } from "./options.js";
import { updateTree, updateElementsGfm } from "./tree.js";
import { replaceAbbreviations } from "./block/definitions.js";
import { GfmIds } from "./ids.js";
import { HtmlConverter } from "./render/html.js";

export { markdownOptionsFromConfig, KRAMDOWN_DEFAULTS, type MarkdownOptions };

/** kramdown's source clean-up: CRLF/CR to LF, exactly one final newline. */
function adaptSource(source: string): string {
  let s = source.includes("\r") ? source.replace(/\r\n?/g, "\n") : source;
  if (s.endsWith("\n")) s = s.slice(0, -1);
  return s + "\n";
}

/** Renders Markdown to HTML exactly as Jekyll's kramdown converter does. */
export function renderMarkdown(
  source: string,
  options: Partial<MarkdownOptions> | Record<string, unknown> = {},
): string {
  const o = resolveOptions(options as Record<string, unknown>, {
    ...KRAMDOWN_DEFAULTS,
    smart_quotes: [...KRAMDOWN_DEFAULTS.smart_quotes],
    toc_levels: [...KRAMDOWN_DEFAULTS.toc_levels],
  });
  const rules = rulesFor(o);
  const text = adaptSource(source);
  const p = new Parser(o, rules.block, rules.span, rules.paragraphEnd, text);
  p.parseBlocks(p.root, text);
  updateTree(p, p.root);
  replaceAbbreviations(p, p.root);
  for (const data of p.footnotes.values()) {
    updateTree(p, data.content);
    replaceAbbreviations(p, data.content);
  }
  if (o.input === "GFM") updateElementsGfm(p, p.root, new GfmIds(o.auto_id_prefix), o.hard_wrap ? "\n" : "\\\n");
  const conv = new HtmlConverter(o, { abbrevDefs: p.abbrevDefs, abbrevAttr: p.abbrevAttr });
  return conv.convertRoot(p.root);
}

import type { BlockRule, SpanRule } from "./parser.js";
import type { MarkdownOptions } from "./options.js";
import { sticky, PARAGRAPH_END_GFM, PARAGRAPH_END_KD, UNAME } from "./patterns.js";
import {
  BLANK_RE,
  EOB_RE,
  HR_RE,
  PARAGRAPH_START,
  BLOCKQUOTE_RE,
  BLOCK_MATH_START,
  parseBlankLine,
  parseEobMarker,
  parseHorizontalRule,
  parseParagraph,
  parseBlockquote,
  parseBlockMath,
} from "./block/basic.js";
import {
  ATX_GFM_RE,
  ATX_KD_RE,
  SETEXT_RE,
  parseAtxHeader,
  parseAtxHeaderGfm,
  parseAtxHeaderGfmQuirk,
  parseSetextHeader,
} from "./block/header.js";
import {
  CODEBLOCK_START,
  FENCED_GFM_START,
  FENCED_KD_START,
  parseCodeblock,
  parseFencedGfm,
  parseFencedKramdown,
} from "./block/code.js";
import { LIST_START_RE, parseList, parseListGfm } from "./block/list.js";
import { DL_START_RE, parseDefinitionList } from "./block/dl.js";
import { HTML_BLOCK_START, parseBlockHtml } from "./block/html.js";
import { TABLE_START, parseTable } from "./block/table.js";
import {
  FOOTNOTE_DEFINITION_START,
  LINK_DEFINITION_START,
  ABBREV_DEFINITION_START,
  parseFootnoteDefinition,
  parseLinkDefinition,
  parseAbbrevDefinition,
} from "./block/definitions.js";
import { BLOCK_EXTENSIONS_START, parseBlockExtensions, parseSpanExtensions } from "./block/extensions.js";
import { EMPHASIS_START, parseEmphasis } from "./span/emphasis.js";
import { CODESPAN_START, parseCodespan } from "./span/code.js";
import {
  AUTOLINK_START,
  FOOTNOTE_MARKER_START,
  LINK_START,
  parseAutolink,
  parseFootnoteMarker,
  parseLink,
} from "./span/link.js";
import { parseSpanHtml } from "./span/html.js";
import {
  SMART_QUOTES_START,
  TYPOGRAPHIC_START,
  HTML_ENTITY_RE,
  ESCAPED_CHARS_GFM,
  ESCAPED_CHARS_KD,
  LINE_BREAK,
  INLINE_MATH_START,
  STRIKETHROUGH_MATCH,
  parseSmartQuotes,
  parseTypographicSyms,
  parseHtmlEntity,
  parseEscapedChars,
  parseLineBreak,
  parseInlineMath,
  parseStrikethrough,
} from "./span/text.js";

/** The rule sets and paragraph-end pattern for one parser configuration. */
export interface RuleSet {
  block: BlockRule[];
  span: SpanRule[];
  paragraphEnd: RegExp;
}

const cache = new Map<string, RuleSet>();

/** Builds kramdown's (or the GFM parser's) block and span rules, in kramdown's order. */
export function rulesFor(o: MarkdownOptions): RuleSet {
  const gfm = o.input === "GFM";
  const quirk = gfm && o.gfm_quirks.includes("paragraph_end");
  const noTypo = gfm && o.gfm_quirks.includes("no_auto_typographic");
  const key = `${gfm}${quirk}${noTypo}${gfm && o.hard_wrap}`;
  const hit = cache.get(key);
  if (hit) return hit;

  const codespan: SpanRule = {
    name: "codespan",
    first: "`",
    start: CODESPAN_START,
    trigger: "`",
    parse: parseCodespan,
  };
  const spanHtml: SpanRule = {
    name: "span_html",
    first: "<",
    start: sticky(`<(?:${UNAME}|!--|\\/)`),
    trigger: "<",
    parse: (p) => parseSpanHtml(p, spanHtml),
  };
  const span: SpanRule[] = [
    { name: "emphasis", first: "*_", start: EMPHASIS_START, trigger: "\\*|_", parse: parseEmphasis },
    codespan,
    { name: "autolink", first: "<", start: AUTOLINK_START, trigger: "<", parse: parseAutolink },
    spanHtml,
    { name: "footnote_marker", first: "[", start: FOOTNOTE_MARKER_START, trigger: "\\[", parse: parseFootnoteMarker },
    { name: "link", first: "![", start: LINK_START, trigger: "!?\\[", parse: parseLink },
    { name: "smart_quotes", start: SMART_QUOTES_START, trigger: "[^\\\\]?[\"']", parse: parseSmartQuotes },
    { name: "inline_math", first: "$", start: INLINE_MATH_START, trigger: "\\$", parse: parseInlineMath },
    { name: "span_extensions", first: "{", start: /\{:/y, trigger: "\\{:", parse: parseSpanExtensions },
    { name: "html_entity", first: "&", start: HTML_ENTITY_RE, trigger: "&", parse: parseHtmlEntity },
  ];
  if (!noTypo)
    span.push({
      name: "typographic_syms",
      first: "-.\\< >",
      start: TYPOGRAPHIC_START,
      trigger: "--|\\.\\.\\.|(?:\\\\| )?(?:<<|>>)",
      parse: parseTypographicSyms,
    });
  if (!(gfm && o.hard_wrap))
    span.push({
      name: "line_break",
      first: " \\",
      start: LINE_BREAK,
      trigger: "(?:  |\\\\\\\\)(?=\\n)",
      parse: parseLineBreak,
    });
  span.push({
    name: "escaped_chars",
    first: "\\",
    start: gfm ? ESCAPED_CHARS_GFM : ESCAPED_CHARS_KD,
    trigger: "\\\\",
    parse: parseEscapedChars,
  });
  if (gfm)
    span.push({
      name: "strikethrough",
      first: "~",
      start: STRIKETHROUGH_MATCH,
      trigger: "~~",
      parse: parseStrikethrough,
    });

  const tableRules = { codespan, spanHtml };
  const block: BlockRule[] = [
    { name: "blank_line", start: BLANK_RE, parse: parseBlankLine },
    { name: "codeblock", first: " \t", start: CODEBLOCK_START, parse: parseCodeblock },
    gfm
      ? { name: "codeblock_fenced", first: "`~", start: FENCED_GFM_START, parse: parseFencedGfm }
      : { name: "codeblock_fenced", first: "`~", start: FENCED_KD_START, parse: parseFencedKramdown },
    { name: "blockquote", first: ">", start: BLOCKQUOTE_RE, parse: parseBlockquote },
    gfm
      ? { name: "atx_header", first: "#", start: ATX_GFM_RE, parse: quirk ? parseAtxHeaderGfmQuirk : parseAtxHeaderGfm }
      : { name: "atx_header", first: "#", start: ATX_KD_RE, parse: parseAtxHeader },
    { name: "horizontal_rule", first: "*-_", start: HR_RE, parse: parseHorizontalRule },
    { name: "list", first: "+*-0123456789", start: LIST_START_RE, parse: gfm ? parseListGfm : parseList },
    { name: "definition_list", first: ":", start: DL_START_RE, parse: parseDefinitionList },
    { name: "block_html", first: "<", start: HTML_BLOCK_START, parse: parseBlockHtml },
    { name: "setext_header", start: SETEXT_RE, parse: parseSetextHeader },
    { name: "block_math", first: "$\\", start: BLOCK_MATH_START, parse: parseBlockMath },
    { name: "table", start: TABLE_START, parse: (p) => parseTable(p, tableRules) },
    { name: "footnote_definition", first: "[", start: FOOTNOTE_DEFINITION_START, parse: parseFootnoteDefinition },
    { name: "link_definition", first: "[", start: LINK_DEFINITION_START, parse: parseLinkDefinition },
    { name: "abbrev_definition", first: "*", start: ABBREV_DEFINITION_START, parse: parseAbbrevDefinition },
    { name: "block_extensions", first: "{", start: BLOCK_EXTENSIONS_START, parse: parseBlockExtensions },
    { name: "eob_marker", first: "^", start: EOB_RE, parse: parseEobMarker },
    { name: "paragraph", start: PARAGRAPH_START, parse: parseParagraph },
  ];
  const set = { block, span, paragraphEnd: sticky(quirk ? PARAGRAPH_END_GFM : PARAGRAPH_END_KD) };
  cache.set(key, set);
  return set;
}

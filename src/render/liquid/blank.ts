/**
 * Ruby Liquid's blank blocks: an if/unless/case/for whose every body holds only whitespace and tags that
 * print nothing (assign, capture, comment, empty raw, other blank blocks) drops that whitespace when it is
 * parsed (`remove_blank_strings`), so `{% if x %}\n  {% assign a = 1 %}\n{% endif %}` renders nothing.
 */
import type { Template } from "liquidjs";
import { htmlText, liquidInternals, type LiquidInternals } from "./internals.js";

/** Tags that print nothing, whatever their markup. */
const SILENT_TAGS = new Set(["assign", "capture", "comment"]);
/** Blocks that are blank when all their bodies are. */
const BLOCKS = new Set(["if", "unless", "case", "for", "ifchanged", "tablerow"]);
/** Blocks that drop their whitespace when blank (Liquid 5's If, Unless, Case and For). */
const STRIPPING = new Set(["if", "unless", "case", "for"]);
/** Ruby's `\s`: ASCII whitespace only. */
const WHITESPACE = /^[ \t\r\n\f\v]*$/;

interface TagShape {
  name?: string;
  templates?: Template[];
  elseTemplates?: Template[];
  branches?: { templates?: Template[] }[];
  tokens?: unknown[];
}

/** The template lists a block tag holds (its bodies). */
function bodies(tpl: Template): Template[][] {
  const t = tpl as unknown as TagShape;
  const out: Template[][] = [];
  if (Array.isArray(t.templates)) out.push(t.templates);
  if (Array.isArray(t.branches)) for (const b of t.branches) if (Array.isArray(b.templates)) out.push(b.templates);
  if (Array.isArray(t.elseTemplates)) out.push(t.elseTemplates);
  return out;
}

function isBlank(tpl: Template, HTML: LiquidInternals["HTML"]): boolean {
  if (tpl instanceof HTML) return WHITESPACE.test(htmlText(tpl));
  const name = (tpl as unknown as TagShape).name;
  if (name === undefined) return false;
  if (SILENT_TAGS.has(name)) return true;
  if (name === "raw") return ((tpl as unknown as TagShape).tokens ?? [1]).length === 0;
  return BLOCKS.has(name) && bodies(tpl).every((body) => body.every((t) => isBlank(t, HTML)));
}

/** Drops the whitespace of blank blocks in parsed templates, in place, as Ruby Liquid's parser does. */
export function dropBlankWhitespace(templates: Template[]): Template[] {
  const HTML = liquidInternals().HTML;
  const walk = (list: Template[]): void => {
    for (const tpl of list) {
      const inner = bodies(tpl);
      if (!inner.length) continue;
      for (const body of inner) walk(body);
      if (!STRIPPING.has((tpl as unknown as TagShape).name ?? "") || !isBlank(tpl, HTML)) continue;
      for (const body of inner) {
        const kept = body.filter((t) => !(t instanceof HTML));
        body.splice(0, body.length, ...kept);
      }
    }
  };
  walk(templates);
  return templates;
}

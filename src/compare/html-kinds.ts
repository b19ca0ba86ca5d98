/** Element categories that decide which whitespace and text matter when comparing pages. */

/** Elements laid out as blocks (and `<br>`): their edges end a line, so whitespace next to them does not show. */
export const BLOCK_ELEMENTS = new Set([
  "address",
  "article",
  "aside",
  "blockquote",
  "body",
  "caption",
  "col",
  "colgroup",
  "dd",
  "details",
  "dialog",
  "div",
  "dl",
  "dt",
  "fieldset",
  "figcaption",
  "figure",
  "footer",
  "form",
  "h1",
  "h2",
  "h3",
  "h4",
  "h5",
  "h6",
  "head",
  "header",
  "hgroup",
  "hr",
  "html",
  "legend",
  "li",
  "main",
  "menu",
  "nav",
  "ol",
  "optgroup",
  "option",
  "p",
  "pre",
  "section",
  "summary",
  "table",
  "tbody",
  "td",
  "tfoot",
  "th",
  "thead",
  "tr",
  "ul",
  "br",
]);

/** Elements that are not rendered: whitespace on either side of them joins up. */
export const HIDDEN_ELEMENTS = new Set(["base", "link", "meta", "noscript", "script", "style", "template", "title"]);

/** Inline elements drawn as a box of their own (images, controls, embedded content). */
export const REPLACED_ELEMENTS = new Set([
  "audio",
  "button",
  "canvas",
  "embed",
  "iframe",
  "img",
  "input",
  "math",
  "object",
  "select",
  "svg",
  "textarea",
  "video",
]);

/** Elements whose text is kept exactly as written. */
export const VERBATIM_ELEMENTS = new Set(["pre", "textarea", "script", "style", "listing", "xmp", "plaintext"]);

/** Elements without an end tag. */
export const VOID_ELEMENTS = new Set([
  "area",
  "base",
  "br",
  "col",
  "embed",
  "hr",
  "img",
  "input",
  "link",
  "meta",
  "source",
  "track",
  "wbr",
]);

/** Elements whose content a visitor never sees as text. */
export const INVISIBLE_ELEMENTS = new Set(["script", "style", "template", "noscript", "head", "title"]);

/** True when the text looks like a whole document rather than a fragment. */
export function isDocument(html: string): boolean {
  return /^\uFEFF?\s*(?:<!--[\s\S]*?-->\s*)*<(?:!doctype|html[\s>])/i.test(html);
}

/** Collapses runs of HTML whitespace (not non-breaking spaces) into one space. */
export function collapseSpace(text: string): string {
  return text.replace(/[ \t\n\r\f]+/g, " ");
}

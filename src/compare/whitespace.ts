import type { DefaultTreeAdapterTypes as T } from "parse5";
import { BLOCK_ELEMENTS, HIDDEN_ELEMENTS, REPLACED_ELEMENTS, VERBATIM_ELEMENTS, collapseSpace } from "./html-kinds.js";

/**
 * The text of every (non-verbatim) text node as a browser lays it out: whitespace runs collapse to one
 * space, also across inline element edges and comments; a space at the start or end of a line (next to
 * a block edge or `<br>`) is dropped, as is a space that follows one. Two DOMs that differ only in such
 * whitespace then give the same text.
 */
export function flowText(root: T.Node): Map<T.TextNode, string> {
  const out = new Map<T.TextNode, string>();
  let atLineStart = true;
  let afterSpace = false;
  /** The last text with content in the current line, whose trailing space a line end removes. */
  let last: T.TextNode | undefined;

  const endLine = (): void => {
    if (last) out.set(last, out.get(last)!.replace(/ $/, ""));
    last = undefined;
    atLineStart = true;
    afterSpace = false;
  };
  const children = (node: T.Node): T.ChildNode[] => {
    if ((node as T.Element).tagName === "template") return (node as T.Template).content.childNodes;
    return "childNodes" in node ? node.childNodes : [];
  };
  const visit = (node: T.Node): void => {
    if (node.nodeName === "#text") {
      const text = node as T.TextNode;
      let value = collapseSpace(text.value);
      if (atLineStart || afterSpace) value = value.replace(/^ /, "");
      out.set(text, value);
      if (value !== "") {
        last = text;
        atLineStart = false;
        afterSpace = value.endsWith(" ");
      }
      return;
    }
    if (!("tagName" in node)) {
      if (node.nodeName !== "#comment") for (const child of children(node)) visit(child);
      return;
    }
    const tag = (node as T.Element).tagName;
    if (HIDDEN_ELEMENTS.has(tag)) {
      // Out of the flow: the line around it goes on untouched; its own text (a title) is a line of its own.
      if (VERBATIM_ELEMENTS.has(tag)) return;
      const saved = { atLineStart, afterSpace, last };
      last = undefined;
      atLineStart = true;
      for (const child of children(node)) visit(child);
      endLine();
      ({ atLineStart, afterSpace, last } = saved);
      return;
    }
    if (BLOCK_ELEMENTS.has(tag) || tag === "pre") {
      endLine();
      if (!VERBATIM_ELEMENTS.has(tag)) for (const child of children(node)) visit(child);
      endLine();
      return;
    }
    if (REPLACED_ELEMENTS.has(tag) || VERBATIM_ELEMENTS.has(tag)) {
      // A box of its own inside the line: spaces on both sides show; its inside is a separate flow.
      if (!VERBATIM_ELEMENTS.has(tag)) {
        last = undefined;
        atLineStart = true;
        for (const child of children(node)) visit(child);
        endLine();
      }
      last = undefined;
      atLineStart = false;
      afterSpace = false;
      return;
    }
    for (const child of children(node)) visit(child);
  };
  visit(root);
  endLine();
  return out;
}

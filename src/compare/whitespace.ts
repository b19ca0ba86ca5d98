import type { DefaultTreeAdapterTypes as T } from "parse5";
import { walkTree } from "./walk.js";
import { BLOCK_ELEMENTS, HIDDEN_ELEMENTS, REPLACED_ELEMENTS, VERBATIM_ELEMENTS, collapseSpace } from "./html-kinds.js";

/** What to do once a node's children are done. */
interface Exit {
  after?: () => void;
}

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
  /** A box of its own inside the line: what follows is not at a line start, and no space before it is dropped. */
  const content = (): void => {
    last = undefined;
    atLineStart = false;
    afterSpace = false;
  };
  const enter = (node: T.Node): Exit | undefined => {
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
      return undefined;
    }
    if (node.nodeName === "#comment") return undefined;
    if (!("tagName" in node)) return {};
    const tag = (node as T.Element).tagName;
    const verbatim = VERBATIM_ELEMENTS.has(tag);
    if (HIDDEN_ELEMENTS.has(tag)) {
      // Out of the flow: the line around it goes on untouched; its own text (a title) is a line of its own.
      if (verbatim) return undefined;
      const saved = { atLineStart, afterSpace, last };
      last = undefined;
      atLineStart = true;
      return {
        after: () => {
          endLine();
          ({ atLineStart, afterSpace, last } = saved);
        },
      };
    }
    if (BLOCK_ELEMENTS.has(tag)) {
      endLine();
      return verbatim ? undefined : { after: endLine };
    }
    if (REPLACED_ELEMENTS.has(tag) || verbatim) {
      // Its inside (a button's label) is a separate flow.
      if (verbatim) {
        content();
        return undefined;
      }
      last = undefined;
      atLineStart = true;
      return {
        after: () => {
          endLine();
          content();
        },
      };
    }
    return {};
  };
  walkTree<Exit>(root, {}, enter, (_, exit) => exit.after?.());
  endLine();
  return out;
}

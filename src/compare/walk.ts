import type { DefaultTreeAdapterTypes as T } from "parse5";

/** Child nodes, looking into a `<template>`'s content. */
export function childrenOf(node: T.Node): T.ChildNode[] {
  if ((node as T.Element).tagName === "template" && "content" in node) return (node as T.Template).content.childNodes;
  return "childNodes" in node ? node.childNodes : [];
}

/**
 * Visits a parse5 tree depth-first, in document order, without recursion (a page may nest deeper than
 * the call stack). `enter` returns the state for the node's children, or undefined to skip them;
 * `exit` then runs after the children with that same state.
 */
export function walkTree<S>(
  root: T.Node,
  state: S,
  enter: (node: T.Node, state: S) => S | undefined,
  exit?: (node: T.Node, state: S) => void,
): void {
  const stack: Array<{ node: T.Node; state: S; exit: boolean }> = [{ node: root, state, exit: false }];
  while (stack.length > 0) {
    const item = stack.pop()!;
    if (item.exit) {
      exit!(item.node, item.state);
      continue;
    }
    const inner = enter(item.node, item.state);
    if (inner === undefined) continue;
    if (exit) stack.push({ node: item.node, state: inner, exit: true });
    const kids = childrenOf(item.node);
    for (let i = kids.length - 1; i >= 0; i--) stack.push({ node: kids[i]!, state: inner, exit: false });
  }
}

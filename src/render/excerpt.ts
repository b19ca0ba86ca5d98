/** Jekyll's Excerpt#extract_excerpt: text before the separator, Liquid blocks closed, link definitions kept. */
export function extractExcerpt(content: string, separator: string): string {
  const at = content.indexOf(separator);
  if (at < 0) return content;
  let head = content.slice(0, at);
  const tail = content.slice(at + separator.length);
  if (tail === "") return head;
  if (head.includes("{%")) head = closeLiquidBlocks(head);
  const defs = tail
    .split("\n")
    .filter((l) => /^ {0,3}\[[^\]]+\]:.+$/.test(l) && head.includes(`[${/^\s*\[([^\]]+)\]/.exec(l)![1]}]`));
  if (!defs.length) return head;
  return head + "\n\n" + defs.map((d) => d.trim()).join("\n");
}

const BLOCKS = new Set(["if", "unless", "for", "case", "capture", "comment", "raw", "tablerow", "highlight"]);

/** Appends `{% endX %}` for blocks the excerpt cut open, as Jekyll's sanctify_liquid_tags. */
function closeLiquidBlocks(head: string): string {
  const open: string[] = [];
  for (const m of head.matchAll(/\{%-?\s*(\w+)/g)) {
    const tag = m[1]!;
    if (BLOCKS.has(tag)) open.push(tag);
    else if (tag.startsWith("end") && open[open.length - 1] === tag.slice(3)) open.pop();
  }
  return (
    head +
    open
      .reverse()
      .map((t) => `\n{% end${t} %}`)
      .join("")
  );
}

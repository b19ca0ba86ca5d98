/** 1-based line of the character at `index` in `text`. */
export function lineAt(text: string, index: number): number {
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < index; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

/** 1-based line where a top-level YAML `key:` (or, with `indented`, a nested one) is written, if it is. */
export function lineOfKey(text: string | undefined, key: string, indented = false): number | undefined {
  if (!text) return undefined;
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
  const m = new RegExp(`^${indented ? "[ \\t]+" : ""}["']?${escaped}["']?[ \\t]*:`, "m").exec(text);
  return m ? lineAt(text, m.index) : undefined;
}

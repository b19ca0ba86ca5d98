/** A lexed token: Rouge's short CSS class ("" for plain text) and its text. */
export type Token = [cls: string, text: string];

const ESC = /[&<>]/g;
const MAP: Record<string, string> = { "&": "&amp;", "<": "&lt;", ">": "&gt;" };

/** Rouge's HTML formatter: adjacent tokens of one class merged, each class in a `<span>`. */
export function formatTokens(tokens: Token[]): string {
  let out = "";
  let cls: string | null = null;
  let buf = "";
  const flush = (): void => {
    if (cls === null || buf === "") return;
    const text = buf.replace(ESC, (c) => MAP[c]!);
    out += cls === "" ? text : `<span class="${cls}">${text}</span>`;
  };
  for (const [c, t] of tokens) {
    if (t === "") continue;
    if (c === cls) buf += t;
    else {
      flush();
      cls = c;
      buf = t;
    }
  }
  flush();
  return out;
}

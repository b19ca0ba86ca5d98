import type { Token } from "./format.js";
import { shell } from "./shell.js";

const SNIP = /^\s*(?:<[.]+>|[.]+)\s*$/;
const PROMPT = /^[\s\S]*?(?:\$|#|>|;)/;

/** Rouge's console lexer: prompt lines lexed as shell (state carried over), other lines as output. */
export function consoleLex(code: string): Token[] {
  const tokens: Token[] = [];
  let run = shell.start();
  const lines = code.match(/[^\n]*\n|[^\n]+$/g) ?? [];
  for (const line of lines) {
    let m: RegExpExecArray | null;
    if (SNIP.test(line.replace(/\n$/, "")) && /^\s*(?:<[.]+>|[.]+)\s*\n?$/.test(line)) {
      run = shell.start();
      tokens.push(["c", line]);
    } else if ((m = PROMPT.exec(line)) !== null) {
      tokens.push(["gp", m[0]]);
      const rest = line.slice(m[0].length);
      const ws = /^\s*/.exec(rest)![0];
      if (ws !== "") tokens.push(["w", ws]);
      const before = run.tokens.length;
      shell.feed(run, rest.slice(ws.length));
      tokens.push(...run.tokens.slice(before));
    } else {
      run = shell.start();
      tokens.push(["go", line]);
    }
  }
  return tokens;
}

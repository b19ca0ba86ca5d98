import { codeFrame } from "./code-frame.js";
import { isLecternError } from "./lectern-error.js";

/** Formats an error for the console: "Topic: file:line:col: message", the chain, a code frame; the stack with `trace`. */
export function formatError(err: unknown, trace = false): string {
  if (!isLecternError(err)) {
    const e = err instanceof Error ? err : new Error(String(err));
    return trace ? (e.stack ?? e.message) : `Error: ${e.message}`;
  }
  const where = err.file ? `${err.file}${err.line ? `:${err.line}${err.column ? `:${err.column}` : ""}` : ""}: ` : "";
  const parts = [`${err.topic}: ${where}${err.message}`];
  if (err.chain.length) parts.push(`  ${collapseChain(err.chain).join(", ")}`);
  if (err.source !== undefined && err.line) {
    const frame = codeFrame(err.source, err.line, err.column ?? 0);
    if (frame) parts.push(frame);
  }
  if (trace) parts.push((err.cause instanceof Error ? err.cause.stack : undefined) ?? err.stack ?? "");
  return parts.join("\n");
}

/**
 * An include cycle (`a.md` includes `b.md`, which includes `a.md`...) repeats its links until Liquid's
 * nesting limit: the repeated run is printed once, with how often it repeats.
 */
export function collapseChain(chain: string[]): string[] {
  for (let period = 1; period <= chain.length / 2; period++) {
    let run = period;
    while (run < chain.length && chain[run] === chain[run % period]) run++;
    const repeats = Math.floor(run / period);
    if (repeats < 2) continue;
    const rest = chain.slice(repeats * period);
    return [
      ...chain.slice(0, period),
      `... (an include cycle: ${period === 1 ? "this link repeats" : `these ${period} links repeat`} ${repeats - 1} more time${repeats === 2 ? "" : "s"})`,
      ...rest,
    ];
  }
  return chain;
}

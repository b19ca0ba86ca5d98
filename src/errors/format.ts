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
  if (err.chain.length) parts.push(`  ${err.chain.join(", ")}`);
  if (err.source !== undefined && err.line) {
    const frame = codeFrame(err.source, err.line, err.column ?? 0);
    if (frame) parts.push(frame);
  }
  if (trace) parts.push((err.cause instanceof Error ? err.cause.stack : undefined) ?? err.stack ?? "");
  return parts.join("\n");
}

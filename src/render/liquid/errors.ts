import { LiquidError } from "liquidjs";
import { LecternError, isLecternError } from "../../errors/index.js";

/** The file a liquidjs error should be reported against when its token names no other. */
export interface ErrorSite {
  file: string;
  source: string;
  /** Front-matter lines before the template body. */
  lineOffset?: number;
}

interface TokenLike {
  file?: string;
  input: string;
  getPosition(): [number, number];
}

/** The original cause inside liquidjs' wrappers. */
function unwrap(e: unknown): unknown {
  let cur = e;
  for (let i = 0; i < 10 && LiquidError.is(cur); i++) {
    const inner = (cur as { originalError?: unknown }).originalError;
    if (!isLecternError(inner)) break;
    cur = inner;
  }
  return cur;
}

/** liquidjs messages reworded as Ruby Liquid words them. */
const RUBY_WORDING: [RegExp, string][] = [
  [/^tag "([^"]+)" not found$/, "Liquid syntax error: Unknown tag '$1'"],
  [/^tag \{%-?\s*(\w+)[\s\S]*%\} not closed$/, "Liquid syntax error: '$1' tag was never closed"],
  [/^raw "\{%-?\s*raw[\s\S]*" not closed$/, "Liquid syntax error: 'raw' tag was never closed"],
];

/** Strips liquidjs' ", file:..., line:1, col:2" suffix from a message and words it as Ruby does. */
function bareMessage(e: Error): string {
  const original = (e as { originalError?: unknown }).originalError;
  let msg = (original instanceof Error ? original.message : e.message).replace(
    /(, file:[^,]*)?, line:\d+, col:\d+$/,
    "",
  );
  for (const [re, words] of RUBY_WORDING)
    if (re.test(msg)) {
      msg = msg.replace(re, words);
      break;
    }
  return msg;
}

/** Converts any error thrown while parsing or rendering into a LecternError (topic "Liquid") with file, line, column and frame. */
export function toLecternError(e: unknown, site: ErrorSite): LecternError {
  const cause = unwrap(e);
  if (isLecternError(cause)) return cause;
  if (LiquidError.is(cause)) {
    const token = (cause as unknown as { token?: TokenLike }).token;
    const err = cause as Error;
    if (token) {
      const [line, column] = token.getPosition();
      const own = !token.file || token.file === site.file;
      return new LecternError(bareMessage(err), {
        topic: "Liquid",
        file: own ? site.file : token.file,
        line: line + (own ? (site.lineOffset ?? 0) : 0),
        column,
        source: own ? site.source : token.input,
        cause: err,
      });
    }
    return new LecternError(bareMessage(err), { topic: "Liquid", file: site.file, source: site.source, cause: err });
  }
  const msg = cause instanceof Error ? cause.message : String(cause);
  return new LecternError(msg, { topic: "Liquid", file: site.file, source: site.source, cause });
}

/** The error of an included file, with "included from CALLER" added to its chain. */
export function chainError(e: unknown, included: ErrorSite, callerFile: string): LecternError {
  const err = toLecternError(e, included);
  const link = `included from ${callerFile}`;
  return err.chain[err.chain.length - 1] === link ? err : err.within(link);
}

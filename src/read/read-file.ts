import { openSync, readSync, closeSync, readFileSync } from "node:fs";
import { isUtf8 } from "node:buffer";
import { hasFrontMatter } from "./front-matter.js";

/**
 * Reads the first bytes of a file to tell whether it has front matter (Jekyll's has_yaml_header?,
 * used for pages and collection documents; posts and layouts are read whatever their first bytes).
 * A file that is not valid UTF-8 has none: it is copied byte for byte, as Jekyll writes it after
 * warning "invalid byte sequence"; `onInvalid` hears the line of the first bad byte.
 */
export function fileHasFrontMatter(abs: string, onInvalid?: (line: number) => void): boolean {
  return frontMatterFileText(abs, onInvalid) !== undefined;
}

/**
 * The text of a file with front matter, undefined for any other file (a static file: only its first
 * bytes are read). Reading a page once here spares reading it again for its content.
 */
export function frontMatterFileText(abs: string, onInvalid?: (line: number) => void): string | undefined {
  const fd = openSync(abs, "r");
  try {
    const buf = Buffer.alloc(8);
    const n = readSync(fd, buf, 0, 8, 0);
    // Jekyll reads these bytes raw: a file that starts with a byte-order mark is static (copied as is).
    if (!buf.subarray(0, n).toString("latin1").startsWith("---")) return undefined;
    // A read at a given position leaves the descriptor's own position at 0: this reads the whole file.
    const bytes = readFileSync(fd);
    if (!isUtf8(bytes)) {
      onInvalid?.(firstInvalidLine(bytes));
      return undefined;
    }
    return hasFrontMatter(bytes.subarray(0, 256).toString("utf8")) ? bytes.toString("utf8") : undefined;
  } finally {
    closeSync(fd);
  }
}

/** A text file as UTF-8, with Windows line endings kept (as Ruby reads them). */
export function readText(abs: string): string {
  return readFileSync(abs, "utf8");
}

/** 1-based line of the first byte sequence that is not UTF-8 (of the first U+FFFD once decoded). */
function firstInvalidLine(bytes: Buffer): number {
  const text = bytes.toString("utf8");
  const at = text.indexOf("\uFFFD");
  let line = 1;
  for (let i = text.indexOf("\n"); i !== -1 && i < at; i = text.indexOf("\n", i + 1)) line++;
  return line;
}

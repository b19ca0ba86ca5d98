import { openSync, readSync, closeSync, readFileSync } from "node:fs";
import { hasFrontMatter } from "./front-matter.js";

/** Reads the first bytes of a file to tell whether it has front matter (Jekyll's has_yaml_header?). */
export function fileHasFrontMatter(abs: string): boolean {
  const fd = openSync(abs, "r");
  try {
    const buf = Buffer.alloc(8);
    const n = readSync(fd, buf, 0, 8, 0);
    let head = buf.subarray(0, n).toString("latin1");
    if (head.startsWith("\xef\xbb\xbf")) head = head.slice(3);
    if (!head.startsWith("---")) return false;
    return hasFrontMatter(readFileSync(abs, "utf8").slice(0, 256).replace(/^\uFEFF/, ""));
  } finally {
    closeSync(fd);
  }
}

/** A text file as UTF-8, with Windows line endings kept (as Ruby reads them). */
export function readText(abs: string): string {
  return readFileSync(abs, "utf8");
}

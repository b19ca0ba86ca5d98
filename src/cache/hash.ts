import { createHash } from "node:crypto";
import { readFileSync, readdirSync } from "node:fs";

/** Hex SHA-256 of the parts, each prefixed with its length (so "ab","c" and "a","bc" differ). */
export function hashOf(...parts: string[]): string {
  const h = createHash("sha256");
  for (const p of parts) h.update(`${p.length}:`).update(p);
  return h.digest("hex");
}

/** Hash of a file's bytes; undefined when it cannot be read. */
export function hashFile(path: string): string | undefined {
  try {
    return createHash("sha256").update(readFileSync(path)).digest("hex");
  } catch {
    return undefined;
  }
}

/** Hash of a folder's sorted entry names, those `keep` accepts (a file added or removed changes it); undefined when it cannot be listed. */
export function hashListing(
  dir: string,
  keep: (name: string, isDirectory: boolean) => boolean = () => true,
): string | undefined {
  try {
    const names = readdirSync(dir, { withFileTypes: true })
      .filter((e) => keep(e.name, e.isDirectory()))
      .map((e) => (e.isDirectory() ? `${e.name}/` : e.name));
    return hashOf(...names.sort());
  } catch {
    return undefined;
  }
}

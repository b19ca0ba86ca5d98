import { readdir } from "node:fs/promises";
import { extname, join } from "node:path";

/** How a built file is compared. */
export type FileKind = "html" | "xml" | "text" | "binary";

const XML_EXTENSIONS = new Set([".xml", ".rss", ".atom", ".xsl", ".xslt"]);
const TEXT_EXTENSIONS = new Set([
  ".css",
  ".js",
  ".mjs",
  ".json",
  ".txt",
  ".md",
  ".markdown",
  ".csv",
  ".tsv",
  ".yml",
  ".yaml",
  ".svg",
  ".webmanifest",
  ".map",
  ".bib",
  ".tex",
]);

/** The comparison kind of a file, by its extension. */
export function fileKind(path: string): FileKind {
  const ext = extname(path).toLowerCase();
  if (ext === ".html" || ext === ".htm") return "html";
  if (XML_EXTENSIONS.has(ext)) return "xml";
  if (TEXT_EXTENSIONS.has(ext)) return "text";
  return "binary";
}

/** A regular expression for a shell-style glob: `**` crosses folders, `*` and `?` do not, `{a,b}` alternates. */
export function globToRegExp(glob: string): RegExp {
  let re = "";
  let braces = 0;
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i]!;
    if (c === "*" && glob[i + 1] === "*") {
      const slash = glob[i + 2] === "/";
      re += slash ? "(?:.*/)?" : ".*";
      i += slash ? 2 : 1;
    } else if (c === "*") re += "[^/]*";
    else if (c === "?") re += "[^/]";
    else if (c === "{") {
      re += "(?:";
      braces++;
    } else if (c === "}" && braces > 0) {
      re += ")";
      braces--;
    } else if (c === "," && braces > 0) re += "|";
    else re += c.replace(/[.+^$()|[\]\\]/g, "\\$&");
  }
  return new RegExp(`^${re}$`);
}

/** True when `path` matches a glob; a glob without a slash also matches the file's base name anywhere. */
export function matchesAny(path: string, globs: RegExp[], baseGlobs: RegExp[]): boolean {
  const base = path.slice(path.lastIndexOf("/") + 1);
  return globs.some((g) => g.test(path)) || baseGlobs.some((g) => g.test(base));
}

/** Every file under `dir`, as sorted slash-separated relative paths, skipping those matching `ignore`. */
export async function listFiles(dir: string, ignore: string[] = []): Promise<string[]> {
  const full = ignore.filter((g) => g.includes("/")).map(globToRegExp);
  const base = ignore.filter((g) => !g.includes("/")).map(globToRegExp);
  const out: string[] = [];
  const walk = async (rel: string): Promise<void> => {
    const entries = await readdir(join(dir, rel), { withFileTypes: true });
    for (const entry of entries) {
      const path = rel === "" ? entry.name : `${rel}/${entry.name}`;
      if (matchesAny(path, full, base)) continue;
      if (entry.isDirectory()) await walk(path);
      else if (entry.isFile() || entry.isSymbolicLink()) out.push(path);
    }
  };
  await walk("");
  return out.sort();
}

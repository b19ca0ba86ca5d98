import { statSync, realpathSync } from "node:fs";
import { join, resolve, sep } from "node:path";

/** What a request path maps to in the served folder. */
export type Resolution =
  | { kind: "file"; path: string }
  | { kind: "redirect"; location: string }
  | { kind: "not-found" }
  | { kind: "forbidden" };

/** Splits a request path into decoded segments; null when it tries to leave the folder or hides a separator. */
export function decodeSegments(rawPath: string): { segments: string[]; raw: string[]; trailingSlash: boolean } | null {
  if (!rawPath.startsWith("/") || /\\|%5c|\0|%00/i.test(rawPath)) return null;
  const raw = rawPath.split("/").slice(1);
  const trailingSlash = raw.length === 0 || raw[raw.length - 1] === "";
  const kept: string[] = [],
    segments: string[] = [];
  for (const part of raw) {
    if (part === "") continue;
    let seg: string;
    try {
      seg = decodeURIComponent(part);
    } catch {
      return null;
    }
    if (seg === "." || seg === ".." || /[/\\\0]/.test(seg)) return null;
    segments.push(seg);
    kept.push(part);
  }
  return { segments, raw: kept, trailingSlash };
}

/** Normalises a `baseurl` setting to "" or "/a/b" (no trailing slash). */
export function normalizeBaseurl(baseurl: unknown): string {
  const s = typeof baseurl === "string" ? baseurl.trim() : "";
  const parts = s.split("/").filter(Boolean);
  return parts.length ? "/" + parts.join("/") : "";
}

/**
 * Maps a request path (without query) to a file under `root` as GitHub Pages does: the site is mounted at
 * `baseurl`; `/x/` serves `x/index.html`, `/x` serves the file `x`, redirects to `/x/` when `x` is a folder, else
 * serves `x.html`. Never answers with a file outside `root` (no `..`, encoded or not, no backslashes, no NUL, no
 * symlink leading out).
 */
export function resolveRequest(root: string, rawPath: string, baseurl = ""): Resolution {
  const decoded = decodeSegments(rawPath);
  if (!decoded) return { kind: "forbidden" };
  const base = normalizeBaseurl(baseurl).split("/").filter(Boolean);
  const { segments, raw } = decoded;
  if (base.length) {
    const inside = base.every((b, i) => segments[i] === b);
    if (!inside)
      return segments.length === 0
        ? { kind: "redirect", location: "/" + base.map(encodeURIComponent).join("/") + "/" }
        : { kind: "not-found" };
    if (segments.length === base.length && !decoded.trailingSlash)
      return { kind: "redirect", location: "/" + raw.join("/") + "/" };
  }
  const rel = segments.slice(base.length);
  const top = resolve(root);
  const abs = join(top, ...rel);
  if (abs !== top && !abs.startsWith(top + sep)) return { kind: "forbidden" };
  const st = statSync(abs, { throwIfNoEntry: false });
  let file: string | undefined;
  if (decoded.trailingSlash || rel.length === 0) {
    if (st?.isDirectory()) file = isFile(join(abs, "index.html")) ? join(abs, "index.html") : undefined;
  } else if (st?.isFile()) {
    file = abs;
  } else if (st?.isDirectory()) {
    return { kind: "redirect", location: "/" + raw.join("/") + "/" };
  } else if (isFile(abs + ".html")) {
    file = abs + ".html";
  }
  if (!file) return { kind: "not-found" };
  return insideReal(top, file) ? { kind: "file", path: file } : { kind: "forbidden" };
}

function isFile(p: string): boolean {
  return statSync(p, { throwIfNoEntry: false })?.isFile() ?? false;
}

/** True when `file`, with symlinks resolved, is still inside `root` (with symlinks resolved). */
function insideReal(root: string, file: string): boolean {
  try {
    const r = realpathSync(root),
      f = realpathSync(file);
    return f === r || f.startsWith(r + sep);
  } catch {
    return false;
  }
}

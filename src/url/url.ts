/** Placeholder values for a URL template; null drops the `/:key` segment (Jekyll's hash form). */
export type Placeholders = Record<string, string | null | undefined>;

const SAFE_PATH = /^[a-zA-Z0-9./-]+$/;

/** Percent-encodes a path segment as Jekyll's URL.escape_path (Addressable) does. */
export function escapePath(path: string): string {
  if (path === "" || SAFE_PATH.test(path)) return path;
  let out = "";
  for (const ch of path) {
    if (/[A-Za-z0-9\-._~!$&'()*+,;=:@/?#[\]%]/.test(ch)) out += ch;
    else out += encodeURIComponent(ch);
  }
  return out.replace("#", "%23");
}

/** Decodes percent escapes in a URL path (for the file written on disk). */
export function unescapePath(path: string): string {
  if (!path.includes("%")) return path;
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Jekyll's URL#sanitize_url: leading slash, no `..`, no `./`, no doubled slashes. */
export function sanitizeUrl(str: string): string {
  return ("/" + str)
    .split("..")
    .join("/")
    .split("./")
    .join("")
    .replace(/\/{2,}/g, "/");
}

/** Fills a template the way Jekyll's URL does for pages (hash placeholders, in insertion order). */
export function fillFromHash(template: string, placeholders: Placeholders): string {
  let result = template;
  for (const [key, value] of Object.entries(placeholders)) {
    if (!result.includes(":")) break;
    if (value === null || value === undefined) result = result.split(`/:${key}`).join("");
    else result = result.split(`:${key}`).join(escapePath(value));
  }
  return result;
}

/** Fills a template the way Jekyll's URL does for documents (a drop: every `:name` must be known). */
export function fillFromDrop(
  template: string,
  lookup: (key: string) => string | null | undefined,
  has: (key: string) => boolean,
): string {
  return template.replace(/:([a-z_]+)/g, (match, name: string) => {
    const pool = name.endsWith("_") ? [name, name.slice(0, -1)] : [name];
    const winner = pool.find(has);
    if (winner === undefined) {
      throw new Error(`The URL template doesn't have ${pool.join(" or ")} keys. Check your permalink template!`);
    }
    const value = lookup(winner) ?? "";
    return match.replace(`:${winner}`, escapePath(value));
  });
}

/** Jekyll's Utils.add_permalink_suffix for a permalink style. */
export function addPermalinkSuffix(template: string, style: string): string {
  if (style === "pretty") return template + "/";
  if (style === "date" || style === "ordinal" || style === "none") return template + ":output_ext";
  let t = template;
  if (style.endsWith("/")) t += "/";
  if (style.endsWith(":output_ext")) t += ":output_ext";
  return t;
}

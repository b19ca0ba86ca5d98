import { hasScheme } from "./external-url.js";

/** Where a reference leads, as far as can be told without a network. */
export type Target =
  | { type: "skip" }
  | { type: "external"; url: string }
  | { type: "outside"; path: string /** The file the path would reach with the baseurl in front. */; within?: string }
  | { type: "internal"; path: string; file?: string; expected: string; fragment: string };

/** The served site: its files and where it lives. */
export interface SiteLayout {
  files: Set<string>;
  /** "" or "/path" without a trailing slash. */
  baseurl: string;
  /** The host in the site's `url`, for absolute links back into the site. */
  host?: string;
  /** A path in the site's `url` itself ("https://me.github.io/proj" → "/proj"), else "". */
  urlPath?: string;
}

const ORIGIN = "http://lectern-check.invalid";

/** `baseurl` in canonical form: "" or a leading slash and no trailing one. */
export function canonicalBaseurl(baseurl: string | undefined): string {
  const trimmed = (baseurl ?? "").trim().replace(/\/+$/, "");
  return trimmed === "" ? "" : trimmed.startsWith("/") ? trimmed : `/${trimmed}`;
}

/** The host and path in a site's `url`, if it has a usable one. */
export function siteOrigin(url: string | undefined): { host?: string; urlPath: string } {
  try {
    const parsed = new URL(url ?? "");
    return { host: parsed.host || undefined, urlPath: decode(parsed.pathname).replace(/\/+$/, "") };
  } catch {
    return { urlPath: "" };
  }
}

function decode(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

/** The output file a site path is served from: `dir/` → `dir/index.html`; `name` → `name`, `name.html` or `name/index.html`. */
export function servedFile(rel: string, files: Set<string>): { file?: string; expected: string } {
  if (rel === "" || rel.endsWith("/")) {
    const expected = `${rel}index.html`;
    return { file: files.has(expected) ? expected : undefined, expected };
  }
  const file = [rel, `${rel}.html`, `${rel}/index.html`].find((c) => files.has(c));
  return { file, expected: rel };
}

/** Follows one URL written in `page` (an output path) to where it leads in the site. */
export function resolveReference(raw: string, page: string, site: SiteLayout, base?: string): Target {
  let url = raw.trim();
  let absolute = false;
  if (url === "" || /^(javascript|data|about|blob):/i.test(url)) return { type: "skip" };
  if (hasScheme(url)) {
    let parsed: URL | undefined;
    try {
      parsed = new URL(url.startsWith("//") ? `https:${url}` : url);
    } catch {
      return { type: "external", url: raw };
    }
    const web = parsed.protocol === "http:" || parsed.protocol === "https:";
    if (!web || site.host === undefined || parsed.host !== site.host) return { type: "external", url: raw };
    const prefix = site.urlPath ?? "";
    const path = decode(parsed.pathname);
    if (prefix !== "" && path !== prefix && !path.startsWith(`${prefix}/`)) return { type: "external", url: raw };
    url = `${parsed.pathname.slice(encodeURI(prefix).length) || "/"}${parsed.search}${parsed.hash}`;
    absolute = true;
  }
  const pageUrl = new URL(`${site.baseurl}/${page.split("/").map(encodeURIComponent).join("/")}`, ORIGIN);
  let target: URL;
  try {
    target = new URL(url, base ? new URL(base, pageUrl) : pageUrl);
  } catch {
    return { type: "external", url: raw };
  }
  if (target.origin !== ORIGIN) return { type: "external", url: raw };
  const path = decode(target.pathname);
  const fragment = decode(target.hash.slice(1));
  if (site.baseurl !== "" && path !== site.baseurl && !path.startsWith(`${site.baseurl}/`)) {
    // A full URL to the same host outside the baseurl is another site there (e.g. the owner's main page).
    if (absolute) return { type: "external", url: raw };
    const within = servedFile(path.replace(/^\/+/, ""), site.files).file;
    return { type: "outside", path, within: within === undefined ? undefined : `${site.baseurl}/${within}` };
  }
  const rel = path.slice(site.baseurl.length).replace(/^\/+/, "");
  return { type: "internal", path, fragment, ...servedFile(rel, site.files) };
}

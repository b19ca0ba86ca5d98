import type { FilterEnv, FilterTable } from "./env.js";
import { rubyToS } from "../../../ruby/value.js";

const ABSOLUTE = /^[a-zA-Z][a-zA-Z0-9+.-]*:/;

/** Percent-encodes what Addressable's `normalize` encodes in a path/query/fragment, keeping existing escapes. */
export function normalizeUriComponent(s: string): string {
  return s.replace(/%(?![0-9a-fA-F]{2})|[^A-Za-z0-9\-._~!$&'()*+,;=:@/?#%[\]]/gu, (c) => encodeURIComponent(c));
}

/** Addressable-style normalisation of a whole URL: lower-case scheme and host, encoded path. */
function normalizeUrl(url: string): string {
  const m = /^([a-zA-Z][a-zA-Z0-9+.-]*):\/\/([^/?#]*)([\s\S]*)$/.exec(url);
  if (!m) return normalizeUriComponent(url);
  const scheme = m[1]!.toLowerCase();
  let host = m[2]!.toLowerCase();
  if ((scheme === "http" && host.endsWith(":80")) || (scheme === "https" && host.endsWith(":443")))
    host = host.replace(/:\d+$/, "");
  const rest = m[3] === "" ? "/" : m[3]!;
  return `${scheme}://${host}${normalizeUriComponent(rest)}`;
}

function ensureLeadingSlash(s: string): string {
  return s === "" || s.startsWith("/") ? s : `/${s}`;
}

function urlOf(input: unknown): string {
  if (input && typeof input === "object" && "url" in input) return rubyToS((input as { url: unknown }).url);
  return rubyToS(input);
}

/** Jekyll's URL filters: relative_url, absolute_url, strip_index. */
export function urlFilters(env: FilterEnv): FilterTable {
  const baseurl = () => {
    const b = env.host.config.baseurl;
    return b === null || b === undefined ? "" : rubyToS(b).replace(/\/$/, "");
  };
  const relative = (input: unknown): unknown => {
    if (input === null || input === undefined) return input;
    const url = urlOf(input);
    if (ABSOLUTE.test(url)) return url;
    return normalizeUriComponent(ensureLeadingSlash(baseurl()) + ensureLeadingSlash(url));
  };
  return {
    relative_url: relative,
    absolute_url(input) {
      if (input === null || input === undefined) return input;
      const url = urlOf(input);
      if (ABSOLUTE.test(url)) return url;
      const site = env.host.config.url;
      if (site === null || site === undefined || site === "") return relative(input);
      return normalizeUrl(rubyToS(site) + rubyToS(relative(input)));
    },
    strip_index(input) {
      if (input === null || input === undefined || rubyToS(input) === "") return input;
      return rubyToS(input).replace(/\/index\.html?$/, "/");
    },
  };
}

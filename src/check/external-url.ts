/** Offline checks of URLs that leave the site: they must parse, use a known scheme and name a plausible host. */

/** Schemes a link may reasonably use; anything else is most likely a typo (`htps:`, `http//`). */
const KNOWN_SCHEMES = new Set([
  "http",
  "https",
  "mailto",
  "tel",
  "sms",
  "ftp",
  "ftps",
  "sftp",
  "ssh",
  "git",
  "svn",
  "irc",
  "ircs",
  "news",
  "nntp",
  "data",
  "javascript",
  "geo",
  "magnet",
  "webcal",
  "feed",
  "xmpp",
  "skype",
  "callto",
  "facetime",
  "zoommtg",
  "msteams",
  "spotify",
  "slack",
  "discord",
  "matrix",
  "bitcoin",
  "urn",
  "doi",
  "blob",
  "about",
  "chrome",
  "ws",
  "wss",
  "market",
  "itms-apps",
]);

/** Schemes whose URLs must have a host (`scheme://host/...`). */
const HOST_SCHEMES = new Set(["http", "https", "ftp", "ftps", "sftp", "ws", "wss"]);

/** True when `url` names a scheme (or is protocol-relative), i.e. it is not a path on this site. */
export function hasScheme(url: string): boolean {
  return /^[a-z][a-z0-9+.-]*:/i.test(url) || url.startsWith("//");
}

function hostProblem(host: string): string | undefined {
  if (host === "") return "has no host";
  if (host === "localhost" || /^\[[0-9a-f:.]+\]$/i.test(host)) return undefined;
  if (/^\d+(\.\d+){3}$/.test(host)) return undefined;
  if (!host.includes(".")) return `has host '${host}', which is not a domain name`;
  const labels = host.split(".");
  if (labels.some((l) => l === "")) return `has host '${host}' with an empty part`;
  if (labels.some((l) => l.startsWith("-") || l.endsWith("-")))
    return `has host '${host}' with a part starting or ending in '-'`;
  const tld = labels[labels.length - 1]!;
  if (/^\d+$/.test(tld) || !/^(xn--[a-z0-9-]+|[a-z]{2,63})$/i.test(tld))
    return `has host '${host}', whose ending '.${tld}' is not a top-level domain`;
  return undefined;
}

/** What is wrong with an external URL as written in the page, or undefined when it looks fine. */
export function externalUrlProblem(raw: string): string | undefined {
  const url = raw.trim();
  if (/^mailto:/i.test(url)) return mailtoProblem(url);
  if (/\s/.test(url)) return "contains whitespace (write it as %20, or the link breaks)";
  if (url.startsWith("//")) return hostProblem(safeHost(`https:${url}`) ?? "");
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(url)![1]!.toLowerCase();
  if (!KNOWN_SCHEMES.has(scheme))
    return `uses the unknown scheme '${scheme}:'${/^h?t+p+s?$/.test(scheme) ? " (a typo for 'https:'?)" : ""}`;
  if (HOST_SCHEMES.has(scheme)) {
    if (!url.slice(scheme.length + 1).startsWith("//")) return `should start with '${scheme}://'`;
    const host = safeHost(url);
    if (host === undefined) return "is not a valid URL";
    return hostProblem(host);
  }
  return undefined;
}

/** A `mailto:` link's addresses must look like addresses ("name AT host" does not). */
function mailtoProblem(url: string): string | undefined {
  const addresses = decodeSafe(url.slice(7).split("?")[0] ?? "");
  const bad = addresses
    .split(",")
    .map((a) => a.trim())
    .find((a) => a !== "" && !/^[^@\s]+@[^@\s]+\.[^@\s]+$/.test(a));
  return bad === undefined ? undefined : `has '${bad}', which is not an e-mail address`;
}

function safeHost(url: string): string | undefined {
  try {
    return new URL(url).hostname;
  } catch {
    return undefined;
  }
}

function decodeSafe(text: string): string {
  try {
    return decodeURIComponent(text);
  } catch {
    return text;
  }
}

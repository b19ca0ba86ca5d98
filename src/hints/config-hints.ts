import { readFileSync, existsSync } from "node:fs";
import { join } from "node:path";
import type { HintSite } from "./types.js";
import type { Hint } from "./types.js";
import { lineOfKey } from "./source-lines.js";

/** Where a config key was set: the last config file that writes it (line of the key), or a flag. */
function whereSet(site: HintSite, key: string, nested = false): { file: string; line?: number } | undefined {
  if (site.options.overrides && key in site.options.overrides) return undefined;
  if (key === "baseurl" && site.options.baseurl !== undefined) return { file: "--baseurl" };
  for (const abs of [...site.configFiles].reverse()) {
    let text: string;
    try {
      text = readFileSync(abs, "utf8");
    } catch {
      continue;
    }
    const line = lineOfKey(text, key, nested);
    if (line) return { file: site.shown(abs), line };
  }
  return site.configFiles[0] ? { file: site.shown(site.configFiles[0]) } : undefined;
}

/** True when a config file says `baseurl: /` (the loader reads it as "", Jekyll keeps "/" and academicpages links get "//"). */
function rawBaseurlIsSlash(site: HintSite): boolean {
  return site.configFiles.some((f) => {
    try {
      return /^baseurl[ \t]*:[ \t]*(["']?)\/\1[ \t]*(#.*)?$/m.test(readFileSync(f, "utf8"));
    } catch {
      return false;
    }
  });
}

/** `url` and `baseurl` mistakes that break links on GitHub Pages (doubled slashes, doubled paths). */
export function urlHints(site: HintSite): Hint[] {
  const hints: Hint[] = [];
  const url = site.config.url;
  const baseurl = site.config.baseurl === "" && rawBaseurlIsSlash(site) ? "/" : site.config.baseurl;
  if (typeof url === "string" && url !== "") {
    const at = whereSet(site, "url");
    let path = "";
    try {
      path = new URL(url).pathname;
    } catch {
      /* not a URL: Jekyll uses it as given */
    }
    if (at && url.endsWith("/")) {
      hints.push({
        ...at,
        message: `url '${url}' ends with '/': absolute links ({{ site.url }}{{ site.baseurl }}/...) get '//'; write it without the trailing slash`,
      });
    } else if (at && path !== "" && path !== "/") {
      const same = typeof baseurl === "string" && baseurl.replace(/\/+$/, "") === path.replace(/\/+$/, "");
      hints.push({
        ...at,
        message: same
          ? `url '${url}' contains the baseurl '${baseurl}': absolute links get it twice; url is the scheme and host only`
          : `url '${url}' has a path ('${path}'): url is the scheme and host only; a project site's path belongs in baseurl`,
      });
    }
  }
  if (typeof baseurl === "string" && baseurl !== "") {
    const at = whereSet(site, "baseurl");
    if (at && !baseurl.startsWith("/"))
      hints.push({
        ...at,
        message: `baseurl '${baseurl}' does not start with '/': links become relative to each page; write '/${baseurl.replace(/\/+$/, "")}'`,
      });
    else if (at && baseurl.endsWith("/"))
      hints.push({
        ...at,
        message: `baseurl '${baseurl}' ends with '/': links get '//'${baseurl === "/" ? " (a protocol-relative URL to another host); leave baseurl empty" : `; write '${baseurl.replace(/\/+$/, "")}'`}`,
      });
  }
  return hints;
}

/** `author.avatar` that is neither in the output nor in the source (academicpages looks in images/ unless it has a '/'). */
export function avatarHints(site: HintSite, outputs: Set<string>): Hint[] {
  const author = site.config.author as Record<string, unknown> | undefined;
  const avatar = author && typeof author === "object" ? author["avatar"] : undefined;
  if (typeof avatar !== "string" || avatar === "" || avatar.includes("://")) return [];
  const given = avatar.replace(/^\/+/, "").split(/[?#]/)[0]!;
  const candidates = [`images/${given}`, given];
  if (candidates.some((c) => outputs.has(c) || existsSync(join(site.source, c)))) return [];
  const at = whereSet(site, "avatar", true) ?? { file: "_config.yml" };
  return [
    {
      ...at,
      message: `author.avatar '${avatar}' does not exist (looked for ${candidates.join(" and ")}); the profile picture will be a broken image`,
    },
  ];
}

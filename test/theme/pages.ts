import { readdirSync, readFileSync } from "node:fs";
import { join, relative, sep } from "node:path";

/** A built HTML page: its path in the site, the URL that serves it, and its text. */
export interface BuiltPage {
  file: string;
  url: string;
  html: string;
}

/** True for the stub pages jekyll-redirect-from writes (a meta refresh, no theme). */
export function isRedirectStub(html: string): boolean {
  return /<meta http-equiv="refresh"/i.test(html) && !/class="masthead"/.test(html);
}

/** True for the talk map's full-window page (talkmap/map.html, shown in academicpages' iframe): no theme around it. */
export function isStandaloneMap(html: string): boolean {
  return /<body class="talkmap-standalone">/.test(html);
}

/** Every themed HTML page of a built site (redirect stubs and the standalone talk map left out), sorted by path. */
export function themedPages(siteDir: string): BuiltPage[] {
  const pages: BuiltPage[] = [];
  const walk = (dir: string): void => {
    for (const entry of readdirSync(dir, { withFileTypes: true })) {
      const path = join(dir, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (entry.name.endsWith(".html")) {
        const html = readFileSync(path, "utf8");
        if (isRedirectStub(html) || isStandaloneMap(html)) continue;
        const file = relative(siteDir, path).split(sep).join("/");
        const url = "/" + file.replace(/(^|\/)index\.html$/, "$1");
        pages.push({ file, url, html });
      }
    }
  };
  walk(siteDir);
  return pages.sort((a, b) => a.file.localeCompare(b.file));
}

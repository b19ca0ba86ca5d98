import { readFile } from "node:fs/promises";
import { countPages } from "../write/page-count.js";
import { join } from "node:path";
import { fileKind, listFiles } from "../compare/files.js";
import { externalUrlProblem } from "./external-url.js";
import { canonicalBaseurl, resolveReference, siteOrigin, type SiteLayout } from "./resolve.js";
import { scanPage, type PageScan, type Reference } from "./scan-page.js";
import type { CheckOptions, CheckReport, Problem } from "./types.js";

/** Problems a page has on its own: duplicate ids and a missing title. */
export function pageProblems(page: string, scan: PageScan): Problem[] {
  const problems: Problem[] = [];
  for (const [id, uses] of scan.ids) {
    const first = uses[0]!;
    for (const use of uses.slice(1)) {
      problems.push({
        page,
        ...use,
        kind: "duplicate-id",
        detail: `id "${id}" is already used at ${first.line}:${first.column}`,
      });
    }
  }
  if (scan.hasElements && !scan.title) {
    const detail =
      scan.title === ""
        ? "the <title> is empty"
        : scan.document
          ? "the page has no <title>"
          : "the page has no <title> (nor <html>: is its layout missing?)";
    problems.push({ page, line: 1, column: 1, kind: "title", detail });
  }
  return problems;
}

/** A hint for common ways of writing a link that leads nowhere: a web address without its scheme, a Markdown file name. */
function linkHint(url: string): string {
  const text = url.trim();
  if (/\.(md|markdown)([?#]|$)/i.test(text)) return " (link to the page's URL, not to its Markdown file)";
  if (/^(www\.|[a-z0-9-]+\.(com|org|net|edu|io|gov|ac\.[a-z]{2}|[a-z]{2})(\/|$))/i.test(text))
    return ` (missing "https://"?)`;
  return "";
}

function anchorExists(scan: PageScan | undefined, fragment: string): boolean {
  if (scan === undefined || fragment === "" || fragment.toLowerCase() === "top" || fragment.startsWith(":~:"))
    return true;
  return scan.ids.has(fragment) || scan.names.has(fragment);
}

/** The problem with one reference, if it leads nowhere. */
function referenceProblem(
  ref: Reference,
  page: string,
  site: SiteLayout,
  scans: Map<string, PageScan>,
): Problem | undefined {
  const at = { page, line: ref.line, column: ref.column };
  const scan = scans.get(page);
  const target = resolveReference(ref.url, page, site, scan?.base);
  switch (target.type) {
    case "skip":
      return undefined;
    case "external": {
      const problem = externalUrlProblem(target.url);
      return problem === undefined ? undefined : { ...at, kind: "url", detail: `"${ref.url}" ${problem}` };
    }
    case "outside": {
      const hint = target.within ? `; the file is at ${target.within}, use the relative_url filter` : "";
      return {
        ...at,
        kind: ref.kind,
        detail: `"${ref.url}" leads outside the site's baseurl "${site.baseurl}"${hint}`,
      };
    }
    case "internal": {
      if (target.file === undefined) {
        return {
          ...at,
          kind: ref.kind,
          detail: `"${ref.url}" leads nowhere: there is no ${target.expected}${linkHint(ref.url)}`,
        };
      }
      if (fileKind(target.file) !== "html" || anchorExists(scans.get(target.file), target.fragment)) return undefined;
      const where = target.file === page ? "this page" : target.file;
      return { ...at, kind: "anchor", detail: `"${ref.url}": ${where} has no id "${target.fragment}"` };
    }
  }
}

/** Checks a built site folder: links, anchors, images, scripts, stylesheets, ids, titles and external URLs. */
export async function checkSite(dir: string, options: CheckOptions = {}): Promise<CheckReport> {
  const all = await listFiles(dir);
  const site: SiteLayout = {
    files: new Set(all),
    baseurl: canonicalBaseurl(options.baseurl),
    ...siteOrigin(options.url),
  };
  const pages = all.filter((p) => fileKind(p) === "html");
  const scans = new Map<string, PageScan>();
  for (const page of pages) scans.set(page, scanPage(await readFile(join(dir, page), "utf8")));
  const ignored = new Set(options.ignore ?? []);
  const problems: Problem[] = [];
  for (const [page, scan] of scans) {
    problems.push(...pageProblems(page, scan));
    for (const ref of scan.references) {
      const problem = referenceProblem(ref, page, site, scans);
      if (problem) problems.push(problem);
    }
  }
  const kept = problems.filter((p) => !ignored.has(p.kind));
  for (const p of kept) {
    const source = options.sources?.get(p.page);
    if (source !== undefined && source !== p.page) p.source = source;
  }
  kept.sort((a, b) => (a.page < b.page ? -1 : a.page > b.page ? 1 : a.line - b.line || a.column - b.column));
  return { dir, pages: countPages(all), problems: kept };
}

import type { PluginSite as Site } from "../types.js";
import { Page } from "../../model/page.js";

/** A later page of a paginated template: the template's file and front matter at another URL. */
class PaginatedCopy extends Page {
  constructor(
    private readonly origin: Page,
    style: string,
  ) {
    super(origin.dir, origin.name, style);
  }

  /** The gem keeps the template's path (page.path stays the template's). */
  override get relativePath(): string {
    return this.origin.relativePath;
  }
}

/** Adds a copy of `template` at `url` to the site and returns it. */
export function copyPage(site: Site, template: Page, url: string): Page {
  const page = new PaginatedCopy(template, site.permalinkStyle);
  page.fixedUrl = url;
  page.data = { ...template.data };
  if (template.viewData) page.viewData = { ...template.viewData };
  page.content = template.rawContent ?? template.content;
  page.rawContent = page.content;
  page.absPath = template.absPath;
  page.fileSource = template.fileSource;
  page.lineOffset = template.lineOffset;
  page.outputExt = template.outputExt;
  site.pages.push(page);
  return page;
}

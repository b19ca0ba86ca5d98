/**
 * What Lectern counts as a page wherever it reports a number of pages (`build`, `check`, `serve`): an HTML file in
 * the output, whether rendered or copied. Stylesheets, feeds and sitemaps that were rendered are files, not pages.
 */
export function isPageFile(destRel: string): boolean {
  return /\.html?$/i.test(destRel);
}

/** How many of these destination paths are pages. */
export function countPages(destRels: Iterable<string>): number {
  let n = 0;
  for (const p of destRels) if (isPageFile(p)) n++;
  return n;
}

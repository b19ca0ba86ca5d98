export { normalizeHtml, normalizeXml, visibleText, parseHtml } from "./normalize.js";
export {
  compareSites,
  compareFile,
  type CompareOptions,
  type CompareReport,
  type FileComparison,
  type Tally,
} from "./compare-sites.js";
export { formatReport, percent, commonDifferences } from "./report.js";
export { fileKind, listFiles, globToRegExp, type FileKind } from "./files.js";
export { firstDifference } from "./diff-excerpt.js";

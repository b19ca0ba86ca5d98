export { checkSite, pageProblems } from "./check-site.js";
export { formatCheckReport } from "./format.js";
export { externalUrlProblem } from "./external-url.js";
export { resolveReference, canonicalBaseurl, servedFile } from "./resolve.js";
export { scanPage, srcsetUrls, type PageScan, type Reference } from "./scan-page.js";
export type { CheckOptions, CheckReport, Problem, ProblemKind } from "./types.js";

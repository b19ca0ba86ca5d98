/** What `lectern check` can find wrong in a built site. */
export type ProblemKind =
  | "link" // an internal link to a page or file that does not exist
  | "anchor" // a #fragment with no matching id or name in the target page
  | "image" // an image that does not exist
  | "script" // a script that does not exist
  | "stylesheet" // a stylesheet that does not exist
  | "file" // any other referenced file (icon, iframe, video, download) that does not exist
  | "duplicate-id" // an id used twice in one page
  | "title" // a page without a (non-empty) <title>
  | "url"; // a malformed external URL

/** One thing wrong, where it is. */
export interface Problem {
  /** Output path of the page, slash-separated, relative to the site folder. */
  page: string;
  line: number;
  column: number;
  kind: ProblemKind;
  detail: string;
  /** The source file the page was built from, when known (`_pages/about.md`). */
  source?: string;
}

/** How the site is served, so root-relative and absolute links can be followed. */
export interface CheckOptions {
  /** The site's `baseurl` (e.g. "/blog"); links must start with it to stay on the site. */
  baseurl?: string;
  /** The site's `url` (e.g. "https://me.github.io"); absolute links starting with url+baseurl are checked as internal. */
  url?: string;
  /** Kinds of problem not to report. */
  ignore?: ProblemKind[];
  /** Output path → the source file it was built from, so problems can name it. */
  sources?: Map<string, string>;
}

/** Everything `checkSite` found. */
export interface CheckReport {
  dir: string;
  /** HTML pages checked. */
  pages: number;
  /** Problems sorted by page, then position. */
  problems: Problem[];
}

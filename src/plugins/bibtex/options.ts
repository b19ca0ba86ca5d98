import type { GroupBy } from "./group.js";

/** The `scholar:` block of `_config.yml`, with defaults filled in. */
export interface ScholarOptions {
  /** Name variants of the site owner, highlighted in author lists (`me`, else al-folio's `last_name`/`first_name`, else `author.name`). */
  me: string[];
  /** Mark after co-first authors (`co_first_mark`, default "*"). */
  coFirstMark: string;
  /** Folder of `.bib` files (`source`, default `_bibliography`). */
  source: string;
  /** URL of the generated publications list (`list_url`, default `/publications/`), or false for none. */
  listUrl: string | false;
  /** URL pattern of paper pages (`paper_url`, default `/publications/:key/`), or false for none. */
  paperUrl: string | false;
  /** `group_by`: year, category, type or none; undefined lets the entries decide. */
  groupBy?: GroupBy;
  /** Title of the list page (`title`, default "Publications"). */
  title: string;
  /** Layouts of the list and paper pages (`list_layout`, default "archive"; `paper_layout`, default "single"). */
  listLayout: string;
  paperLayout: string;
  /** `front_matter_tags: false` stops adding `scholar_head` to `_publications` documents. */
  frontMatterTags: boolean;
}

const GROUPS = new Set(["year", "category", "type", "none"]);

/** Reads `scholar:` (a missing or malformed block gives the defaults); problems are reported through `warn`. */
export function scholarOptions(
  config: Record<string, unknown>,
  warn: (message: string) => void = () => {},
): ScholarOptions {
  const raw = config.scholar;
  const s = raw && typeof raw === "object" && !Array.isArray(raw) ? (raw as Record<string, unknown>) : {};
  if (raw !== undefined && raw !== null && s !== raw)
    warn("`scholar:` in _config.yml should be a mapping (me, co_first_mark, ...); it is ignored");
  let me = list(s.me);
  // jekyll-scholar / al-folio spell the owner as `last_name: [He]` and `first_name: [Keqing, K.]`.
  if (me.length === 0)
    me = list(s.last_name).flatMap((last) =>
      list(s.first_name).length ? list(s.first_name).map((first) => `${first} ${last}`) : [],
    );
  // Else the site's author (academicpages' `author.name`) is the owner.
  const author = config.author;
  if (
    me.length === 0 &&
    author &&
    typeof author === "object" &&
    typeof (author as Record<string, unknown>).name === "string"
  )
    me = [(author as Record<string, string>).name!];
  const groupBy = s.group_by === undefined ? undefined : String(s.group_by);
  if (groupBy !== undefined && !GROUPS.has(groupBy))
    warn(`scholar.group_by: '${groupBy}' is not one of year, category, type, none; grouping by year`);
  const url = (v: unknown, fallback: string): string | false =>
    v === false ? false : typeof v === "string" && v ? v : fallback;
  return {
    me,
    coFirstMark: s.co_first_mark === undefined || s.co_first_mark === null ? "*" : String(s.co_first_mark),
    source: typeof s.source === "string" && s.source ? s.source : "_bibliography",
    listUrl: url(s.list_url, "/publications/"),
    paperUrl: url(s.paper_url, "/publications/:key/"),
    groupBy: groupBy === undefined ? undefined : GROUPS.has(groupBy) ? (groupBy as GroupBy) : "year",
    title: typeof s.title === "string" ? s.title : "Publications",
    listLayout: typeof s.list_layout === "string" ? s.list_layout : "archive",
    paperLayout: typeof s.paper_layout === "string" ? s.paper_layout : "single",
    frontMatterTags: s.front_matter_tags !== false,
  };
}

function list(v: unknown): string[] {
  return (Array.isArray(v) ? v : v === undefined || v === null ? [] : [v]).map(String).filter(Boolean);
}

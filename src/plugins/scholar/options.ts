/** jekyll-scholar's defaults (Scholar.defaults) for the options Lectern reads. */
export const SCHOLAR_DEFAULTS: Record<string, unknown> = {
  style: "apa",
  locale: "en",
  sort_by: "none",
  order: "ascending",
  group_by: "none",
  group_order: "ascending",
  bibliography_group_tag: "h2,h3,h4,h5",
  bibliography_list_tag: "ol",
  bibliography_item_tag: "li",
  bibliography_list_attributes: {},
  bibliography_item_attributes: {},
  source: "./_bibliography",
  bibliography: "references.bib",
  bibtex_filters: ["smallcaps", "superscript", "italics", "textit", "lowercase", "textregistered", "tiny", "latex"],
  bibtex_skip_fields: ["abstract", "month_numeric"],
  replace_strings: true,
  join_strings: true,
  details_dir: "bibliography",
  details_layout: "bibtex.html",
  details_link: "Details",
  details_permalink: "/:details_dir/:key:extension",
  bibliography_class: "bibliography",
  bibliography_template: "{{reference}}",
  reference_tagname: "span",
  missing_reference: "(missing reference)",
  details_link_class: "details",
  query: "@*",
  cite_class: "citation",
  type_names: {
    article: "Journal Articles",
    book: "Books",
    incollection: "Book Chapters",
    inproceedings: "Conference Articles",
    thesis: "Theses",
    mastersthesis: "Master's Theses",
    phdthesis: "PhD Theses",
    manual: "Manuals",
    techreport: "Technical Reports",
    misc: "Miscellaneous",
    unpublished: "Unpublished",
  },
  type_aliases: { phdthesis: "thesis", mastersthesis: "thesis" },
  type_order: [],
};

/** Options of one `{% bibliography %}`/`{% cite %}` tag (jekyll-scholar's OptionParser flags). */
export interface TagOptions {
  files: string[];
  query?: string;
  cited?: boolean;
  citedInOrder?: boolean;
  groupBy?: string;
  groupOrder?: string;
  template?: string;
  style?: string;
  prefix?: string;
  offset?: number;
  max?: number;
  listTag?: string;
}

const FLAG =
  /(\B-[cCfhqptTsgGOlLomAr](?![\w-])|\B--(?:cited_in_order|cited|clear|bibliography_list_tag|file|query|prefix|text|style|group_by|group_order|type_order|template|locator|label|offset|max|suppress_author|remove_duplicates)\b)/;

const WHOLE_FLAG = new RegExp(`^${FLAG.source}$`);

const LONG: Record<string, string> = {
  "-c": "--cited",
  "-C": "--cited_in_order",
  "-f": "--file",
  "-q": "--query",
  "-h": "--bibliography_list_tag",
  "-p": "--prefix",
  "-t": "--text",
  "-s": "--style",
  "-g": "--group_by",
  "-G": "--group_order",
  "-O": "--type_order",
  "-T": "--template",
  "-l": "--locator",
  "-L": "--label",
  "-o": "--offset",
  "-m": "--max",
  "-A": "--suppress_author",
  "-r": "--remove_duplicates",
};
const SWITCHES = new Set(["--cited", "--cited_in_order", "--clear", "--suppress_author", "--remove_duplicates"]);

/** Parses a tag's option text as jekyll-scholar splits and reads it. */
export function parseTagOptions(text: string): TagOptions {
  const opts: TagOptions = { files: [] };
  const parts = text
    .split(FLAG)
    .map((p) => p.trim())
    .filter(Boolean);
  for (let i = 0; i < parts.length; i++) {
    const flag = LONG[parts[i]!] ?? parts[i]!;
    if (!flag.startsWith("--")) continue;
    let value: string | undefined;
    if (!SWITCHES.has(flag) && i + 1 < parts.length && !WHOLE_FLAG.test(parts[i + 1]!)) value = parts[++i];
    switch (flag) {
      case "--cited":
        opts.cited = true;
        break;
      case "--cited_in_order":
        opts.cited = true;
        opts.citedInOrder = true;
        break;
      case "--file":
        if (value) opts.files.push(value);
        break;
      case "--query":
        opts.query = value;
        break;
      case "--group_by":
      case "--type_order":
        opts.groupBy = value;
        break;
      case "--group_order":
        opts.groupOrder = value;
        break;
      case "--template":
        opts.template = value;
        break;
      case "--style":
        opts.style = value;
        break;
      case "--prefix":
        opts.prefix = value;
        break;
      case "--offset":
        opts.offset = Number.parseInt(value ?? "0", 10) || 0;
        break;
      case "--max":
        opts.max = Number.parseInt(value ?? "0", 10) || 0;
        break;
      case "--bibliography_list_tag":
        opts.listTag = value;
        break;
    }
  }
  return opts;
}

/** Splits `{% cite a b -f x %}` markup into keys (words before the first `-`) and option text. */
export function splitArguments(markup: string): { keys: string[]; options: string } {
  const tokens = markup.trim().split(/\s+/).filter(Boolean);
  const at = tokens.findIndex((t) => t.startsWith("-"));
  const keys = at < 0 ? tokens : tokens.slice(0, at);
  return { keys, options: at < 0 ? "" : tokens.slice(at).join(" ") };
}

/** A comma-separated option or a YAML list as a list of strings. */
export function listOption(v: unknown): string[] {
  return (Array.isArray(v) ? v : [v])
    .filter((x) => x !== null && x !== undefined)
    .flatMap((x) => String(x).split(/\s*,\s*/))
    .filter(Boolean);
}

import { parse as parseYaml } from "yaml";

/** Per-kind Rouge settings that override the general ones. */
export interface HighlightOverrides {
  disable?: boolean;
  default_lang?: string | null;
  guess_lang?: boolean;
}

/** kramdown options that change the HTML, as a site's `kramdown:` config spells them (snake_case). */
export interface MarkdownOptions {
  input: "GFM" | "kramdown";
  auto_ids: boolean;
  auto_id_prefix: string;
  auto_id_stripping: boolean;
  transliterated_header_ids: boolean;
  smart_quotes: [string, string, string, string];
  entity_output: "as_char" | "as_input" | "numeric" | "symbolic";
  toc_levels: number[];
  footnote_nr: number;
  footnote_prefix: string;
  footnote_backlink: string;
  footnote_backlink_inline: boolean;
  hard_wrap: boolean;
  gfm_quirks: string[];
  parse_block_html: boolean;
  parse_span_html: boolean;
  header_offset: number;
  syntax_highlighter: string | null;
  default_lang: string | null;
  guess_lang: boolean;
  /** Rouge options for inline code and for code blocks (`syntax_highlighter_opts: {span: ..., block: ...}`). */
  highlight_span: HighlightOverrides;
  highlight_block: HighlightOverrides;
  math_engine: string | null;
  typographic_symbols: Record<string, string>;
  remove_line_breaks_for_cjk: boolean;
  link_defs: Record<string, [string, string?]>;
}

/** kramdown's own defaults, with the GFM parser's options as Jekyll sets them. */
export const KRAMDOWN_DEFAULTS: MarkdownOptions = {
  input: "GFM",
  auto_ids: true,
  auto_id_prefix: "",
  auto_id_stripping: false,
  transliterated_header_ids: false,
  smart_quotes: ["lsquo", "rsquo", "ldquo", "rdquo"],
  entity_output: "as_char",
  toc_levels: [1, 2, 3, 4, 5, 6],
  footnote_nr: 1,
  footnote_prefix: "",
  footnote_backlink: "&#8617;",
  footnote_backlink_inline: false,
  hard_wrap: false,
  gfm_quirks: ["paragraph_end"],
  parse_block_html: false,
  parse_span_html: true,
  header_offset: 0,
  syntax_highlighter: "rouge",
  default_lang: "plaintext",
  guess_lang: true,
  highlight_span: {},
  highlight_block: {},
  math_engine: "mathjax",
  typographic_symbols: {},
  remove_line_breaks_for_cjk: false,
  link_defs: {},
};

const toSnake = (k: string): string => k.replace(/[A-Z]/g, (c) => "_" + c.toLowerCase());

function bool(v: unknown, fallback: boolean): boolean {
  if (typeof v === "boolean") return v;
  if (v === null || v === undefined) return fallback;
  const s = String(v).trim();
  return s === "true" ? true : s === "false" || s === "nil" || s === "" ? false : fallback;
}

function list(v: unknown): string[] {
  if (Array.isArray(v)) return v.map((x) => String(x).trim());
  return String(v)
    .split(",")
    .map((x) => x.trim());
}

function levels(v: unknown): number[] {
  if (Array.isArray(v)) return v.map(Number).filter((n) => n >= 1 && n <= 6);
  const s = String(v).trim();
  const range = /^(\d)\.\.(\d)$/.exec(s);
  if (range) {
    const out: number[] = [];
    for (let i = Number(range[1]); i <= Number(range[2]); i++) out.push(i);
    return out;
  }
  return s
    .split(",")
    .map(Number)
    .filter((n) => n >= 1 && n <= 6);
}

function symbol(v: unknown): string | null {
  const s = String(v ?? "")
    .trim()
    .replace(/^:/, "");
  return s === "" || s === "nil" ? null : s;
}

/** Merges options given with camelCase or snake_case keys onto the defaults, parsing strings as kramdown does. */
export function resolveOptions(
  given: Record<string, unknown> = {},
  base: MarkdownOptions = KRAMDOWN_DEFAULTS,
): MarkdownOptions {
  const o: MarkdownOptions = { ...base };
  for (const [rawKey, v] of Object.entries(given)) {
    if (v === undefined) continue;
    const k = toSnake(rawKey);
    switch (k) {
      case "input":
        o.input = String(v).toLowerCase() === "gfm" ? "GFM" : "kramdown";
        break;
      case "auto_ids":
      case "auto_id_stripping":
      case "transliterated_header_ids":
      case "footnote_backlink_inline":
      case "hard_wrap":
      case "parse_block_html":
      case "parse_span_html":
      case "remove_line_breaks_for_cjk":
      case "guess_lang":
        (o as unknown as Record<string, boolean>)[k] = bool(v, (base as unknown as Record<string, boolean>)[k]!);
        break;
      case "auto_id_prefix":
      case "footnote_prefix":
      case "footnote_backlink":
        o[k] = String(v ?? "");
        break;
      case "smart_quotes": {
        const l = list(v);
        if (l.length === 4) o.smart_quotes = l as MarkdownOptions["smart_quotes"];
        break;
      }
      case "entity_output": {
        const s = symbol(v);
        if (s === "as_char" || s === "as_input" || s === "numeric" || s === "symbolic") o.entity_output = s;
        break;
      }
      case "toc_levels":
        o.toc_levels = levels(v);
        break;
      case "footnote_nr":
      case "header_offset": {
        const n = Number.parseInt(String(v), 10);
        if (Number.isFinite(n)) o[k] = n;
        break;
      }
      case "gfm_quirks":
        o.gfm_quirks = list(v).filter(Boolean);
        break;
      case "syntax_highlighter":
      case "highlighter":
        o.syntax_highlighter = symbol(v);
        break;
      case "math_engine":
        o.math_engine = symbol(v);
        break;
      case "default_lang":
        o.default_lang = v === null ? null : String(v);
        break;
      case "syntax_highlighter_opts":
        {
          let opts = v as Record<string, unknown>;
          if (typeof v === "string") {
            try {
              opts = (parseYaml(v) ?? {}) as Record<string, unknown>;
            } catch {
              break;
            }
          }
          if (!opts || typeof opts !== "object") break;
          if ("default_lang" in opts)
            o.default_lang = opts["default_lang"] == null ? null : String(opts["default_lang"]);
          if ("guess_lang" in opts) o.guess_lang = bool(opts["guess_lang"], false);
          for (const kind of ["span", "block"] as const) {
            const sub = opts[kind];
            if (!sub || typeof sub !== "object") continue;
            const s = sub as Record<string, unknown>;
            const h: HighlightOverrides = {};
            if ("disable" in s) h.disable = bool(s["disable"], false);
            if ("default_lang" in s) h.default_lang = s["default_lang"] == null ? null : String(s["default_lang"]);
            if ("guess_lang" in s) h.guess_lang = bool(s["guess_lang"], false);
            o[kind === "span" ? "highlight_span" : "highlight_block"] = h;
          }
        }
        break;
      case "typographic_symbols":
        if (v && typeof v === "object")
          o.typographic_symbols = Object.fromEntries(
            Object.entries(v).map(([a, b]) => [a.replace(/^:/, ""), String(b)]),
          );
        break;
      case "highlight_span":
      case "highlight_block":
        if (v && typeof v === "object") o[k] = { ...(v as HighlightOverrides) };
        break;
      case "link_defs":
        if (v && typeof v === "object") o.link_defs = v as MarkdownOptions["link_defs"];
        break;
      default:
        break;
    }
  }
  return o;
}

/** Jekyll 4.3's `kramdown:` defaults (Configuration::DEFAULTS), before the site's own keys. */
export const JEKYLL_KRAMDOWN_DEFAULTS: Record<string, unknown> = {
  auto_ids: true,
  toc_levels: [1, 2, 3, 4, 5, 6],
  entity_output: "as_char",
  smart_quotes: "lsquo,rsquo,ldquo,rdquo",
  input: "GFM",
  hard_wrap: false,
  guess_lang: true,
  footnote_nr: 1,
  show_warnings: false,
};

/** Builds options from a Jekyll site config (`kramdown:` and `highlighter:`), applying Jekyll's defaults and its highlighter setup. */
export function markdownOptionsFromConfig(config: Record<string, unknown>): MarkdownOptions {
  const site = (config["kramdown"] && typeof config["kramdown"] === "object" ? config["kramdown"] : {}) as Record<
    string,
    unknown
  >;
  const merged: Record<string, unknown> = { ...JEKYLL_KRAMDOWN_DEFAULTS, ...site };
  const hl =
    merged["syntax_highlighter"] ??
    (merged["enable_coderay"] === true ? "coderay" : (config["highlighter"] ?? "rouge"));
  const shOpts = { ...((merged["syntax_highlighter_opts"] as Record<string, unknown> | undefined) ?? {}) };
  shOpts["default_lang"] ??= "plaintext";
  shOpts["guess_lang"] = merged["guess_lang"];
  const o = resolveOptions({ ...merged, syntax_highlighter: hl, syntax_highlighter_opts: shOpts });
  // The GFM parser defaults hard_wrap to true; Jekyll's defaults set it false unless the site says otherwise.
  return o;
}

import { createHash } from "node:crypto";
import { rubySplit } from "../liquid/filters/strings.js";

/**
 * jekyll-compress-html (v3.0.2, Anatol Broder, MIT), the `compress` layout every academicpages site
 * wraps its pages in, is a Liquid program that rewrites the whole page: split at `<pre`, collapse
 * whitespace outside <pre>, then 61 tags × 3 `replace` passes. Run as Liquid it is a third of a
 * build; this is the same program in JavaScript, used only when the layout's text is exactly that
 * release (line endings aside) and the site's `compress_html` options are ones it covers. Anything
 * else (endings, startings, comments, blanklines, profile) renders through Liquid as before.
 */

/** SHA-256 of the layout's Liquid text (after front matter, CRLF as LF, trimmed) for the releases this reproduces. */
const KNOWN = new Set(["7caaea688ea6cf7fb3843f8d7cb04a35351492439a91ffc6c14e41c2d5c4981d"]);

/** The template's `clippings: all` list. */
const ALL_CLIPPINGS =
  "html head title base link meta style body article section nav aside h1 h2 h3 h4 h5 h6 hgroup header footer address p hr blockquote ol ul li dl dt dd figure figcaption main div table caption colgroup col tbody thead tfoot tr td th".split(
    " ",
  );

/** A recognised compress layout: the text Liquid prints around the program (the blank line after the front matter, the final newline). */
export interface CompressLayout {
  lead: string;
  trail: string;
}

const recognised = new Map<string, CompressLayout | null>();

/** The compress layout this module reproduces, or null when `body` (a layout's text after front matter) is anything else. */
export function compressLayout(body: string): CompressLayout | null {
  let hit = recognised.get(body);
  if (hit === undefined) {
    const trimmed = body.trim();
    const known = KNOWN.has(createHash("sha256").update(trimmed.replace(/\r\n/g, "\n")).digest("hex"));
    hit = known
      ? { lead: body.slice(0, body.indexOf(trimmed)), trail: body.slice(body.indexOf(trimmed) + trimmed.length) }
      : null;
    recognised.set(body, hit);
  }
  return hit;
}

type Options = Record<string, unknown>;

/** Ruby truthiness: only nil and false are false. */
const truthy = (v: unknown) => v !== undefined && v !== null && v !== false;

/**
 * What the compress layout prints for `content`, or undefined when the options use a branch this
 * does not reproduce (the caller then renders the layout with Liquid).
 */
export function compressHtml(
  layout: CompressLayout,
  content: string,
  options: unknown,
  environment: string,
): string | undefined {
  const o = (
    options && typeof options === "object" && !Array.isArray(options)
      ? options
      : options === undefined || options === null
        ? {}
        : undefined
  ) as Options | undefined;
  if (!o) return undefined;
  if (
    truthy(o["endings"]) ||
    truthy(o["startings"]) ||
    truthy(o["comments"]) ||
    truthy(o["blanklines"]) ||
    truthy(o["profile"])
  )
    return undefined;
  const ignored = ignoredEnv(o["ignore"], environment);
  if (ignored === undefined) return undefined;
  if (ignored) return layout.lead + content + layout.trail;
  const clippings =
    o["clippings"] === "all"
      ? ALL_CLIPPINGS
      : o["clippings"] === undefined || o["clippings"] === null
        ? []
        : Array.isArray(o["clippings"]) &&
            o["clippings"].every((c) => typeof c === "string" && /^[A-Za-z0-9]+$/.test(c))
          ? (o["clippings"] as string[])
          : undefined;
  if (!clippings) return undefined;
  return layout.lead + clip(collapse(content), clippings) + layout.trail;
}

/** `site.compress_html.ignore.envs contains jekyll.environment`; undefined for a value Liquid's `contains` treats some other way. */
function ignoredEnv(ignore: unknown, environment: string): boolean | undefined {
  if (ignore === undefined || ignore === null) return false;
  if (typeof ignore !== "object" || Array.isArray(ignore)) return undefined;
  const envs = (ignore as Options)["envs"];
  if (envs === undefined || envs === null) return false;
  if (typeof envs === "string") return envs.includes(environment);
  if (Array.isArray(envs) && envs.every((e) => typeof e === "string")) return envs.includes(environment);
  return undefined;
}

/** The `<pre` loop: whitespace runs become one space outside <pre>…</pre>; of a chunk with several `</pre>` only the first and last parts stay, as in the template. */
function collapse(content: string): string {
  const out: string[] = [];
  for (const before of rubySplit(content, "<pre")) {
    const pres = rubySplit(before, "</pre>");
    const after = pres.length ? rubySplit(pres[pres.length - 1]!, " ").join(" ") : "";
    const closes = before.includes("</pre>");
    if (closes) out.push("<pre", pres[0] ?? "", "</pre>");
    if (!(closes && pres.length === 1)) out.push(after);
  }
  return out.join("");
}

/**
 * The clippings loop: for each tag in order, ` <tag` → `<tag`, ` </tag>` → `</tag>`, `</tag> ` → `</tag>`.
 * Those replaces only ever delete spaces, and each run of spaces meets them alone: a run loses its last
 * space to the first two when the text after it opens (or closes) a clipped tag, its first space to the
 * third when the text before it closes one. So one pass over the runs next to a tag gives what the
 * 183 passes over the page give.
 */
function clip(text: string, clippings: readonly string[]): string {
  if (!clippings.length) return text;
  const kept = new Map<string, number>();
  let out = "";
  let last = 0;
  for (const m of text.matchAll(/(?<=>) +| +(?=<)/g)) {
    const at = m.index!;
    const n = m[0].length;
    const after = text.startsWith("</", at + n)
      ? undefined
      : /^<([A-Za-z0-9]+)/.exec(text.slice(at + n, at + n + 64))?.[1];
    const closesAfter = text.startsWith("</", at + n)
      ? /^<\/([A-Za-z0-9]+)>/.exec(text.slice(at + n, at + n + 64))?.[1]
      : undefined;
    const closesBefore =
      text[at - 1] === ">" ? /<\/([A-Za-z0-9]+)>$/.exec(text.slice(Math.max(0, at - 64), at))?.[1] : undefined;
    const key = `${n} ${after ?? ""} ${closesAfter ?? ""} ${closesBefore ?? ""}`;
    let left = kept.get(key);
    if (left === undefined) {
      left = n;
      for (const e of clippings) {
        if (left > 0 && after !== undefined && after.startsWith(e)) left--;
        if (left > 0 && closesAfter === e) left--;
        if (left > 0 && closesBefore === e) left--;
      }
      kept.set(key, left);
    }
    if (left === n) continue;
    out += text.slice(last, at) + " ".repeat(left);
    last = at + n;
  }
  return last === 0 ? text : out + text.slice(last);
}

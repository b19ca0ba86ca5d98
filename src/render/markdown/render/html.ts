import type { Element } from "../element.js";
import type { MarkdownOptions } from "../options.js";
import { HTML_ELEMENTS_WITHOUT_BODY } from "../patterns.js";
import { entityName, namedEntity } from "../entities.js";
import { KramdownIds, basicGenerateId } from "../ids.js";
import { codeblockHtml, codespanHtml } from "./code.js";
import { mathHtml } from "./math.js";
import { escapeText, htmlAttributes } from "./escape.js";
import { footnoteContent, type FootnoteEntry } from "./footnotes.js";
import { tocHtml, type TocEntry } from "./toc.js";

const ESCAPED_CHARS = new Set(["<", ">", "&", '"']);
const NAMES: Record<string, string> = { "<": "lt", ">": "gt", "&": "amp", '"': "quot" };
const TYPO: Record<string, string[]> = {
  mdash: ["\u2014"],
  ndash: ["\u2013"],
  hellip: ["\u2026"],
  laquo_space: ["\u00ab", "\u00a0"],
  raquo_space: ["\u00a0", "\u00bb"],
  laquo: ["\u00ab"],
  raquo: ["\u00bb"],
};
const SQ_INDEX: Record<string, number> = { lsquo: 0, rsquo: 1, ldquo: 2, rdquo: 3 };

/** Data the converter needs from the parser besides the tree. */
export interface ConvertContext {
  abbrevDefs: Map<string, string>;
  abbrevAttr: Map<string, Element>;
}

/** kramdown's HTML converter: turns the element tree into HTML text with kramdown's indentation. */
export class HtmlConverter {
  private stack: Element[] = [];
  private ids: KramdownIds;
  readonly footnotes: FootnoteEntry[] = [];
  private footnotesByName = new Map<string, FootnoteEntry>();
  private footnoteCounter: number;
  private footnoteLocation: string | null = null;
  private toc: TocEntry[] = [];
  private tocCode: [Element, string] | null = null;

  constructor(
    readonly options: MarkdownOptions,
    private ctx: ConvertContext,
  ) {
    this.ids = new KramdownIds(options.auto_id_prefix);
    this.footnoteCounter = options.footnote_nr;
  }

  /** Converts a whole document. */
  convertRoot(root: Element): string {
    let result = this.inner(root, -2);
    const fn = footnoteContent(this);
    if (this.footnoteLocation) result = result.replace(this.footnoteLocation, () => fn);
    else result += fn;
    if (this.tocCode) {
      const [list, marker] = this.tocCode;
      const text = tocHtml(this, this.toc, list);
      result = result.replace(marker, () => text);
    }
    return result;
  }

  /** Converts the children of `el`, one indentation step deeper. */
  inner(el: Element, indent: number): string {
    let result = "";
    indent += 2;
    this.stack.push(el);
    for (const c of el.children) result += this.convert(c, indent);
    this.stack.pop();
    return result;
  }

  /** Converts one element. */
  convert(el: Element, indent: number): string {
    const sp = spaces(indent);
    switch (el.type) {
      case "blank":
        return "\n";
      case "text": {
        const s = escapeText(el.value!);
        return this.options.remove_line_breaks_for_cjk ? fixCjk(s) : s;
      }
      case "p":
        if (el.options.transparent) return this.inner(el, indent);
        if (
          el.children.length === 1 &&
          el.children[0]!.type === "img" &&
          el.children[0]!.options.ial?.refs?.includes("standalone")
        )
          return this.standaloneImage(el, indent);
        return `${sp}<p${htmlAttributes(el.attr)}>${this.inner(el, indent)}</p>\n`;
      case "codeblock":
        return codeblockHtml(this.options, el, indent);
      case "blockquote":
        return this.indented("blockquote", el.attr, this.inner(el, indent), indent);
      case "header":
        return this.header(el, indent);
      case "hr":
        return `${sp}<hr${htmlAttributes(el.attr)} />\n`;
      case "ul":
      case "ol": {
        const refs = el.options.ial?.refs;
        if (!this.tocCode && refs?.includes("toc")) {
          const m = marker();
          this.tocCode = [el, m];
          return m;
        }
        if (!this.footnoteLocation && refs?.includes("footnotes")) {
          this.footnoteLocation = marker();
          return this.footnoteLocation;
        }
        return this.indented(el.type, el.attr, this.inner(el, indent), indent);
      }
      case "dl":
        return this.indented("dl", el.attr, this.inner(el, indent), indent);
      case "li":
      case "dd": {
        let out = `${sp}<${el.type}${htmlAttributes(el.attr)}>`;
        const res = this.inner(el, indent);
        if (el.children.length === 0 || (el.children[0]!.type === "p" && el.children[0]!.options.transparent))
          out += res + (res.endsWith("\n") ? sp : "");
        else out += "\n" + res + sp;
        return out + `</${el.type}>\n`;
      }
      case "dt": {
        const attr = { ...el.attr };
        const parent = this.stack[this.stack.length - 1];
        if (attr["id"] === undefined && parent?.options.ial?.refs) {
          for (const ref of parent.options.ial.refs) {
            const m = /^auto_ids(?:-([\w-]+))?/.exec(ref);
            if (m) {
              attr["id"] = `${m[1] ?? ""}${basicGenerateId(el.options.rawText ?? "")}`.replace(/^\s+/, "");
              break;
            }
          }
        }
        return `${sp}<dt${htmlAttributes(attr)}>${this.inner(el, indent)}</dt>\n`;
      }
      case "html_element":
        return this.htmlElement(el, indent, sp);
      case "xml_comment":
      case "xml_pi": {
        const parent = this.stack[this.stack.length - 1]!;
        if (
          el.options.category === "block" &&
          (parent.type !== "html_element" || parent.options.contentModel !== "raw")
        )
          return `${sp}${el.value}\n`;
        return el.value!;
      }
      case "table":
      case "thead":
      case "tbody":
      case "tfoot":
      case "tr":
        return this.indented(el.type, el.attr, this.inner(el, indent), indent);
      case "td": {
        const res = this.inner(el, indent);
        const section = this.stack[this.stack.length - 2]!;
        const table = this.stack[this.stack.length - 3]!;
        const row = this.stack[this.stack.length - 1]!;
        const tag = section.type === "thead" ? "th" : "td";
        let attr = el.attr;
        const align = table.options.alignment?.[row.children.indexOf(el)] ?? "default";
        if (align !== "default") {
          attr = { ...attr };
          attr["style"] = (attr["style"] !== undefined ? `${attr["style"]}; ` : "") + `text-align: ${align}`;
        }
        return `${sp}<${tag}${htmlAttributes(attr)}>${res === "" ? this.entityToStr("\u00a0", 160) : res}</${tag}>\n`;
      }
      case "comment":
        return el.options.category === "block" ? `${sp}<!-- ${el.value} -->\n` : `<!-- ${el.value} -->`;
      case "br":
        return "<br />";
      case "a":
        return `<a${htmlAttributes(el.attr)}>${this.inner(el, indent)}</a>`;
      case "img":
        return `<img${htmlAttributes(el.attr)} />`;
      case "codespan":
        return codespanHtml(this.options, el);
      case "footnote":
        return this.footnote(el);
      case "raw": {
        const t = el.options.rawType;
        if (!t || t.length === 0 || t.includes("html"))
          return el.value! + (el.options.category === "block" ? "\n" : "");
        return "";
      }
      case "em":
      case "strong":
        return `<${el.type}${htmlAttributes(el.attr)}>${this.inner(el, indent)}</${el.type}>`;
      case "entity":
        return this.entityToStr(el.value, el.options.codePoint ?? 0, el.options.entityOriginal);
      case "typographic_sym": {
        const custom = this.options.typographic_symbols[el.value!];
        if (custom !== undefined) return escapeText(custom);
        return (TYPO[el.value!] ?? []).map((c) => this.entityToStr(c, c.codePointAt(0)!)).join("");
      }
      case "smart_quote": {
        const name = this.options.smart_quotes[SQ_INDEX[el.value!]!]!;
        const e = /^\d+$/.test(name)
          ? { char: String.fromCodePoint(Number(name)), codePoint: Number(name) }
          : namedEntity(name);
        return e ? this.entityToStr(e.char, e.codePoint) : "";
      }
      case "math":
        return mathHtml(this.options, el, sp);
      case "abbreviation": {
        const title = this.ctx.abbrevDefs.get(el.value!) ?? "";
        const attr = { ...(this.ctx.abbrevAttr.get(el.value!)?.attr ?? {}) };
        if (title !== "") attr["title"] = title;
        return `<abbr${htmlAttributes(attr)}>${el.value}</abbr>`;
      }
      case "root":
        return this.inner(el, indent);
      default:
        return this.inner(el, indent);
    }
  }

  /** kramdown's entity output for a character (as_char keeps it unless it must be escaped). */
  entityToStr(char: string | null, codePoint: number, original?: string): string {
    const mode = this.options.entity_output;
    if (mode === "as_char" && char !== null && (char === '"' || !ESCAPED_CHARS.has(char))) return char;
    if ((mode === "as_input" || mode === "as_char") && original) return original;
    if (char !== null && ESCAPED_CHARS.has(char)) return `&${NAMES[char]};`;
    if (mode === "symbolic") {
      const name = entityName(codePoint);
      if (name) return `&${name};`;
    }
    return `&#${codePoint};`;
  }

  private indented(name: string, attr: Record<string, string>, body: string, indent: number): string {
    const sp = indent > 0 ? " ".repeat(indent) : "";
    return `${sp}<${name}${htmlAttributes(attr)}>\n${body}${sp}</${name}>\n`;
  }

  private standaloneImage(el: Element, indent: number): string {
    const figAttr = { ...el.attr };
    const imgAttr = { ...el.children[0]!.attr };
    if ("class" in imgAttr && !("class" in figAttr)) {
      figAttr["class"] = imgAttr["class"]!;
      delete imgAttr["class"];
    }
    if ("id" in imgAttr && !("id" in figAttr)) {
      figAttr["id"] = imgAttr["id"]!;
      delete imgAttr["id"];
    }
    const sp2 = " ".repeat(Math.max(0, indent + 2));
    const body = `${sp2}<img${htmlAttributes(imgAttr)} />\n${sp2}<figcaption>${imgAttr["alt"] ?? ""}</figcaption>\n`;
    return this.indented("figure", figAttr, body, indent);
  }

  private header(el: Element, indent: number): string {
    const attr = { ...el.attr };
    if (this.options.auto_ids && attr["id"] === undefined) attr["id"] = this.ids.next(el.options.rawText ?? "");
    const level = el.options.level ?? 1;
    if (attr["id"] !== undefined && this.options.toc_levels.includes(level) && !/\bno_toc\b/.test(attr["class"] ?? ""))
      this.toc.push({ level, id: attr["id"], children: el.children });
    const out = Math.max(1, Math.min(6, level + this.options.header_offset));
    const sp = indent > 0 ? " ".repeat(indent) : "";
    return `${sp}<h${out}${htmlAttributes(attr)}>${this.inner(el, indent)}</h${out}>\n`;
  }

  private footnote(el: Element): string {
    const name = this.options.footnote_prefix + (el.options.name ?? "");
    let repeat = "";
    let number: number;
    const existing = this.footnotesByName.get(name);
    if (existing) {
      number = existing.number;
      existing.repeat += 1;
      repeat = `:${existing.repeat}`;
    } else {
      number = this.footnoteCounter++;
      const entry: FootnoteEntry = { name, content: el.footnote!, number, repeat: 0 };
      this.footnotes.push(entry);
      this.footnotesByName.set(name, entry);
    }
    return `<sup id="fnref:${name}${repeat}" role="doc-noteref"><a href="#fn:${name}" class="footnote" rel="footnote">${number}</a></sup>`;
  }

  private htmlElement(el: Element, indent: number, sp: string): string {
    const res = this.inner(el, indent);
    if (el.options.category === "span") {
      return (
        `<${el.value}${htmlAttributes(el.attr)}` +
        (res === "" && HTML_ELEMENTS_WITHOUT_BODY.has(el.value!) ? " />" : `>${res}</${el.value}>`)
      );
    }
    const parent = this.stack[this.stack.length - 1]!;
    const inRaw = parent.type === "html_element" && parent.options.contentModel === "raw";
    let out = inRaw ? "" : sp;
    out += `<${el.value}${htmlAttributes(el.attr)}`;
    if (el.options.isClosed && el.options.contentModel === "raw") out += " />";
    else if (res !== "" && el.options.contentModel !== "block") out += `>${res}</${el.value}>`;
    else if (res !== "") out += `>\n${res.endsWith("\n") ? res.slice(0, -1) : res}\n${sp}</${el.value}>`;
    else if (HTML_ELEMENTS_WITHOUT_BODY.has(el.value!)) out += " />";
    else out += `></${el.value}>`;
    if (!inRaw) out += "\n";
    return out;
  }
}

const SPACES: string[] = [];
/** Indentation of `n` spaces (cached). */
export function spaces(n: number): string {
  if (n <= 0) return "";
  return (SPACES[n] ??= " ".repeat(n));
}

let markerSeq = 0;
function marker(): string {
  markerSeq++;
  return `\u0000kdmarker${markerSeq}${Math.random().toString(36).slice(2)}\u0000`;
}

function fixCjk(s: string): string {
  const re = /([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+)\n([\p{sc=Han}\p{sc=Hiragana}\p{sc=Katakana}]+)/u;
  while (re.test(s)) s = s.replace(new RegExp(re.source, "gu"), "$1$2");
  return s;
}

import { Element, type Ial } from "../element.js";
import type { Parser } from "../parser.js";
import { resolveOptions } from "../options.js";
import {
  sticky,
  rubyLineRegExp,
  ALD_START,
  EXT_BLOCK_START,
  IAL_BLOCK_START,
  OPT_SPACE,
  WS,
  extBlockStop,
  extStopStr,
  EXT_START_STR,
  ALD_ID_NAME,
  ALD_ANY_CHARS,
} from "../patterns.js";
import { strip } from "../strings.js";

const KEY_VALUE = `(\\w[\\w-]*)=("|')((?:\\\\\\}|\\\\\\2|[^\\}\\x02])*?)\\2`;
const ID_OR_CLASS_MULTI = "((?:#([A-Za-z][\\w:-]*)|\\.([^ \\t\\n\\r\\f\\v.#]+))+)";
const ALD_TYPE_ANY = new RegExp(
  `(?:(?<![\\s\\S])|${WS})(?:${KEY_VALUE}|(\\w[\\w-]*)|${ID_OR_CLASS_MULTI})(?=${WS}|\\n?(?![\\s\\S]))`,
  "gu",
);
const ID_OR_CLASS = /#([A-Za-z][\w:-]*)|\.([^ \t\n\r\f\v.#]+)/g;

/** Parses the inside of `{: ... }` (ids, classes, key="value" pairs, ALD references) into `opts`. */
export function parseAttributeList(str: string, opts: Ial): void {
  const s = strip(str);
  if (s === "" || s === ":") return;
  for (const m of str.matchAll(ALD_TYPE_ANY)) {
    const [, key, sep, val, ref, idClass] = m;
    if (ref !== undefined) (opts.refs ??= []).push(ref);
    else if (idClass !== undefined) {
      for (const ic of idClass.matchAll(ID_OR_CLASS)) {
        if (ic[2] !== undefined)
          opts["class"] = `${(opts["class"] as string | undefined) ?? ""} ${ic[2]}`.replace(/^[ \t\n\r\f\v]+/, "");
        else opts["id"] = ic[1]!;
      }
    } else if (key !== undefined) {
      opts[key] = val!.replace(sep === '"' ? /\\(\}|")/g : /\\(\}|')/g, "$1");
    }
  }
}

/** Merges one IAL into another (classes accumulate, references append). */
export function updateIalWithIal(ial: Ial, opts: Ial): void {
  if (opts.refs) (ial.refs ??= []).push(...opts.refs);
  for (const [k, v] of Object.entries(opts)) {
    if (k === "refs" || typeof v !== "string") continue;
    ial[k] = k === "class" ? `${(ial[k] as string | undefined) ?? ""} ${v}`.replace(/^[ \t\n\r\f\v]+/, "") : v;
  }
}

export const ALD_RE = sticky(ALD_START);
export const EXT_BLOCK_RE = sticky(EXT_BLOCK_START);
export const IAL_BLOCK_RE = sticky(IAL_BLOCK_START);
export const BLOCK_EXTENSIONS_START = sticky(`^${OPT_SPACE}\\{:`);
const LINKLIKE_EOB = new Set(["link_def", "abbrev_def", "footnote_def"]);

/** `{:name: attrs}` definitions, `{::ext}` extensions and block IALs `{: attrs}`. */
export function parseBlockExtensions(p: Parser): boolean {
  const src = p.src;
  if (!src.hasAfter("}")) return false;
  if (src.scan(ALD_RE)) {
    const name = src.g(1)!;
    parseAttributeList(src.g(2)!, (p.alds[name] ??= {}));
    p.tree.children.push(p.newBlock("eob", "ald"));
    return true;
  }
  if (src.check(EXT_BLOCK_RE)) return parseExtensionStartTag(p, "block");
  if (src.scan(IAL_BLOCK_RE)) {
    const attrs = src.g(1)!;
    const last = p.tree.children[p.tree.children.length - 1];
    if (last && last.type !== "blank" && (last.type !== "eob" || LINKLIKE_EOB.has(last.value ?? ""))) {
      parseAttributeList(attrs, (last.options.ial ??= {}));
      if (!src.test(IAL_BLOCK_RE)) p.tree.children.push(p.newBlock("eob", "ial"));
    } else {
      parseAttributeList(attrs, (p.blockIal ??= {}));
    }
    return true;
  }
  return false;
}

export const EXT_SPAN_START = sticky(`${EXT_START_STR}|${extStopStr(ALD_ID_NAME)}`);
const IAL_SPAN_START = sticky(`\\{:(${ALD_ANY_CHARS}+)\\}`);

/** Span extensions and span IALs (`{: .class}` right after an element applies to it). */
export function parseSpanExtensions(p: Parser): void {
  const src = p.src;
  if (!src.hasAfter("}")) {
    p.addText(src.getch());
    return;
  }
  if (src.check(EXT_SPAN_START)) {
    parseExtensionStartTag(p, "span");
    return;
  }
  if (src.check(IAL_SPAN_START)) {
    const last = p.tree.children[p.tree.children.length - 1];
    if (last && last.type !== "text") {
      src.pos += src.matched.length;
      const attr: Ial = {};
      parseAttributeList(src.g(1)!, attr);
      updateIalWithIal((last.options.ial ??= {}), attr);
      p.updateAttrWithIal(last.attr, attr);
    } else p.addText(src.getch());
    return;
  }
  p.addText(src.getch());
}

function parseExtensionStartTag(p: Parser, type: "block" | "span"): boolean {
  const src = p.src;
  const saved = src.pos;
  const m = src.m!;
  src.pos += m[0].length;
  const fail = (): boolean => {
    src.pos = saved;
    if (type === "span") p.addText(src.getch());
    return false;
  };
  if (m[4] !== undefined || m[0] === "{:/}") return fail();
  const ext = m[1];
  const opts: Ial = {};
  parseAttributeList(m[2] ?? "", opts);
  let body: string | null = null;
  if (m[3] === undefined) {
    const name = (ext ?? "").replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
    const stop = rubyLineRegExp(type === "block" ? extBlockStop(name) : extStopStr(name), "u");
    const start = src.pos;
    const at = src.hasAfter("{:/") ? src.indexOf(stop) : -1;
    if (at < 0) return fail();
    const g = new RegExp(stop.source, "gu");
    g.lastIndex = at;
    const sm = g.exec(src.str)!;
    body = src.str.slice(start, at);
    src.pos = at + sm[0].length;
    if (type === "block" && body.endsWith("\n")) body = body.slice(0, -1);
  }
  if (!handleExtension(p, ext ?? "", opts, body, type)) return fail();
  return true;
}

function handleExtension(p: Parser, name: string, opts: Ial, body: string | null, type: "block" | "span"): boolean {
  switch (name) {
    case "comment": {
      if (body !== null) {
        const el = new Element("comment", body);
        el.options.category = type;
        p.tree.children.push(el);
      }
      return true;
    }
    case "nomarkdown": {
      if (body !== null) {
        const el = new Element("raw", body);
        el.options.category = type;
        el.options.rawType = String(opts["type"] ?? "")
          .split(/[ \t\n\r\f\v]+/)
          .filter(Boolean);
        p.tree.children.push(el);
      }
      return true;
    }
    case "options": {
      const given: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(opts))
        if (k !== "refs" && k !== "template" && typeof v === "string") given[k] = v;
      const next = resolveOptions(given, p.options);
      Object.assign(p.options, next);
      if (type === "block") p.tree.children.push(p.newBlock("eob", "extension"));
      return true;
    }
    default:
      return false;
  }
}

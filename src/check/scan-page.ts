import { parse, parseFragment, type DefaultTreeAdapterTypes as T } from "parse5";
import { isDocument } from "../compare/html-kinds.js";
import { walkTree } from "../compare/walk.js";
import type { ProblemKind } from "./types.js";

/** A URL one page refers to, with where it is written. */
export interface Reference {
  url: string;
  /** What a missing target would be reported as. */
  kind: Extract<ProblemKind, "link" | "image" | "script" | "stylesheet" | "file">;
  line: number;
  column: number;
  /** Where it came from, e.g. `a href`. */
  source: string;
}

/** Positions of things a page defines or uses. */
export interface PageScan {
  /** Every id and `<a name>` in the page, with the position of each use. */
  ids: Map<string, Array<{ line: number; column: number }>>;
  /** Names of `<a name>` anchors (which may share an id's name without being a duplicate). */
  names: Set<string>;
  references: Reference[];
  /** The `<title>` text, or undefined when there is none. */
  title?: string;
  /** False for files with no element at all (e.g. a search-engine verification file). */
  hasElements: boolean;
  /** True when the file is a whole document (doctype or `<html>`), not a bare fragment. */
  document: boolean;
  /** The `<base href>`, when the page sets one. */
  base?: string;
}

type Loc = { line: number; column: number };

/** What a node is inside of, as far as scanning cares. */
type Within = { picture: boolean; svg: boolean };

function attrLoc(el: T.Element, name: string): Loc {
  const loc = el.sourceCodeLocation;
  const at = loc?.attrs?.[name] ?? loc;
  return { line: at?.startLine ?? 1, column: at?.startCol ?? 1 };
}

function attr(el: T.Element, name: string): string | undefined {
  return el.attrs.find((a) => a.name === name && !a.prefix)?.value;
}

/** URLs listed in a `srcset` (each candidate's first word). */
export function srcsetUrls(srcset: string): string[] {
  return srcset
    .split(/,\s+|(?<=\s[\d.]+[wxh]),/)
    .map((c) => c.trim().split(/\s+/)[0] ?? "")
    .filter(Boolean);
}

/** Which attributes of an element hold URLs to check, and what a missing target is. */
function urlAttributes(el: T.Element, inPicture: boolean): Array<[string, Reference["kind"]]> {
  switch (el.tagName) {
    case "a":
    case "area":
      return [["href", "link"]];
    case "img":
      return [
        ["src", "image"],
        ["srcset", "image"],
      ];
    case "script":
      return [["src", "script"]];
    case "link": {
      const rel = (attr(el, "rel") ?? "").toLowerCase().split(/\s+/);
      if (rel.includes("stylesheet")) return [["href", "stylesheet"]];
      if (
        rel.some((r) =>
          [
            "icon",
            "apple-touch-icon",
            "manifest",
            "mask-icon",
            "preload",
            "prefetch",
            "alternate",
            "canonical",
          ].includes(r),
        )
      )
        return [["href", rel.includes("canonical") || rel.includes("alternate") ? "link" : "file"]];
      return [];
    }
    case "source":
      return [
        ["src", inPicture ? "image" : "file"],
        ["srcset", inPicture ? "image" : "file"],
      ];
    case "video":
      return [
        ["src", "file"],
        ["poster", "image"],
      ];
    case "audio":
    case "track":
    case "iframe":
    case "embed":
      return [["src", "file"]];
    case "object":
      return [["data", "file"]];
    case "input":
      return attr(el, "type")?.toLowerCase() === "image" ? [["src", "image"]] : [];
    case "meta": {
      const key = (attr(el, "property") ?? attr(el, "name") ?? "").toLowerCase();
      return key === "og:image" || key === "twitter:image" ? [["content", "image"]] : [];
    }
    default:
      return [];
  }
}

/** Parses one built page (with source positions) and lists its ids, references and title. */
export function scanPage(html: string): PageScan {
  const options = { sourceCodeLocationInfo: true };
  const document = isDocument(html);
  const root = document ? parse(html, options) : parseFragment(html, options);
  const scan: PageScan = { ids: new Map(), names: new Set(), references: [], hasElements: false, document };
  const addId = (name: string, loc: Loc): void => {
    const list = scan.ids.get(name) ?? [];
    list.push(loc);
    scan.ids.set(name, list);
  };
  const visit = (node: T.Node, within: Within): Within | undefined => {
    if (!("tagName" in node)) return within;
    const el = node as T.Element;
    scan.hasElements = true;
    const id = attr(el, "id");
    if (id !== undefined && id !== "") addId(id, attrLoc(el, "id"));
    const name = el.tagName === "a" ? attr(el, "name") : undefined;
    if (name) scan.names.add(name);
    if (el.tagName === "title" && !within.svg && scan.title === undefined) {
      scan.title = el.childNodes
        .map((c) => ("value" in c ? c.value : ""))
        .join("")
        .trim();
    }
    if (el.tagName === "base" && scan.base === undefined) scan.base = attr(el, "href");
    for (const [attrName, kind] of urlAttributes(el, within.picture)) {
      const value = attr(el, attrName);
      if (value === undefined) continue;
      const urls = attrName === "srcset" ? srcsetUrls(value) : [value];
      for (const url of urls)
        scan.references.push({ url, kind, ...attrLoc(el, attrName), source: `${el.tagName} ${attrName}` });
    }
    // A template's content is not part of the page until a script uses it.
    if (el.tagName === "template") return undefined;
    return { picture: within.picture || el.tagName === "picture", svg: within.svg || el.tagName === "svg" };
  };
  walkTree<Within>(root, { picture: false, svg: false }, visit);
  return scan;
}

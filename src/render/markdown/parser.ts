import { Element, type Ial } from "./element.js";
import type { MarkdownOptions } from "./options.js";
import { Scanner } from "./scanner.js";
import { rubyDowncase } from "./ids.js";

/** A block rule: tried in order at a line start when its start pattern matches. */
export interface BlockRule {
  name: string;
  start: RegExp;
  parse: (p: Parser) => boolean | "stop";
  /** Characters one of which must come first (after up to three spaces) for the rule to apply; a quick pre-check. */
  first?: string;
}
/** A span rule: `trigger` finds candidate positions, `start` must match there. */
export interface SpanRule {
  name: string;
  start: RegExp;
  trigger: string;
  parse: (p: Parser) => void;
  /** Characters one of which must be at the cursor for the rule to apply; a quick pre-check. */
  first?: string;
}

/** Data kept for a footnote definition while parsing. */
export interface FootnoteData {
  content: Element;
  eob?: Element;
  attr?: Record<string, string>;
  options?: Element["options"];
  markers?: Element[];
}

const IAL_CLASS = "class";
const SEARCH_CACHE = new Map<string, RegExp>();
/** Nesting depth beyond which input is kept as text (guards the call stack on pathological input). */
export const MAX_DEPTH = 250;

/** The kramdown parser's state: the cursor, the tree being built, and document-wide definitions. */
export class Parser {
  src!: Scanner;
  tree!: Element;
  blockIal: Ial | null = null;
  textType: "raw_text" | "text" = "raw_text";
  /** Span-level ancestors of `tree` (kramdown's stack during span parsing). */
  spanStack: Element[] = [];
  readonly root = new Element("root");
  readonly alds: Record<string, Ial> = Object.create(null) as Record<string, Ial>;
  readonly footnotes = new Map<string, FootnoteData>();
  readonly linkDefs = new Map<string, [string, string | undefined, Element | undefined]>();
  readonly abbrevDefs = new Map<string, string>();
  readonly abbrevAttr = new Map<string, Element>();
  depth = 0;
  /** Remaining span-parsing steps before expensive rules give up (keeps pathological input linear). */
  budget: number;
  private spanStartCache = new WeakMap<SpanRule[], Map<RegExp | null, RegExp>>();
  private readonly defaultSpanSearch: RegExp;

  constructor(
    readonly options: MarkdownOptions,
    readonly blockRules: BlockRule[],
    readonly spanRules: SpanRule[],
    readonly paragraphEnd: RegExp,
    source: string,
  ) {
    this.budget = 20 * source.length + 50_000;
    this.defaultSpanSearch = this.spanSearch(spanRules, null);
    for (const [k, v] of Object.entries(options.link_defs))
      this.linkDefs.set(normalizeLinkId(k), [v[0], v[1], undefined]);
  }

  /** Parses block-level source into `el` (kramdown's parse_blocks); returns true when stopped by an end tag. */
  parseBlocks(el: Element, text?: string): boolean {
    const saved = { tree: this.tree, src: this.src, ial: this.blockIal };
    this.tree = el;
    this.blockIal = null;
    if (text !== undefined) this.src = new Scanner(text);
    let found = false;
    this.depth++;
    try {
      const src = this.src;
      outer: while (!src.eos) {
        if (this.depth > MAX_DEPTH) {
          this.addText(src.rest);
          src.terminate();
          break;
        }
        const str = src.str;
        let at = src.pos;
        while (at < src.pos + 3 && str.charCodeAt(at) === 32) at++;
        const c = str[at] ?? "";
        for (const rule of this.blockRules) {
          if (rule.first !== undefined && !rule.first.includes(c)) continue;
          if (src.test(rule.start)) {
            const r = rule.parse(this);
            if (r === "stop") {
              found = true;
              break outer;
            }
            if (r) continue outer;
          }
        }
        const line = /[^\n]*\n?/y;
        line.lastIndex = src.pos;
        const m = line.exec(src.str)!;
        src.pos += m[0].length;
        this.addText(m[0]);
      }
    } finally {
      this.depth--;
      this.tree = saved.tree;
      this.src = saved.src;
      this.blockIal = saved.ial;
    }
    return found;
  }

  /** Appends text to the last child when it is text of the same kind, else adds a text node. */
  addText(text: string, tree: Element = this.tree, type: "raw_text" | "text" = this.textType): void {
    const last = tree.children[tree.children.length - 1];
    if (last && last.type === type) last.value += text;
    else if (text !== "") tree.children.push(new Element(type, text));
  }

  /** Creates a block element, attaching a pending block IAL. */
  newBlock(type: Element["type"], value: string | null = null): Element {
    const el = new Element(type, value);
    if (this.blockIal) {
      el.options.ial = this.blockIal;
      this.blockIal = null;
    }
    return el;
  }

  /** Builds (and caches) the search pattern for span starts, optionally with a stop pattern. */
  spanSearch(rules: SpanRule[], stop: RegExp | null): RegExp {
    let byStop = this.spanStartCache.get(rules);
    if (!byStop) {
      byStop = new Map();
      this.spanStartCache.set(rules, byStop);
    }
    let re = byStop.get(stop);
    if (!re) {
      const key = rules.map((r) => r.trigger).join("|") + "\u0000" + (stop ? stop.source + stop.flags : "");
      re = SEARCH_CACHE.get(key);
      if (!re) {
        const parts = rules.map((r) => r.trigger);
        if (stop) parts.unshift(stop.source);
        re = new RegExp(parts.join("|"), "gmu" + (stop?.flags.includes("i") ? "i" : ""));
        SEARCH_CACHE.set(key, re);
      }
      byStop.set(stop, re);
    }
    return re;
  }

  /**
   * Parses span-level text from the cursor into `el` (kramdown's parse_spans). With `stop`, parsing ends
   * where `stop` matches and `accept` (if given) agrees; returns whether that happened.
   */
  parseSpans(
    el: Element,
    stop: RegExp | null = null,
    rules: SpanRule[] | null = null,
    textType = this.textType,
    accept?: () => boolean,
  ): boolean {
    if (this.depth > MAX_DEPTH) {
      if (!stop) {
        this.addText(this.src.rest, el, textType);
        this.src.terminate();
      }
      return false;
    }
    const pushed = this.tree !== undefined && this.tree !== null;
    if (pushed) this.spanStack.push(this.tree);
    const savedType = this.textType;
    this.tree = el;
    this.textType = textType;
    const use = rules ?? this.spanRules;
    const searchRe = stop ? this.spanSearch(use, stop) : rules ? this.spanSearch(rules, null) : this.defaultSpanSearch;
    const src = this.src;
    let found = false;
    this.depth++;
    try {
      while (!src.eos && !found) {
        this.budget--;
        searchRe.lastIndex = src.pos;
        const m = searchRe.exec(src.str);
        if (!m) {
          if (!stop) {
            this.addText(src.str.slice(src.pos));
            src.terminate();
          }
          break;
        }
        if (m.index > src.pos) {
          this.addText(src.str.slice(src.pos, m.index));
          src.pos = m.index;
        }
        if (stop && src.check(stop)) found = accept ? accept() : true;
        if (found) break;
        let processed = false;
        const c = src.str[src.pos]!;
        for (const rule of use) {
          if (rule.first !== undefined && !rule.first.includes(c)) continue;
          if (src.test(rule.start)) {
            rule.parse(this);
            processed = true;
            break;
          }
        }
        if (!processed) this.addText(src.getch());
      }
    } finally {
      this.depth--;
      this.tree = pushed ? this.spanStack.pop()! : (undefined as unknown as Element);
      this.textType = savedType;
    }
    return found;
  }

  /** Saves the whole parsing environment (kramdown's save_env). */
  saveEnv(): [Scanner, Element, Ial | null, Element[], "raw_text" | "text"] {
    return [this.src, this.tree, this.blockIal, this.spanStack, this.textType];
  }

  restoreEnv(env: ReturnType<Parser["saveEnv"]>): void {
    [this.src, this.tree, this.blockIal, this.spanStack, this.textType] = env;
  }

  /** Starts a fresh environment on `text` (kramdown's reset_env). */
  resetEnv(text: string, textType: "raw_text" | "text" = "raw_text"): void {
    this.src = new Scanner(text);
    this.tree = undefined as unknown as Element;
    this.blockIal = null;
    this.spanStack = [];
    this.textType = textType;
  }

  /** Applies an IAL (and the ALDs it references) to an attribute map. */
  updateAttrWithIal(attr: Record<string, string>, ial: Ial, seen: Set<string> = new Set()): void {
    for (const ref of ial.refs ?? []) {
      const ald = this.alds[ref];
      if (ald && !seen.has(ref)) {
        seen.add(ref);
        this.updateAttrWithIal(attr, ald, seen);
      }
    }
    for (const [k, v] of Object.entries(ial)) {
      if (k === "refs" || typeof v !== "string") continue;
      if (k === IAL_CLASS) attr[k] = `${attr[k] ?? ""} ${v}`.replace(/^[ \t\n\r\f\v]+/, "");
      else attr[k] = v;
    }
  }
}

/** Link ids compare case-insensitively with white space runs collapsed. */
export function normalizeLinkId(id: string): string {
  return rubyDowncase(id.replace(/[ \t\n\r\f\v]+/g, " "));
}

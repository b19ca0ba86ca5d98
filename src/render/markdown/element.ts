/** Kinds of node in kramdown's element tree. */
export type ElementType =
  | "root"
  | "blank"
  | "eob"
  | "p"
  | "header"
  | "blockquote"
  | "codeblock"
  | "hr"
  | "ul"
  | "ol"
  | "li"
  | "dl"
  | "dt"
  | "dd"
  | "table"
  | "thead"
  | "tbody"
  | "tfoot"
  | "tr"
  | "td"
  | "html_element"
  | "xml_comment"
  | "xml_pi"
  | "comment"
  | "raw"
  | "math"
  | "footnote_def"
  | "temp"
  | "raw_text"
  | "text"
  | "em"
  | "strong"
  | "codespan"
  | "a"
  | "img"
  | "br"
  | "entity"
  | "smart_quote"
  | "typographic_sym"
  | "footnote"
  | "abbreviation";

/** An IAL: attributes to apply, plus references to ALDs. */
export interface Ial {
  [key: string]: string | string[] | undefined;
  refs?: string[];
}

/** Per-element data beyond type, value and attributes (kramdown's `options`). */
export interface ElementOptions {
  ial?: Ial;
  level?: number;
  rawText?: string;
  transparent?: boolean;
  category?: "block" | "span";
  contentModel?: "block" | "span" | "raw";
  isClosed?: boolean;
  lang?: string;
  alignment?: string[];
  firstAsPara?: boolean;
  name?: string;
  entityOriginal?: string;
  codePoint?: number;
  rawType?: string[];
  fenced?: boolean;
  firstListMarker?: string;
}

/** One node of the document tree built by the parser and read by the converter. */
export class Element {
  children: Element[] = [];
  options: ElementOptions = {};
  /** Pieces of a list item's or definition's source, before they are parsed. */
  pieces?: string[];
  /** For a footnote reference: the definition's content. */
  footnote?: Element;
  constructor(
    public type: ElementType,
    public value: string | null = null,
    public attr: Record<string, string> = Object.create(null) as Record<string, string>,
  ) {}
}

/** The value of an entity node: its code point and the original reference text if any. */
export interface EntityValue {
  codePoint: number;
  char: string | null;
  name?: string;
}

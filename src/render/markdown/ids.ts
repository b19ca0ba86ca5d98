/** Ruby's String#downcase: full Unicode lower-casing, but Σ always becomes σ (no final-sigma rule). */
export function rubyDowncase(s: string): string {
  return s.replace(/\u03a3/g, "\u03c3").toLowerCase();
}

const NON_WORD = /[^\p{Alphabetic}\p{M}\p{Nd}\p{Pc}\- \t]/gu;

/** GFM parser header ids: lower-cased, punctuation dropped, spaces to hyphens, repeats numbered -1, -2, ... */
export class GfmIds {
  private counter = new Map<string, number>();
  constructor(private prefix = "") {}
  /** Returns the id for a header's text. */
  next(text: string): string {
    let id = rubyDowncase(text).replace(NON_WORD, "").replace(/[ \t]/g, "-");
    const n = (this.counter.get(id) ?? -1) + 1;
    this.counter.set(id, n);
    if (n > 0) id += `-${n}`;
    return this.prefix + id;
  }
}

/** kramdown's basic id: leading non-letters dropped, only [a-z0-9 -] kept, spaces to hyphens. */
export function basicGenerateId(str: string): string {
  return str
    .replace(/(?:^|(?<=\n))[^a-zA-Z]+/g, "")
    .replace(/[^a-zA-Z0-9 -]/g, "")
    .replace(/ /g, "-")
    .toLowerCase();
}

/** kramdown converter ids ("section" when empty), with repeats numbered -1, -2, ... */
export class KramdownIds {
  private used = new Map<string, number>();
  constructor(private prefix = "") {}
  /** Returns the id for a header's text. */
  next(text: string): string {
    let id = basicGenerateId(text);
    if (id === "") id = "section";
    const n = this.used.get(id);
    if (n !== undefined) {
      this.used.set(id, n + 1);
      id += `-${n + 1}`;
    } else this.used.set(id, 0);
    return this.prefix + id;
  }
}

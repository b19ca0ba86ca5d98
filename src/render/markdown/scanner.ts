/** A cursor over a string with sticky-regex matching, in the manner of Ruby's StringScanner. */
export class Scanner {
  pos = 0;
  /** Groups of the last successful match (index 0: whole match). */
  m: RegExpExecArray | null = null;
  /** Start offset of the last successful match. */
  matchStart = 0;
  private static globals = new WeakMap<RegExp, RegExp>();
  private lastIndexes: Map<string, number> | undefined;

  constructor(readonly str: string) {}

  get eos(): boolean {
    return this.pos >= this.str.length;
  }

  /** Matches `re` (which must carry the `y` flag) at the cursor without moving it. */
  check(re: RegExp): RegExpExecArray | null {
    re.lastIndex = this.pos;
    const m = re.exec(this.str);
    if (m) {
      this.m = m;
      this.matchStart = this.pos;
    }
    return m;
  }

  /** Matches `re` at the cursor and moves past the match; returns the matched text. */
  scan(re: RegExp): string | null {
    const m = this.check(re);
    if (!m) return null;
    this.pos += m[0].length;
    return m[0];
  }

  /** True when `re` matches at the cursor (does not record the match). */
  test(re: RegExp): boolean {
    re.lastIndex = this.pos;
    return re.test(this.str);
  }

  /** Searches for `re` from the cursor; moves past the match and returns the text up to its end. */
  scanUntil(re: RegExp): string | null {
    const g = Scanner.global(re);
    g.lastIndex = this.pos;
    const m = g.exec(this.str);
    if (!m) return null;
    const start = this.pos;
    this.m = m;
    this.matchStart = m.index;
    this.pos = m.index + m[0].length;
    return this.str.slice(start, this.pos);
  }

  /** Searches for `re` from the cursor and returns the offset where it matches, or -1. */
  indexOf(re: RegExp): number {
    const g = Scanner.global(re);
    g.lastIndex = this.pos;
    const m = g.exec(this.str);
    return m ? m.index : -1;
  }

  /** Group `i` of the last match. */
  g(i: number): string | undefined {
    return this.m?.[i];
  }

  get matched(): string {
    return this.m ? this.m[0] : "";
  }

  /** Character before offset `at` ("" at the start). */
  charBefore(at = this.matchStart): string {
    return at > 0 ? this.str[at - 1]! : "";
  }

  get rest(): string {
    return this.str.slice(this.pos);
  }

  getch(): string {
    const c = this.str.codePointAt(this.pos);
    if (c === undefined) return "";
    const s = String.fromCodePoint(c);
    this.pos += s.length;
    return s;
  }

  /** Whether `s` occurs at or after `from` (memoised per string, so repeated checks stay cheap). */
  hasAfter(s: string, from: number = this.pos): boolean {
    this.lastIndexes ??= new Map();
    let last = this.lastIndexes.get(s);
    if (last === undefined) {
      last = this.str.lastIndexOf(s);
      this.lastIndexes.set(s, last);
    }
    return last >= from;
  }

  /** Offset of the last match of global regexp `re` in the whole text, or -1 (memoised under `key`). */
  lastMatch(key: string, re: RegExp): number {
    this.lastIndexes ??= new Map();
    let last = this.lastIndexes.get(key);
    if (last === undefined) {
      last = -1;
      re.lastIndex = 0;
      for (let m = re.exec(this.str); m; m = re.exec(this.str)) {
        last = m.index;
        if (m[0] === "") re.lastIndex++;
      }
      this.lastIndexes.set(key, last);
    }
    return last;
  }

  terminate(): void {
    this.pos = this.str.length;
  }

  private static global(re: RegExp): RegExp {
    let g = Scanner.globals.get(re);
    if (!g) {
      g = new RegExp(re.source, re.flags.replace(/[yg]/g, "") + "g");
      Scanner.globals.set(re, g);
    }
    return g;
  }
}

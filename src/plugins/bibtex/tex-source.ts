/**
 * What the LaTeX-to-Unicode conversion must not see, and text commands it gets wrong. Math spans are kept
 * as the author wrote them (`$…$`, `$$…$$`, `\(…\)`, `\[…\]`: MathJax-ready source), since Unicode sub- and
 * superscripts lose content (`$O(n \log n)$` came out as `O(nn)`); the logos and dotless-i accents are
 * rewritten to what the converter maps well.
 */

/** Math spans: display before inline, escaped dollars (`\$`) are text. */
const MATH = /(?<!\\)\$\$[\s\S]+?(?<!\\)\$\$|(?<!\\)\$(?:\\.|[^$\\])+?\$|\\\([\s\S]+?\\\)|\\\[[\s\S]+?\\\]/g;

/** Stand-in for the n-th kept math span: private-use brackets around a number pass the converter unchanged. */
const PLACEHOLDER = /\uE002(\d+)\uE003/g;

/** Math spans of one parse, by placeholder number. */
export class MathStore {
  private readonly spans: string[] = [];

  /** Replaces each math span of `value` by a placeholder the converter leaves alone. */
  shield(value: string): string {
    return value.replace(MATH, (span) => `\uE002${this.spans.push(span) - 1}\uE003`);
  }

  /** Puts the math spans back into a converted string. */
  restore(value: string): string {
    return value.replace(PLACEHOLDER, (whole, n: string) => this.spans[Number(n)] ?? whole);
  }

  /** `restore` over a converted field value (a string, a list, or a list of names). */
  restoreField<T>(value: T): T {
    if (typeof value === "string") return this.restore(value) as T;
    if (Array.isArray(value)) return value.map((v) => this.restoreField(v)) as T;
    if (value && typeof value === "object") {
      const out: Record<string, unknown> = {};
      for (const [k, v] of Object.entries(value)) out[k] = this.restoreField(v);
      return out as T;
    }
    return value;
  }
}

/** TeX logos the converter draws with sub- and superscript letters (`LᴬTEX`); written as the words they are. */
const LOGOS: Array<[RegExp, string]> = [
  [/\\LaTeXe(?![A-Za-z])\s*(\{\})?/g, "LaTeX2ε"],
  [/\\LaTeX(?![A-Za-z])\s*(\{\})?/g, "LaTeX"],
  [/\\BibTeX(?![A-Za-z])\s*(\{\})?/g, "BibTeX"],
  [/\\TeX(?![A-Za-z])\s*(\{\})?/g, "TeX"],
];

/** An accent command over a dotless `\i` or `\j` (`\'\i`, `\'{\i}`): the accent goes on a plain `i`/`j`. */
const DOTLESS = /(\\[`'^"~=.uvHcdbkr]\s*\{?\s*)\\([ij])(?![A-Za-z])\s*/g;

/** Math operators written outside math (`\max`): TeX prints their names, the converter dropped them. */
const OPERATORS =
  /\\(arccos|arcsin|arctan|arg|cos|cosh|cot|deg|det|dim|exp|gcd|hom|inf|ker|lg|lim|liminf|limsup|ln|log|max|min|Pr|sec|sin|sinh|sup|tan|tanh)(?![A-Za-z])(\s*\{\})?/g;

/** Rewrites text commands the converter maps badly into forms it maps well (outside math). */
export function prepareText(value: string): string {
  let out = value.replace(DOTLESS, "$1$2");
  for (const [re, word] of LOGOS) out = out.replace(re, word);
  return out.replace(OPERATORS, "$1");
}

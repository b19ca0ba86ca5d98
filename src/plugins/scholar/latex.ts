/**
 * jekyll-scholar's `bibtex_filters`: `latex` (LaTeX to Unicode, as the latex-decode gem does: accents, symbols,
 * dashes, then braces dropped) and the markup filters (`smallcaps`, `superscript`, `italics`, `textit`,
 * `lowercase`, `textregistered`, `tiny`), applied in the order the site lists them.
 */

const ACCENTS: Record<string, string> = {
  "`": "\u0300",
  "'": "\u0301",
  "^": "\u0302",
  "~": "\u0303",
  "=": "\u0304",
  u: "\u0306",
  ".": "\u0307",
  '"': "\u0308",
  r: "\u030A",
  H: "\u030B",
  v: "\u030C",
  c: "\u0327",
  k: "\u0328",
  d: "\u0323",
  b: "\u0331",
};

const SYMBOLS: Record<string, string> = {
  ss: "ß",
  ae: "æ",
  AE: "Æ",
  oe: "œ",
  OE: "Œ",
  o: "ø",
  O: "Ø",
  aa: "å",
  AA: "Å",
  l: "ł",
  L: "Ł",
  i: "ı",
  j: "ȷ",
  dh: "ð",
  DH: "Ð",
  th: "þ",
  TH: "Þ",
  copyright: "©",
  textregistered: "®",
  texttrademark: "™",
  dag: "†",
  ddag: "‡",
  S: "§",
  P: "¶",
  pounds: "£",
  euro: "€",
  textendash: "–",
  textemdash: "—",
  textbackslash: "\\",
  LaTeX: "LaTeX",
  TeX: "TeX",
};

const ESCAPES: Record<string, string> = { "&": "&", "%": "%", $: "$", "#": "#", _: "_", "{": "{", "}": "}" };

/** Decodes LaTeX in `text` to Unicode (NFC), then drops grouping braces, as latex-decode does. */
export function decodeLatex(text: string): string {
  if (!/[\\{}~'`-]/.test(text)) return text;
  let s = text;
  // Accents: \"o, \"{o}, {\"o}, \'{\i}
  s = s.replace(
    /\\([`'^~=".]|[uvHckdbr](?=[\s{]))\s*(?:\{\s*(\\[ij]|[A-Za-z])\s*\}|(\\[ij](?![A-Za-z])|[A-Za-z]))/g,
    (_m, acc, a, b) => {
      const base = (a ?? b) as string;
      const letter = base === "\\i" ? "i" : base === "\\j" ? "j" : base;
      return (letter + (ACCENTS[acc] ?? "")).normalize("NFC");
    },
  );
  s = s.replace(/\\([A-Za-z]+)(?![A-Za-z])\s?(\{\})?/g, (m, name) => SYMBOLS[name] ?? m);
  s = s.replace(/\\([&%$#_{}])/g, (_m, c) => ESCAPES[c] ?? c);
  s = s.replace(/---/g, "—").replace(/--/g, "–");
  s = s.replace(/``/g, "“").replace(/''/g, "”").replace(/`/g, "‘").replace(/'/g, "’");
  s = s.replace(/(^|[^\\])~/g, "$1\u00A0");
  // Braces that only group are dropped; escaped ones (now plain) were handled above.
  s = s.replace(/(?<!\\)[{}]/g, "");
  return s;
}

/** A command with one balanced-brace argument, as the plugins match it (`\textsc{...}`). */
function command(name: string): RegExp {
  return new RegExp(`\\\\${name}(\\{(?:[^{}]|\\{(?:[^{}]|\\{[^{}]*\\})*\\})*\\})`, "g");
}

const MARKUP: Record<string, (s: string) => string> = {
  smallcaps: (s) =>
    s.replace(command("textsc"), (_m, g: string) => `<font style="font-variant: small-caps">${g.slice(1, -1)}</font>`),
  superscript: (s) => s.replace(command("textsuperscript"), (_m, g: string) => `<sup>${g.slice(1, -1)}</sup>`),
  italics: (s) => s.replace(command("emph"), (_m, g: string) => `<i>${g.slice(1, -1)}</i>`),
  textit: (s) => s.replace(command("textit"), (_m, g: string) => `<i>${g.slice(1, -1)}</i>`),
  lowercase: (s) => s.replace(command("lowercase"), (_m, g: string) => g.slice(1, -1).toLowerCase()),
  textregistered: (s) => s.replace(/\\textregistered/g, "&#0174"),
  tiny: (s) => s.replace(command("tiny"), (_m, g: string) => `<span class="tiny">${g.slice(1, -1)}</span>`),
  latex: decodeLatex,
};

/** Filter names jekyll-scholar knows (others are ignored, as an unknown BibTeX filter is). */
export const KNOWN_FILTERS = Object.keys(MARKUP);

/** Applies the site's `bibtex_filters` to one value's text, in order. */
export function applyFilters(text: string, filters: readonly string[]): string {
  let s = text;
  for (const f of filters) {
    const fn = MARKUP[f];
    if (fn) s = fn(s);
  }
  return s;
}

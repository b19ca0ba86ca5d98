/** Jekyll's `Utils.slugify` modes. */
const MODES = new Set(["raw", "default", "pretty", "ascii", "latin"]);
const PATTERNS: Record<string, RegExp> = {
  raw: /[ \t\n\v\f\r]+/g,
  default: /[^\p{M}\p{L}\p{Nd}]+/gu,
  pretty: /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu,
  ascii: /[^A-Za-z0-9]+/g,
  latin: /[^\p{M}\p{L}\p{Nd}]+/gu,
};
const LATIN_EXTRA: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  Æ: "AE",
  ø: "o",
  Ø: "O",
  œ: "oe",
  Œ: "OE",
  ð: "d",
  Ð: "D",
  þ: "th",
  Þ: "Th",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ı: "i",
  ħ: "h",
  Ħ: "H",
};

/** I18n.transliterate: accents dropped from Latin letters, anything else non-ASCII becomes "?". */
function transliterate(s: string): string {
  return Array.from(s.normalize("NFD").replace(/\p{M}/gu, ""), (c) =>
    c.charCodeAt(0) < 128 ? c : (LATIN_EXTRA[c] ?? "?"),
  ).join("");
}

/** Jekyll's slugify: `mode` one of raw, default, pretty, ascii, latin (anything else just lower-cases). */
export function slugify(input: string, mode?: string, cased = false): string {
  const m = mode ?? "default";
  if (!MODES.has(m)) return cased ? input : input.toLowerCase();
  const source = m === "latin" ? transliterate(input) : input;
  let slug = source.replace(PATTERNS[m]!, "-").replace(/^-|-$/gm, "");
  if (!cased) slug = slug.toLowerCase();
  return slug;
}

/** slugify for a value that may be nil (Ruby's `Utils.slugify(nil)` is nil), as URL placeholders need. */
export function slugifyValue(input: unknown, mode?: string, cased = false): string | null {
  return input === null || input === undefined ? null : slugify(String(input), mode, cased);
}

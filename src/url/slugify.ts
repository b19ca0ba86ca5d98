/** Modes of Jekyll's Utils.slugify. */
export type SlugifyMode = "raw" | "default" | "pretty" | "ascii" | "latin" | "none";

const MODES = new Set(["raw", "default", "pretty", "ascii", "latin"]);
const PATTERNS: Record<string, RegExp> = {
  raw: /\s+/gu,
  default: /[^\p{M}\p{L}\p{Nd}]+/gu,
  pretty: /[^\p{M}\p{L}\p{Nd}._~!$&'()+,;=@]+/gu,
  ascii: /[^A-Za-z0-9]+/g,
  latin: /[^A-Za-z0-9]+/g,
};

/** Drops accents from Latin letters and turns other non-ASCII letters into "?" (I18n.transliterate). */
function transliterate(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}+/gu, "")
    .replace(/ß/g, "ss").replace(/æ/g, "ae").replace(/Æ/g, "AE").replace(/ø/g, "o").replace(/Ø/g, "O").replace(/œ/g, "oe").replace(/Œ/g, "OE").replace(/ð/g, "d").replace(/þ/g, "th").replace(/ł/g, "l").replace(/Ł/g, "L")
    .replace(/[^\x00-\x7f]/g, "?");
}

/** Jekyll's Utils.slugify(string, mode:, cased:). Returns null for null input, as Ruby's nil. */
export function slugify(input: unknown, mode: string = "default", cased = false): string | null {
  if (input === null || input === undefined) return null;
  let s = String(input);
  if (!MODES.has(mode)) return cased ? s : s.toLowerCase();
  if (mode === "latin") s = transliterate(s);
  let slug = s.replace(PATTERNS[mode]!, "-");
  slug = slug.replace(/^-|-$/g, "");
  return cased ? slug : slug.toLowerCase();
}

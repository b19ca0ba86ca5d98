import type { Plugin } from "../types.js";

/** Ruby's replacement text (`\1`, `\0`, `\\k<name>`) as JavaScript's (`$1`, `$&`, `$<name>`). */
function rubyReplacement(s: string): string {
  return s
    .replace(/\$/g, "$$$$")
    .replace(/\\k<(\w+)>/g, "$$<$1>")
    .replace(/\\(\d)/g, (_m, d: string) => (d === "0" ? "$&" : `$${d}`));
}

/** jekyll-regex-replace: `regex_replace` (every match) and `regex_replace_once` (the first). */
export const regexReplace: Plugin = {
  name: "jekyll-regex-replace",
  setup(api) {
    const make = (flags: string) => (input: unknown, pattern: unknown, replacement: unknown) => {
      const text = input === null || input === undefined ? "" : String(input);
      return text.replace(new RegExp(String(pattern ?? ""), flags), rubyReplacement(String(replacement ?? "")));
    };
    api.registerFilter("regex_replace", make("gu"));
    api.registerFilter("regex_replace_once", make("u"));
  },
};

/** jekyll-email-protect: `encode_email` percent-encodes the letters and digits of an address. */
export const emailProtect: Plugin = {
  name: "jekyll-email-protect",
  setup(api) {
    api.registerFilter("encode_email", (input: unknown) =>
      String(input ?? "").replace(
        /[A-Za-z0-9]/g,
        (c) => `%${c.charCodeAt(0).toString(16).toUpperCase().padStart(2, "0")}`,
      ),
    );
  },
};

/** al-folio's hideCustomBibtex.rb: drops the lines of `filtered_bibtex_keywords` fields from an entry's BibTeX. */
export const hideCustomBibtex: Plugin = {
  name: "hide-custom-bibtex",
  setup(api) {
    api.registerFilter("hideCustomBibtex", (input: unknown) => {
      let text = String(input ?? "");
      const keywords = api.config["filtered_bibtex_keywords"];
      for (const k of Array.isArray(keywords) ? keywords : []) {
        const escaped = String(k).replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
        text = text.replace(new RegExp(`^.*\\b${escaped}\\b *= *\\{.*\\n`, "gm"), "");
      }
      return text;
    });
  },
};

const ASCII: Record<string, string> = {
  ß: "ss",
  æ: "ae",
  Æ: "AE",
  œ: "oe",
  Œ: "OE",
  ø: "o",
  Ø: "O",
  ł: "l",
  Ł: "L",
  đ: "d",
  Đ: "D",
  ð: "d",
  Ð: "D",
  þ: "th",
  Þ: "Th",
  ı: "i",
};

/** I18n.transliterate's Latin rules: accents dropped, a few letters spelled out, anything else non-ASCII "?". */
export function transliterate(s: string): string {
  return s
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^\x00-\x7F]/g, (c) => ASCII[c] ?? "?");
}

/** al-folio's remove-accents.rb: `remove_accents`. */
export const removeAccents: Plugin = {
  name: "remove-accents",
  setup(api) {
    api.registerFilter("remove_accents", (input: unknown) => transliterate(String(input ?? "")));
  },
};

import { hintFor, type Hint } from "./regions.js";

/** A location string taken apart: the pieces that may name the city, each with what the others hint. */
export interface ParsedLocation {
  /** Pieces in reading order ("Berkeley", "CA", "USA"); a piece that is itself a hint may still be a city (Hong Kong). */
  parts: Array<{ text: string; hint?: Hint }>;
  /** True for "Virtual", "Online", "Zoom" and the like: not a place. */
  virtual: boolean;
}

const VIRTUAL =
  /^(virtual(ly)?|online|on line|remote(ly)?|zoom|webinar|web|internet|teams|tba|tbd|tbc|n\/?a|none|hybrid|virtual event|virtual conference|online conference|online event|video ?conference|live ?stream|to be (confirmed|announced|determined))$/i;

/** Takes a talk's `location:` apart at commas, semicolons, bars and parentheses; "Berkeley CA" becomes two parts. */
export function parseLocation(location: string): ParsedLocation {
  const text = location
    .replace(/\[([^\]]*)\]\([^)]*\)/g, "$1")
    .replace(/<[^>]*>/g, " ")
    .replace(/&amp;/g, "&")
    .replace(/&nbsp;/g, " ")
    .replace(/\s+/g, " ")
    .trim();
  const pieces = text
    .split(/[,;|()[\]，；、]| - | – | — | \/ /)
    .map((p) => p.trim())
    .filter(Boolean)
    // "Washington, DC and Philadelphia, PA": two places (but "Trinidad and Tobago" is one country).
    .flatMap((p) => (hintFor(p) ? [p] : p.split(/ and | & /)))
    .map((p) => p.trim())
    .filter(Boolean);
  const parts: ParsedLocation["parts"] = [];
  for (const piece of pieces) {
    const hint = hintFor(piece);
    if (hint) {
      parts.push({ text: piece, hint });
      continue;
    }
    // "Berkeley CA", "Tokyo Japan", "Boston MA USA": trailing words that are hints become parts of their own.
    const words = piece.split(" ");
    const tail: ParsedLocation["parts"] = [];
    let cut = words.length;
    shorten: while (cut > 1) {
      for (let len = Math.min(4, cut - 1); len >= 1; len--) {
        const t = words.slice(cut - len, cut).join(" ");
        const h = hintFor(t);
        if (!h) continue;
        tail.unshift({ text: t, hint: h });
        cut -= len;
        continue shorten;
      }
      break;
    }
    parts.push({ text: words.slice(0, cut).join(" ") }, ...tail);
  }
  const virtual = parts.length === 0 || parts.every((p) => VIRTUAL.test(p.text));
  return { parts, virtual };
}

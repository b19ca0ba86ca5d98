import type { Creator } from "@retorquere/bibtex-parser";
import { plainText } from "./markup.js";

/** An author or editor, in Unicode, with the equal-contribution star taken off. */
export interface Person {
  first: string;
  last: string;
  /** "First von Last, Jr." as it should be displayed. */
  full: string;
  /** Marked as a co-first (equal contribution) author. */
  coFirst: boolean;
  /** BibTeX "others": shown as "et al.". */
  others: boolean;
}

const STAR = /\s*[*∗]+\s*$/;

/** Turns one parsed BibTeX name into a `Person`, reading a trailing `*` as a co-first mark. */
export function personFromCreator(c: Creator): Person {
  let first = plainText(c.firstName ?? "").normalize("NFC");
  let last = plainText(c.lastName ?? c.name ?? "").normalize("NFC");
  const hadMarkup = /<[a-z]/i.test(c.lastName ?? c.name ?? "");
  let coFirst = STAR.test(first) || STAR.test(last) || STAR.test(plainText(c.suffix ?? ""));
  first = first.replace(STAR, "");
  last = last.replace(STAR, "");
  // `\textbf{Keqing He}` arrives as one literal word: split it back into first and last names.
  if (!first && hadMarkup && last.includes(" ")) {
    const at = last.lastIndexOf(" ");
    first = last.slice(0, at);
    last = last.slice(at + 1);
  }
  const prefix = plainText(c.prefix ?? "");
  const suffix = plainText(c.suffix ?? "").replace(STAR, "");
  const others = !first && last.toLowerCase() === "others";
  const full = [first, prefix, last].filter(Boolean).join(" ") + (suffix ? `, ${suffix}` : "");
  if (STAR.test(full)) coFirst = true;
  return { first, last: prefix ? `${prefix} ${last}` : last, full, coFirst, others };
}

/** Parses a name written by a user ("Keqing He", "He, Keqing", "K. He") into first and last parts. */
export function splitName(name: string): { first: string; last: string } {
  const clean = name.replace(STAR, "").trim();
  const comma = clean.indexOf(",");
  if (comma >= 0) return { last: clean.slice(0, comma).trim(), first: clean.slice(comma + 1).trim() };
  const words = clean.split(/\s+/);
  return { last: words.pop() ?? "", first: words.join(" ") };
}

/** Lower case, no accents, no punctuation: "Jörg-P." → "jorg p". */
export function normalizeName(s: string): string {
  return s
    .normalize("NFD")
    .replace(/\p{M}/gu, "")
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, " ")
    .trim();
}

/** True when first names agree, letting initials stand for whole names ("K." matches "Keqing"). */
function firstNamesAgree(a: string, b: string): boolean {
  const x = normalizeName(a).split(" ").filter(Boolean);
  const y = normalizeName(b).split(" ").filter(Boolean);
  if (x.length === 0 || y.length === 0) return x.length === y.length;
  if (x.join("") === y.join("")) return true; // "Ke Qing" and "Keqing"
  // A middle initial one side leaves out: "Albert A." and "Albert".
  const [long, short] = x.length >= y.length ? [x, y] : [y, x];
  if (long.length > short.length && !long.slice(short.length).every((w) => w.length === 1)) return false;
  return short.every((w, i) => {
    const v = long[i]!;
    return w === v || (w.length === 1 && v.startsWith(w)) || (v.length === 1 && w.startsWith(v));
  });
}

/** True when `person` is one of the name variants in `me` (accents, "Last, First", initials, stars ignored). */
export function isMe(person: Pick<Person, "first" | "last">, me: readonly string[]): boolean {
  const last = normalizeName(person.last);
  const first = normalizeName(person.first);
  return me.some((variant) => {
    const v = splitName(variant);
    const vLast = normalizeName(v.last);
    const vFirst = normalizeName(v.first);
    if (vLast === last && firstNamesAgree(first, vFirst)) return true;
    // "He Keqing" written family name first, without a comma.
    return first !== "" && vLast === first && vFirst === last;
  });
}

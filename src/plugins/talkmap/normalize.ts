/**
 * One spelling for comparing place names: no accents, lower case, no dots or apostrophes, hyphens as spaces,
 * and "St"/"Ste"/"Mt" written out ("St. Louis" and "Saint-Louis" meet at "saint louis").
 */
export function normalizeName(name: string): string {
  const plain = /^[\x20-\x7e]*$/.test(name) ? name : name.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
  return plain
    .toLowerCase()
    .replace(/[.'’`ʻ"“”]/g, "")
    .replace(/[-‐‑–—_/]/g, " ")
    .replace(/\bst\b/g, "saint")
    .replace(/\bste\b/g, "sainte")
    .replace(/\bmt\b/g, "mount")
    .replace(/\s+/g, " ")
    .trim();
}

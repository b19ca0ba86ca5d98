import { createRequire } from "node:module";
import { normalizeName } from "./normalize.js";

/**
 * Region hints a location can carry after its city: GeoNames' first-level division codes for the names and postal
 * abbreviations of US states, Canadian provinces, Australian states and the nations of the United Kingdom.
 * Keys are normalised names; values are `COUNTRY.ADMIN1` as in GeoNames.
 */
const US: Record<string, string> = {
  AL: "Alabama",
  AK: "Alaska",
  AZ: "Arizona",
  AR: "Arkansas",
  CA: "California",
  CO: "Colorado",
  CT: "Connecticut",
  DE: "Delaware",
  DC: "District of Columbia",
  FL: "Florida",
  GA: "Georgia",
  HI: "Hawaii",
  ID: "Idaho",
  IL: "Illinois",
  IN: "Indiana",
  IA: "Iowa",
  KS: "Kansas",
  KY: "Kentucky",
  LA: "Louisiana",
  ME: "Maine",
  MD: "Maryland",
  MA: "Massachusetts",
  MI: "Michigan",
  MN: "Minnesota",
  MS: "Mississippi",
  MO: "Missouri",
  MT: "Montana",
  NE: "Nebraska",
  NV: "Nevada",
  NH: "New Hampshire",
  NJ: "New Jersey",
  NM: "New Mexico",
  NY: "New York",
  NC: "North Carolina",
  ND: "North Dakota",
  OH: "Ohio",
  OK: "Oklahoma",
  OR: "Oregon",
  PA: "Pennsylvania",
  RI: "Rhode Island",
  SC: "South Carolina",
  SD: "South Dakota",
  TN: "Tennessee",
  TX: "Texas",
  UT: "Utah",
  VT: "Vermont",
  VA: "Virginia",
  WA: "Washington",
  WV: "West Virginia",
  WI: "Wisconsin",
  WY: "Wyoming",
};
const CANADA: Record<string, [string, string]> = {
  "01": ["AB", "Alberta"],
  "02": ["BC", "British Columbia"],
  "03": ["MB", "Manitoba"],
  "04": ["NB", "New Brunswick"],
  "05": ["NL", "Newfoundland and Labrador"],
  "07": ["NS", "Nova Scotia"],
  "08": ["ON", "Ontario"],
  "09": ["PE", "Prince Edward Island"],
  "10": ["QC", "Quebec"],
  "11": ["SK", "Saskatchewan"],
  "12": ["YT", "Yukon"],
  "13": ["NT", "Northwest Territories"],
  "14": ["NU", "Nunavut"],
};
const AUSTRALIA: Record<string, [string, string]> = {
  "01": ["ACT", "Australian Capital Territory"],
  "02": ["NSW", "New South Wales"],
  "03": ["NT", "Northern Territory"],
  "04": ["QLD", "Queensland"],
  "05": ["SA", "South Australia"],
  "06": ["TAS", "Tasmania"],
  "07": ["VIC", "Victoria"],
  "08": ["WA", "Western Australia"],
};
const UK: Record<string, string> = { ENG: "England", SCT: "Scotland", WLS: "Wales", NIR: "Northern Ireland" };

/** Country names the ISO list lacks or spells otherwise, as they appear in talk locations. */
const COUNTRY_ALIASES: Record<string, string> = {
  korea: "KR",
  "s korea": "KR",
  "south korea": "KR",
  "republic of korea": "KR",
  holland: "NL",
  "the netherlands": "NL",
  "pr china": "CN",
  prc: "CN",
  "p r china": "CN",
  "mainland china": "CN",
  "czech republic": "CZ",
  "republic of ireland": "IE",
  "united states": "US",
  "united states of america": "US",
  america: "US",
  "great britain": "GB",
  britain: "GB",
  "hong kong sar": "HK",
  "hong kong sar china": "HK",
  macao: "MO",
  macau: "MO",
  vietnam: "VN",
  "viet nam": "VN",
  russia: "RU",
  iran: "IR",
  turkey: "TR",
  "the gambia": "GM",
  "ivory coast": "CI",
  bolivia: "BO",
  venezuela: "VE",
  tanzania: "TZ",
  syria: "SY",
  laos: "LA",
  moldova: "MD",
  "the bahamas": "BS",
  uae: "AE",
  "u s": "US",
  "u s a": "US",
  "u k": "GB",
};

/** What one comma-separated part of a location can say about the place: acceptable countries or regions. */
export interface Hint {
  /** ISO 3166-1 alpha-2 codes. */
  countries: string[];
  /** `COUNTRY.ADMIN1` codes. */
  regions: string[];
}

let tables: { names: Map<string, Hint>; codes: Map<string, Hint> } | undefined;

function add(map: Map<string, Hint>, key: string, hint: Partial<Hint>): void {
  const h = map.get(key) ?? { countries: [], regions: [] };
  for (const c of hint.countries ?? []) if (!h.countries.includes(c)) h.countries.push(c);
  for (const r of hint.regions ?? []) if (!h.regions.includes(r)) h.regions.push(r);
  map.set(key, h);
}

/** The hint tables: `names` by normalised name, `codes` by upper-case abbreviation (USA, UK, CA, NSW). */
function hintTables(): { names: Map<string, Hint>; codes: Map<string, Hint> } {
  if (tables) return tables;
  const names = new Map<string, Hint>();
  const codes = new Map<string, Hint>();
  const require = createRequire(import.meta.url);
  // The library's own entry registers every language; English alone is enough here.
  const countries = require("i18n-iso-countries/index.js") as {
    registerLocale(locale: unknown): void;
    getNames(lang: string, o: { select: "all" }): Record<string, string[]>;
    getAlpha3Codes(): Record<string, string>;
  };
  countries.registerLocale(require("i18n-iso-countries/langs/en.json"));
  for (const [code, list] of Object.entries(countries.getNames("en", { select: "all" })))
    for (const n of list) if (n.length > 3) add(names, normalizeName(n), { countries: [code] });
  for (const [alpha3, alpha2] of Object.entries(countries.getAlpha3Codes()))
    add(codes, alpha3, { countries: [alpha2] });
  for (const [alias, code] of Object.entries(COUNTRY_ALIASES)) add(names, normalizeName(alias), { countries: [code] });
  for (const [code, name] of Object.entries(US)) {
    add(names, normalizeName(name), { regions: [`US.${code}`] });
    add(codes, code, { regions: [`US.${code}`] });
  }
  for (const [table, country] of [
    [CANADA, "CA"],
    [AUSTRALIA, "AU"],
  ] as const)
    for (const [admin, [abbr, name]] of Object.entries(table)) {
      add(names, normalizeName(name), { regions: [`${country}.${admin}`] });
      add(codes, abbr, { regions: [`${country}.${admin}`] });
    }
  for (const [admin, name] of Object.entries(UK)) add(names, normalizeName(name), { regions: [`GB.${admin}`] });
  add(codes, "UK", { countries: ["GB"] });
  add(codes, "US", { countries: ["US"] });
  // Two-letter ISO codes ("NL", "CH") are country hints too; "CA" or "PA" may also be a US state.
  for (const code of Object.values(countries.getAlpha3Codes())) add(codes, code, { countries: [code] });
  tables = { names, codes };
  return tables;
}

/** The hint a part of a location gives ("USA", "CA", "Ontario", "United Kingdom"), if it is one. */
export function hintFor(part: string): Hint | undefined {
  const t = hintTables();
  const trimmed = part.trim();
  if (/^[A-Z]{2,3}$/.test(trimmed.replace(/\./g, ""))) {
    const byCode = t.codes.get(trimmed.replace(/\./g, ""));
    if (byCode) return byCode;
  }
  return t.names.get(normalizeName(trimmed));
}

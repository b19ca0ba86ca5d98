import type { RubyDate } from "./date.js";
import { rubyDateInstant, utcMs } from "./calendar.js";

/** A moment broken down in some zone, as Ruby's Time keeps it (or a zone-less Date). */
export interface ZonedTime {
  year: number;
  month: number;
  day: number;
  hour: number;
  minute: number;
  second: number;
  millisecond: number;
  /** Day of week, 0 = Sunday. */
  weekday: number;
  /** UTC offset in minutes (east positive). */
  offset: number;
  /** Zone abbreviation as Ruby prints `%Z` ("UTC", "EDT", "+00:00" for Dates). */
  zone: string;
  /** Seconds since the epoch. */
  epoch: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();
const zoneNamers = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", {
      timeZone: tz,
      hourCycle: "h23",
      year: "numeric",
      month: "numeric",
      day: "numeric",
      hour: "numeric",
      minute: "numeric",
      second: "numeric",
    });
    formatters.set(tz, f);
  }
  return f;
}

/** UTC under its usual names: no Intl formatter needed (creating the first one costs ~10-40 ms). */
function isUtc(tz: string | undefined): boolean {
  return !tz || tz === "UTC" || tz === "Etc/UTC";
}

/** True when `tz` is an IANA zone name this runtime knows. */
export function isValidZone(tz: string): boolean {
  if (isUtc(tz)) return true;
  try {
    formatter(tz);
    return true;
  } catch {
    return false;
  }
}

/** Zone data per 15-minute slot (all zone transitions fall on such boundaries). */
const slots = new Map<string, { offset: number; zone: string }>();

function slot(ms: number, tz: string): { offset: number; zone: string } {
  const key = `${tz}|${Math.floor(ms / 900_000)}`;
  let hit = slots.get(key);
  if (!hit) {
    if (slots.size > 50_000) slots.clear();
    const offset = computeOffset(ms, tz);
    hit = { offset, zone: zoneAbbreviation(ms, tz, offset) };
    slots.set(key, hit);
  }
  return hit;
}

/** UTC offset in minutes of the zone `tz` at the instant `ms`. */
export function zoneOffset(ms: number, tz: string | undefined): number {
  if (isUtc(tz)) return 0;
  return slot(ms, tz!).offset;
}

function computeOffset(ms: number, tz: string): number {
  const parts: Record<string, number> = {};
  for (const p of formatter(tz).formatToParts(new Date(ms))) if (p.type !== "literal") parts[p.type] = Number(p.value);
  const asUtc = utcMs(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
  return Math.round((asUtc - Math.floor(ms / 1000) * 1000) / 60_000);
}

/** Locales whose short zone names match tzdata's abbreviations for a region (en-US knows only American ones). */
const REGION_LOCALES: [RegExp, string][] = [
  [/^Europe\//, "en-GB"],
  [/^Australia\//, "en-AU"],
  [/^Pacific\/(Auckland|Chatham)$/, "en-NZ"],
  [/^Asia\/(Kolkata|Calcutta)$/, "en-IN"],
  [/^Asia\/Tokyo$/, "ja-JP"],
  [/^Africa\//, "en-ZA"],
];
/** tzdata abbreviations Intl does not give in any English locale. */
const FIXED_ABBREVIATIONS: Record<string, string> = {
  "Asia/Shanghai": "CST",
  "Asia/Chongqing": "CST",
  "Asia/Taipei": "CST",
  "Asia/Hong_Kong": "HKT",
  "Asia/Seoul": "KST",
  "Europe/Moscow": "MSK",
  "Asia/Karachi": "PKT",
  "Asia/Jakarta": "WIB",
  "Asia/Manila": "PST",
};

function shortName(ms: number, tz: string, locale: string): string {
  const key = `${locale}|${tz}`;
  let f = zoneNamers.get(key);
  if (!f) {
    f = new Intl.DateTimeFormat(locale, { timeZone: tz, timeZoneName: "short" });
    zoneNamers.set(key, f);
  }
  return f.formatToParts(new Date(ms)).find((p) => p.type === "timeZoneName")?.value ?? "";
}

/** Ruby's `%Z` for a zone: tzdata's abbreviation ("EST", "CEST"), or the offset ("+08") where tzdata has none. */
function zoneAbbreviation(ms: number, tz: string | undefined, offset: number): string {
  if (!tz || tz === "UTC" || tz === "Etc/UTC") return "UTC";
  const locale = REGION_LOCALES.find(([re]) => re.test(tz))?.[1] ?? "en-US";
  const name = shortName(ms, tz, locale);
  if (/^[A-Z]{2,5}$/.test(name)) return name;
  const fixed = FIXED_ABBREVIATIONS[tz];
  if (fixed) return fixed;
  const sign = offset < 0 ? "-" : "+";
  const a = Math.abs(offset);
  return `${sign}${String(Math.floor(a / 60)).padStart(2, "0")}${a % 60 ? String(a % 60).padStart(2, "0") : ""}`;
}

/**
 * Marks a Date as a Ruby Time with its own fixed zone, as Psych reads a YAML time with an explicit
 * offset (`2024-01-01 10:00:00 +02:00`: offset in minutes) or `Z` ("UTC"), and as Time.parse keeps
 * a zone given in a string. Unmarked Dates are shown in the site's time zone.
 */
export const RUBY_ZONE = Symbol.for("lectern.rubyZone");

/** Returns `date` marked with a fixed zone (see RUBY_ZONE). */
export function withFixedZone(date: Date, zone: number | "UTC"): Date {
  (date as Date & { [RUBY_ZONE]?: number | "UTC" })[RUBY_ZONE] = zone;
  return date;
}

function fixedZone(date: Date): number | "UTC" | undefined {
  return (date as Date & { [RUBY_ZONE]?: number | "UTC" })[RUBY_ZONE];
}

/** Breaks a JS Date down in its fixed zone if it has one, else in `tz` (IANA name, undefined = UTC); `local` ignores a fixed zone (Ruby's `localtime`). */
export function zoned(date: Date, tz: string | undefined, local = false): ZonedTime {
  const ms = date.getTime();
  const fixed = local ? undefined : fixedZone(date);
  if (fixed !== undefined) {
    const offset = fixed === "UTC" ? 0 : fixed;
    return { ...breakDown(ms, offset), zone: fixed === "UTC" ? "UTC" : "" };
  }
  if (isUtc(tz)) return { ...breakDown(ms, 0), zone: "UTC" };
  const { offset, zone } = slot(ms, tz!);
  return { ...breakDown(ms, offset), zone };
}

function breakDown(ms: number, offset: number): Omit<ZonedTime, "zone"> {
  const local = new Date(ms + offset * 60_000);
  return {
    year: local.getUTCFullYear(),
    month: local.getUTCMonth() + 1,
    day: local.getUTCDate(),
    hour: local.getUTCHours(),
    minute: local.getUTCMinutes(),
    second: local.getUTCSeconds(),
    millisecond: local.getUTCMilliseconds(),
    weekday: local.getUTCDay(),
    offset,
    epoch: Math.floor(ms / 1000),
  };
}

/** A Ruby Date as strftime sees it: midnight, offset 0, zone "+00:00". */
export function zonedDate(d: RubyDate): ZonedTime {
  const { ms, weekday } = rubyDateInstant(d.year, d.month, d.day);
  return {
    year: d.year,
    month: d.month,
    day: d.day,
    hour: 0,
    minute: 0,
    second: 0,
    millisecond: 0,
    weekday,
    offset: 0,
    zone: "+00:00",
    epoch: ms / 1000,
  };
}

/** The instant of local wall-clock time in zone `tz` (the inverse of `zoned`); in a DST gap or overlap it picks what Ruby picks. */
export function fromLocal(
  y: number,
  mo: number,
  d: number,
  h: number,
  mi: number,
  s: number,
  ms: number,
  tz: string | undefined,
): Date {
  const wall = utcMs(y, mo - 1, d, h, mi, s, ms);
  if (!tz || tz === "UTC") return new Date(wall);
  const before = zoneOffset(wall - 86_400_000, tz);
  const after = zoneOffset(wall + 86_400_000, tz);
  for (const o of [after, before]) if (zoneOffset(wall - o * 60_000, tz) === o) return new Date(wall - o * 60_000);
  return new Date(wall - before * 60_000);
}

/** "+0000" style offset; `colon` gives "+00:00". */
export function formatOffset(offset: number, colon = false): string {
  const sign = offset < 0 ? "-" : "+";
  const a = Math.abs(offset);
  const hh = String(Math.floor(a / 60)).padStart(2, "0");
  const mm = String(a % 60).padStart(2, "0");
  return `${sign}${hh}${colon ? ":" : ""}${mm}`;
}

/** Ruby's `Time#to_s`: "2024-05-01 10:00:00 +0000" in the site's zone. */
export function rubyTimeString(date: Date, tz: string | undefined): string {
  const z = zoned(date, tz);
  const p = (n: number, w = 2) => String(n).padStart(w, "0");
  const zone = fixedZone(date) === "UTC" ? "UTC" : formatOffset(z.offset);
  return `${p(z.year, 4)}-${p(z.month)}-${p(z.day)} ${p(z.hour)}:${p(z.minute)}:${p(z.second)} ${zone}`;
}

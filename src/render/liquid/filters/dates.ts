import type { FilterEnv, FilterTable } from "./env.js";
import { RubyDate } from "../../../model/ruby-date.js";
import { fromLocal, zoned, zonedDate, formatOffset, withFixedZone, type ZonedTime } from "../time.js";
import { strftime } from "../strftime.js";
import { rubyToS, rubyInspect } from "../ruby-value.js";

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

function month(name: string): number | undefined {
  const i = MONTHS.indexOf(name.slice(0, 3).toLowerCase());
  return i < 0 ? undefined : i + 1;
}

/** Ruby's `Time.parse` for the forms sites use; undefined where Ruby raises. Zone-less times are local to `tz`. */
export function parseTime(text: string, tz: string | undefined, now: Date): Date | undefined {
  const s = text.trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?$/i.exec(s)
    ?? /^(\d{4})\/(\d{1,2})\/(\d{1,2})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?()?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i.exec(s);
  let y: number, mo: number, d: number, h = 0, mi = 0, sec = 0, ms = 0, zone: string | undefined;
  if (m) {
    [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
    h = Number(m[4] ?? 0); mi = Number(m[5] ?? 0); sec = Number(m[6] ?? 0);
    ms = m[7] ? Math.floor(Number(`0.${m[7]}`) * 1000) : 0;
    zone = m[8];
  } else if ((m = /^(?:[a-z]+,?\s+)?([a-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i.exec(s)) && month(m[1]!)) {
    [y, mo, d] = [Number(m[3]), month(m[1]!)!, Number(m[2])];
    h = Number(m[4] ?? 0); mi = Number(m[5] ?? 0); sec = Number(m[6] ?? 0); zone = m[7];
  } else if ((m = /^(?:[a-z]+,?\s+)?(\d{1,2})(?:st|nd|rd|th)?\s+([a-z]{3,})\.?,?\s+(\d{4})(?:\s+(\d{1,2}):(\d{2})(?::(\d{2}))?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2})?$/i.exec(s)) && month(m[2]!)) {
    [y, mo, d] = [Number(m[3]), month(m[2]!)!, Number(m[1])];
    h = Number(m[4] ?? 0); mi = Number(m[5] ?? 0); sec = Number(m[6] ?? 0); zone = m[7];
  } else if ((m = /^([a-z]{3,})\.?,?\s+(\d{4})$/i.exec(s)) && month(m[1]!)) {
    [y, mo, d] = [Number(m[2]), month(m[1]!)!, 1];
  } else if ((m = /^(\d{4})$/.exec(s))) {
    // Ruby reads a lone 4-digit number as HHMM today; rare on real sites.
    const t = zoned(now, tz);
    [y, mo, d, h, mi] = [t.year, t.month, t.day, Number(s.slice(0, 2)), Number(s.slice(2))];
  } else {
    return undefined;
  }
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || sec > 60) return undefined;
  if (zone === undefined) return fromLocal(y, mo, d, h, mi, sec, ms, tz);
  const z = zone.toUpperCase();
  let offset = 0;
  if (z !== "Z" && z !== "UTC" && z !== "GMT") {
    const zm = /^([+-])(\d{2}):?(\d{2})?$/.exec(z)!;
    offset = (zm[1] === "-" ? -1 : 1) * (Number(zm[2]) * 60 + Number(zm[3] ?? 0));
  }
  return withFixedZone(new Date(Date.UTC(y, mo - 1, d, h, mi, sec, ms) - offset * 60_000), z === "Z" || z === "UTC" || z === "GMT" ? "UTC" : offset);
}

/** Liquid's `Utils.to_date`: Times and Dates as they are, "now"/"today", epoch numbers, parsed strings; else undefined. */
export function toDate(input: unknown, env: FilterEnv): Date | RubyDate | undefined {
  if (input instanceof Date || input instanceof RubyDate) return input;
  if (typeof input === "number") return Number.isInteger(input) ? new Date(input * 1000) : undefined;
  if (typeof input !== "string" || input === "") return undefined;
  const s = input.toLowerCase();
  if (s === "now" || s === "today") return env.now();
  if (/^\d+$/.test(s)) return new Date(Number(s) * 1000);
  return parseTime(input, env.tz, env.now());
}

function broken(d: Date | RubyDate, env: FilterEnv): ZonedTime {
  return d instanceof RubyDate ? zonedDate(d) : zoned(d, env.tz);
}

/** Jekyll's `time()`: like to_date but Dates become local midnight, and an invalid date is an error. */
function jekyllTime(input: unknown, env: FilterEnv): ZonedTime {
  const d = toDate(input, env);
  if (d === undefined) throw new Error(`Invalid Date: '${rubyInspect(input)}' is not a valid datetime.`);
  if (d instanceof RubyDate) return zoned(fromLocal(d.year, d.month, d.day, 0, 0, 0, 0, env.tz), env.tz);
  return zoned(d, env.tz, true);
}

function ordinal(n: number): string {
  if (n >= 11 && n <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

function stringifyDate(input: unknown, monthType: string, type: unknown, style: unknown, env: FilterEnv): unknown {
  if (rubyToS(input) === "") return input;
  const t = jekyllTime(input, env);
  if (type === "ordinal") {
    const day = `${t.day}${ordinal(t.day)}`;
    return style === "US" ? strftime(t, `${monthType} ${day}, %Y`) : strftime(t, `${day} ${monthType} %Y`);
  }
  return strftime(t, `%d ${monthType} %Y`);
}

/** Liquid's `date` (Ruby strftime) and Jekyll's date_to_* filters. */
export function dateFilters(env: FilterEnv): FilterTable {
  return {
    date(input, format) {
      const f = rubyToS(format);
      if (f === "") return input;
      const d = toDate(input, env);
      return d === undefined ? input : strftime(broken(d, env), f);
    },
    date_to_xmlschema(input) {
      if (rubyToS(input) === "") return input;
      const t = jekyllTime(input, env);
      return strftime(t, "%Y-%m-%dT%H:%M:%S") + formatOffset(t.offset, true);
    },
    date_to_rfc822(input) {
      if (rubyToS(input) === "") return input;
      return strftime(jekyllTime(input, env), "%a, %d %b %Y %H:%M:%S %z");
    },
    date_to_string: (input, type, style) => stringifyDate(input, "%b", type, style, env),
    date_to_long_string: (input, type, style) => stringifyDate(input, "%B", type, style, env),
  };
}

import type { FilterEnv, FilterTable } from "./env.js";
import { RubyDate } from "../../../ruby/date.js";
import { gregorianOf } from "../../../ruby/calendar.js";
import { fromLocal, zoned, zonedDate, formatOffset, withFixedZone, type ZonedTime } from "../../../ruby/zone.js";
import { strftime } from "../../../ruby/strftime.js";
import { rubyToS, rubyInspect } from "../../../ruby/value.js";
import { rubyTimeParseZoned } from "../../../ruby/time.js";

/** Ruby's `Time.parse` (src/ruby/time.ts); undefined where Ruby raises. Zone-less times are local to `tz`; a zone given in the text is kept. */
export function parseTime(text: string, tz: string | undefined, now: Date): Date | undefined {
  const t = rubyTimeParseZoned(text, tz, now, (y, mo, d, h, mi, s, ms) => fromLocal(y, mo, d, h, mi, s, ms, tz));
  if (!t) return undefined;
  return t.zone === undefined ? t.date : withFixedZone(t.date, t.zone);
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

/** Whether Ruby's `input.to_s` is empty; Times and Dates never are, so they are not formatted to find out. */
function emptyText(input: unknown): boolean {
  return !(input instanceof Date || input instanceof RubyDate) && rubyToS(input) === "";
}

function broken(d: Date | RubyDate, env: FilterEnv): ZonedTime {
  return d instanceof RubyDate ? zonedDate(d) : zoned(d, env.tz);
}

/** Jekyll's `time()`: like to_date but Dates become local midnight, and an invalid date is an error. */
function jekyllTime(input: unknown, env: FilterEnv): ZonedTime {
  const d = toDate(input, env);
  if (d === undefined) throw new Error(`Invalid Date: '${rubyInspect(input)}' is not a valid datetime.`);
  if (d instanceof RubyDate) {
    // Date#to_time: a Julian-calendar date (before 1582-10-15) becomes its Gregorian day.
    const g = gregorianOf(d.year, d.month, d.day);
    return zoned(fromLocal(g.year, g.month, g.day, 0, 0, 0, 0, env.tz), env.tz);
  }
  return zoned(d, env.tz, true);
}

function ordinal(n: number): string {
  if (n >= 11 && n <= 13) return "th";
  return ["th", "st", "nd", "rd"][n % 10] ?? "th";
}

function stringifyDate(input: unknown, monthType: string, type: unknown, style: unknown, env: FilterEnv): unknown {
  if (emptyText(input)) return input;
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
      if (emptyText(input)) return input;
      const t = jekyllTime(input, env);
      return strftime(t, "%Y-%m-%dT%H:%M:%S") + formatOffset(t.offset, true);
    },
    date_to_rfc822(input) {
      if (emptyText(input)) return input;
      return strftime(jekyllTime(input, env), "%a, %d %b %Y %H:%M:%S %z");
    },
    date_to_string: (input, type, style) => stringifyDate(input, "%b", type, style, env),
    date_to_long_string: (input, type, style) => stringifyDate(input, "%B", type, style, env),
  };
}

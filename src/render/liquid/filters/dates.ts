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

const ZONE = /^(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})$/i;
const TIME = /(?:^|[\sT])(\d{1,2}):(\d{2})(?::(\d{2})(?:[.,](\d+))?)?\s*([ap]\.?m\.?)?\s*(Z|UTC|GMT|[+-]\d{2}:?\d{2}|[+-]\d{2})?(?=\s|$)/i;
const MON = "([a-z]{3,})\\.?";

/** The calendar part of a date string, as Ruby's Date._parse reads the common forms; undefined if none. */
function calendar(s: string, today: ZonedTime): [number, number, number] | undefined {
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$/.exec(s))) return [+m[1]!, +m[2]!, +m[3]!];
  if ((m = /^(\d{1,2})[/.](\d{1,2})[/.](\d{4})$/.exec(s))) return [+m[3]!, +m[2]!, +m[1]!];
  if ((m = new RegExp(`^${MON}\\s+(\\d{1,2})(?:st|nd|rd|th)?,?\\s+(\\d{4})$`, "i").exec(s)) && month(m[1]!)) return [+m[3]!, month(m[1]!)!, +m[2]!];
  if ((m = new RegExp(`^(\\d{1,2})(?:st|nd|rd|th)?[\\s-]+${MON},?[\\s-]+(\\d{4})$`, "i").exec(s)) && month(m[2]!)) return [+m[3]!, month(m[2]!)!, +m[1]!];
  if ((m = new RegExp(`^${MON},?\\s+(\\d{4})$`, "i").exec(s)) && month(m[1]!)) return [+m[2]!, month(m[1]!)!, 1];
  if ((m = new RegExp(`^${MON}\\s+(\\d{1,2})$`, "i").exec(s)) && month(m[1]!)) return [today.year, month(m[1]!)!, +m[2]!];
  if (s === "") return [today.year, today.month, today.day];
  return undefined;
}

/** Ruby's `Time.parse` for the forms sites use; undefined where Ruby raises. Zone-less times are local to `tz`. */
export function parseTime(text: string, tz: string | undefined, now: Date): Date | undefined {
  let s = text.trim().replace(/^(?:mon|tue|wed|thu|fri|sat|sun)[a-z]*\.?,?\s+/i, "");
  let zone: string | undefined;
  let h = 0, mi = 0, sec = 0, ms = 0;
  const t = TIME.exec(s);
  if (t) {
    zone = t[6]?.toUpperCase();
    let rest = s.slice(t.index + t[0].length).trim();
    if (zone === undefined && ZONE.test(rest)) [zone, rest] = [rest.toUpperCase(), ""];
    [h, mi, sec] = [+t[1]!, +t[2]!, +(t[3] ?? 0)];
    ms = t[4] ? Math.floor(Number(`0.${t[4]}`) * 1000) : 0;
    const ampm = t[5]?.[0]?.toLowerCase();
    if (ampm === "p" && h < 12) h += 12;
    if (ampm === "a" && h === 12) h = 0;
    s = `${s.slice(0, t.index)} ${rest}`.trim();
  }
  const date = calendar(s.replace(/,$/, "").trim(), zoned(now, tz));
  if (!date) return undefined;
  const [y, mo, d] = date;
  if (mo < 1 || mo > 12 || d < 1 || d > 31 || h > 24 || mi > 59 || sec > 60) return undefined;
  if (zone === undefined) return fromLocal(y, mo, d, h, mi, sec, ms, tz);
  let offset = 0;
  if (zone !== "Z" && zone !== "UTC" && zone !== "GMT") {
    const zm = /^([+-])(\d{2}):?(\d{2})?$/.exec(zone)!;
    offset = (zm[1] === "-" ? -1 : 1) * (Number(zm[2]) * 60 + Number(zm[3] ?? 0));
  }
  const utc = zone === "Z" || zone === "UTC" || zone === "GMT";
  return withFixedZone(new Date(Date.UTC(y, mo - 1, d, h, mi, sec, ms) - offset * 60_000), utc ? "UTC" : offset);
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

import { RubyDate } from "./date.js";
import { rubyDateParse } from "./date-parse.js";
import { zoned, fromLocal } from "./zone.js";
import { gregorianOf, utcMs } from "./calendar.js";

/** The wall-clock fields of `date` in zone `tz` (IANA name; null/undefined for UTC), whatever zone the Date carries. */
function wallClock(date: Date, tz?: string | null) {
  return zoned(date, tz ?? undefined, true);
}

/** Ruby's Time.parse: the zone offsets it knows by name (Time::ZoneOffset), in hours. */
const ZONE_HOURS: Record<string, number> = {
  UTC: 0,
  Z: 0,
  UT: 0,
  GMT: 0,
  EST: -5,
  EDT: -4,
  CST: -6,
  CDT: -5,
  MST: -7,
  MDT: -6,
  PST: -8,
  PDT: -7,
};
"ABCDEFGHI".split("").forEach((c, i) => {
  ZONE_HOURS[c] = i + 1;
});
"KLM".split("").forEach((c, i) => {
  ZONE_HOURS[c] = i + 10;
});
"NOPQRSTUVWXY".split("").forEach((c, i) => {
  ZONE_HOURS[c] = -(i + 1);
});

/** Time.zone_offset: seconds east of UTC for a zone Time.parse understands; undefined for others (read as local). */
function zoneOffset(zone: string): number | undefined {
  const z = zone.toUpperCase();
  let m = /^([+-])(\d\d)(:?)(\d\d)(?:\3(\d\d))?$/.exec(z);
  if (m) return (m[1] === "-" ? -1 : 1) * ((+m[2]! * 60 + +m[4]!) * 60 + +(m[5] ?? 0));
  if ((m = /^([+-])(\d\d)$/.exec(z))) return (m[1] === "-" ? -1 : 1) * +m[2]! * 3600;
  return z in ZONE_HOURS ? ZONE_HOURS[z]! * 3600 : undefined;
}

const MONTH_DAYS = [31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** A Time.parse result: the instant and the zone Ruby keeps for it ("UTC", minutes east of UTC, or undefined for local time). */
export interface ParsedRubyTime {
  date: Date;
  zone?: "UTC" | number;
}

type LocalTime = (y: number, mo: number, d: number, h: number, mi: number, s: number, ms: number) => Date;

/**
 * Ruby's Time.parse (Date._parse, then fields missing before the first given one come from `now`);
 * undefined where Ruby raises ArgumentError. `local` turns a zone-less wall time into an instant.
 */
export function rubyTimeParseZoned(
  text: string,
  tz: string | null | undefined,
  now: Date,
  local?: LocalTime,
): ParsedRubyTime | undefined {
  const f = rubyDateParse(text);
  let { year, mon, mday: day, hour, min, sec } = f;
  if (
    year === undefined &&
    f.yday === undefined &&
    mon === undefined &&
    day === undefined &&
    hour === undefined &&
    min === undefined &&
    sec === undefined &&
    f.secFraction === undefined
  )
    return undefined;
  const off = f.zone === undefined ? undefined : zoneOffset(f.zone);
  const nowParts = off === undefined ? wallClock(now, tz) : wallClock(new Date(now.getTime() + off * 1000));
  if (f.yday !== undefined) {
    if (f.yday < 1 || f.yday > 366) return undefined;
    const y = year ?? nowParts.year;
    const leap = (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0;
    let d = f.yday;
    mon = 1;
    while (mon < 12 && d > MONTH_DAYS[mon - 1]! + (mon === 2 && leap ? 1 : 0))
      (d -= MONTH_DAYS[mon - 1]! + (mon === 2 && leap ? 1 : 0)), mon++;
    day = d;
  }
  let ms = f.secFraction !== undefined ? Math.floor(f.secFraction * 1000) : undefined;
  const fill: Array<[unknown, () => void]> = [
    [
      year,
      () => {
        year = nowParts.year;
      },
    ],
    [
      mon,
      () => {
        mon = nowParts.month;
      },
    ],
    [
      day,
      () => {
        day = nowParts.day;
      },
    ],
    [
      hour,
      () => {
        hour = nowParts.hour;
      },
    ],
    [
      min,
      () => {
        min = nowParts.minute;
      },
    ],
    [
      sec,
      () => {
        sec = nowParts.second;
      },
    ],
    [
      ms,
      () => {
        ms = now.getTime() % 1000;
      },
    ],
  ];
  for (const [given, take] of fill) {
    if (given !== undefined) break;
    take();
  }
  year ??= 1970;
  mon ??= 1;
  day ??= 1;
  hour ??= 0;
  min ??= 0;
  sec ??= 0;
  ms ??= 0;
  // Time.utc / Time.local: out-of-range fields raise; a day past the month's end rolls over (Feb 30 is Mar 2).
  if (mon < 1 || mon > 12 || day < 1 || day > 31 || hour < 0 || hour > 24 || min < 0 || min > 59 || sec < 0 || sec > 60)
    return undefined;
  if (hour === 24 && (min !== 0 || sec !== 0)) return undefined;
  if (off !== undefined) {
    const date = new Date(utcMs(year, mon - 1, day, hour, min, sec, ms) - off * 1000);
    return { date, zone: /^(?:-00:00|-0000|-00|UTC|Z|UT)$/i.test(f.zone!) ? "UTC" : off / 60 };
  }
  if (local) return { date: local(year, mon, day, hour, min, sec, ms) };
  const wall = fromLocal(year, mon, day, hour, min, sec, 0, tz ?? undefined);
  return { date: ms ? new Date(wall.getTime() + ms) : wall };
}

/** Ruby's Time.parse as an instant; undefined where Ruby raises ArgumentError. */
export function rubyTimeParse(text: string, tz: string | null | undefined, now: Date): Date | undefined {
  return rubyTimeParseZoned(text, tz, now)?.date;
}

/** Jekyll's Utils.parse_date: Time.parse(value.to_s).localtime; undefined when Ruby cannot read it (Jekyll then fails the build). */
export function parseTime(value: unknown, tz?: string | null, now: Date = new Date()): Date | undefined {
  // `.localtime` drops a zone of its own: a YAML time with an offset prints in the site's zone.
  // `.to_s` first: a YAML time's fraction of a second is dropped.
  if (value instanceof Date) return new Date(Math.floor(value.getTime() / 1000) * 1000);
  if (value instanceof RubyDate) {
    const g = gregorianOf(value.year, value.month, value.day);
    return fromLocal(g.year, g.month, g.day, 0, 0, 0, 0, tz ?? undefined);
  }
  if (typeof value === "number" && !Number.isInteger(value)) return undefined;
  return rubyTimeParse(String(value ?? ""), tz, now);
}

/** Ruby strftime for the few directives URLs need (the Liquid date filter has the full set). */
export function urlDateField(date: Date, field: string, tz?: string | null): string {
  const p = wallClock(date, tz);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const start = utcMs(p.year, 0, 1);
  const yday = Math.floor((utcMs(p.year, p.month - 1, p.day) - start) / 86_400_000) + 1;
  switch (field) {
    case "year":
      return pad(p.year, 4);
    case "month":
      return pad(p.month);
    case "day":
      return pad(p.day);
    case "hour":
      return pad(p.hour);
    case "minute":
      return pad(p.minute);
    case "second":
      return pad(p.second);
    case "i_day":
      return String(p.day);
    case "i_month":
      return String(p.month);
    case "short_year":
      return pad(p.year % 100);
    case "y_day":
      return pad(yday, 3);
    case "short_month":
      return ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][p.month - 1]!;
    case "long_month":
      return [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
      ][p.month - 1]!;
    case "short_day":
      return ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][p.weekday]!;
    case "long_day":
      return ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][p.weekday]!;
    case "w_day":
      return String(p.weekday === 0 ? 7 : p.weekday);
    case "week":
    case "w_year": {
      const d = new Date(utcMs(p.year, p.month - 1, p.day));
      const dow = p.weekday === 0 ? 7 : p.weekday;
      d.setUTCDate(d.getUTCDate() + 4 - dow);
      const isoYear = d.getUTCFullYear();
      const week = Math.ceil(((d.getTime() - utcMs(isoYear, 0, 1)) / 86_400_000 + 1) / 7);
      return field === "week" ? pad(week) : String(isoYear);
    }
    default:
      return "";
  }
}

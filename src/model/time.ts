import { RubyDate } from "./ruby-date.js";

/** Calendar fields of an instant in a time zone, plus the zone's UTC offset in minutes. */
export interface ZonedParts {
  year: number; month: number; day: number; hour: number; minute: number; second: number;
  /** 0 = Sunday. */
  weekday: number;
  offsetMinutes: number;
}

const formatters = new Map<string, Intl.DateTimeFormat>();

function formatter(tz: string): Intl.DateTimeFormat {
  let f = formatters.get(tz);
  if (!f) {
    f = new Intl.DateTimeFormat("en-US", { timeZone: tz, hourCycle: "h23", year: "numeric", month: "numeric", day: "numeric", hour: "numeric", minute: "numeric", second: "numeric", weekday: "short" });
    formatters.set(tz, f);
  }
  return f;
}

const WEEKDAYS: Record<string, number> = { Sun: 0, Mon: 1, Tue: 2, Wed: 3, Thu: 4, Fri: 5, Sat: 6 };

/** The wall-clock fields of `date` in time zone `tz` (IANA name; null/"UTC" for UTC). */
export function zonedParts(date: Date, tz?: string | null): ZonedParts {
  if (!tz || tz === "UTC" || tz === "Etc/UTC") {
    return { year: date.getUTCFullYear(), month: date.getUTCMonth() + 1, day: date.getUTCDate(), hour: date.getUTCHours(), minute: date.getUTCMinutes(), second: date.getUTCSeconds(), weekday: date.getUTCDay(), offsetMinutes: 0 };
  }
  const parts: Record<string, string> = {};
  for (const p of formatter(tz).formatToParts(date)) parts[p.type] = p.value;
  const year = +parts["year"]!, month = +parts["month"]!, day = +parts["day"]!, hour = +parts["hour"]!, minute = +parts["minute"]!, second = +parts["second"]!;
  const asUtc = Date.UTC(year, month - 1, day, hour, minute, second);
  const offsetMinutes = Math.round((asUtc - Math.floor(date.getTime() / 1000) * 1000) / 60_000);
  return { year, month, day, hour, minute, second, weekday: WEEKDAYS[parts["weekday"]!] ?? 0, offsetMinutes };
}

/** The instant of a wall-clock time in zone `tz`. */
export function fromZoned(year: number, month: number, day: number, hour: number, minute: number, second: number, tz?: string | null): Date {
  const guess = Date.UTC(year, month - 1, day, hour, minute, second);
  if (!tz || tz === "UTC") return new Date(guess);
  const off1 = zonedParts(new Date(guess), tz).offsetMinutes;
  const t = guess - off1 * 60_000;
  const off2 = zonedParts(new Date(t), tz).offsetMinutes;
  return new Date(guess - off2 * 60_000);
}

const MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"];

/** Ruby's Time.parse for the forms sites use; undefined when it cannot be read (Jekyll then fails the build). */
export function parseTime(value: unknown, tz?: string | null, now: Date = new Date()): Date | undefined {
  if (value instanceof Date) return value;
  if (value instanceof RubyDate) return fromZoned(value.year, value.month, value.day, 0, 0, 0, tz);
  if (typeof value === "number") return undefined;
  const s = String(value ?? "").trim();
  let m = /^(\d{4})-(\d{1,2})-(\d{1,2})(?:[T\s]+(\d{1,2}):(\d{2})(?::(\d{2})(?:\.\d+)?)?)?\s*(Z|UTC|GMT|[-+]\d{2}:?\d{2})?$/i.exec(s);
  if (m) {
    const [, y, mo, d, h = "0", mi = "0", se = "0", zone] = m;
    if (zone) {
      let off = 0;
      const z = /([-+])(\d{2}):?(\d{2})/.exec(zone);
      if (z) off = (+z[2]! * 60 + +z[3]!) * (z[1] === "-" ? -1 : 1);
      return new Date(Date.UTC(+y!, +mo! - 1, +d!, +h, +mi, +se) - off * 60_000);
    }
    return fromZoned(+y!, +mo!, +d!, +h, +mi, +se, tz);
  }
  m = /^(?:[A-Za-z]+,?\s+)?([A-Za-z]{3,})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$/.exec(s);
  if (m) {
    const mo = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
    if (mo >= 0) return fromZoned(+m[3]!, mo + 1, +m[2]!, 0, 0, 0, tz);
  }
  m = /^(\d{1,2})\s+([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(s);
  if (m) {
    const mo = MONTHS.indexOf(m[2]!.slice(0, 3).toLowerCase());
    if (mo >= 0) return fromZoned(+m[3]!, mo + 1, +m[1]!, 0, 0, 0, tz);
  }
  // Ruby fills a missing year from the clock: "Sep-14" is September 14; "14-Sep" reads as September 1.
  m = /^([A-Za-z]{3})[a-z]*-(\d{1,2})$/.exec(s) ?? /^(\d{1,2})-([A-Za-z]{3})[a-z]*$/.exec(s);
  if (m) {
    const monthFirst = /^[A-Za-z]/.test(m[1]!);
    const mo = MONTHS.indexOf((monthFirst ? m[1]! : m[2]!).slice(0, 3).toLowerCase());
    if (mo >= 0) return fromZoned(zonedParts(now, tz).year, mo + 1, monthFirst ? +m[2]! : 1, 0, 0, 0, tz);
  }
  m = /^(\d{4})\/(\d{1,2})\/(\d{1,2})$/.exec(s);
  if (m) return fromZoned(+m[1]!, +m[2]!, +m[3]!, 0, 0, 0, tz);
  // Ruby reads "1/2/2014" as day/month/year.
  m = /^(\d{1,2})\/(\d{1,2})\/(\d{4})$/.exec(s);
  if (m && +m[2]! <= 12 && +m[1]! <= 31) return fromZoned(+m[3]!, +m[2]!, +m[1]!, 0, 0, 0, tz);
  // "March 2014", "Oct 2019": the first of the month.
  m = /^([A-Za-z]{3,})\.?,?\s+(\d{4})$/.exec(s);
  if (m) {
    const mo = MONTHS.indexOf(m[1]!.slice(0, 3).toLowerCase());
    if (mo >= 0) return fromZoned(+m[2]!, mo + 1, 1, 0, 0, 0, tz);
  }
  return undefined;
}

/** Ruby strftime for the few directives URLs need (the Liquid date filter has the full set). */
export function urlDateField(date: Date, field: string, tz?: string | null): string {
  const p = zonedParts(date, tz);
  const pad = (n: number, w = 2) => String(n).padStart(w, "0");
  const start = Date.UTC(p.year, 0, 1);
  const yday = Math.floor((Date.UTC(p.year, p.month - 1, p.day) - start) / 86_400_000) + 1;
  switch (field) {
    case "year": return pad(p.year, 4);
    case "month": return pad(p.month);
    case "day": return pad(p.day);
    case "hour": return pad(p.hour);
    case "minute": return pad(p.minute);
    case "second": return pad(p.second);
    case "i_day": return String(p.day);
    case "i_month": return String(p.month);
    case "short_year": return pad(p.year % 100);
    case "y_day": return pad(yday, 3);
    case "short_month": return ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"][p.month - 1]!;
    case "long_month": return ["January", "February", "March", "April", "May", "June", "July", "August", "September", "October", "November", "December"][p.month - 1]!;
    case "short_day": return ["Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"][p.weekday]!;
    case "long_day": return ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"][p.weekday]!;
    case "w_day": return String(p.weekday === 0 ? 7 : p.weekday);
    case "week":
    case "w_year": {
      const d = new Date(Date.UTC(p.year, p.month - 1, p.day));
      const dow = p.weekday === 0 ? 7 : p.weekday;
      d.setUTCDate(d.getUTCDate() + 4 - dow);
      const isoYear = d.getUTCFullYear();
      const week = Math.ceil(((d.getTime() - Date.UTC(isoYear, 0, 1)) / 86_400_000 + 1) / 7);
      return field === "week" ? pad(week) : String(isoYear);
    }
    default: return "";
  }
}

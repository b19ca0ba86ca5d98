/**
 * Calendar arithmetic Ruby does and JavaScript's Date gets wrong: `Date.UTC` reads years 0–99 as 1900–1999
 * (`date: 0001-01-01` became 1901), and Ruby's `Date` counts days before 15 October 1582 in the Julian
 * calendar (Date::ITALY), while `Time` and JavaScript are proleptic Gregorian.
 */

const DAY_MS = 86_400_000;
/** Julian day number of 1970-01-01. */
const UNIX_JD = 2440588;
/** Date::ITALY: the first day of the Gregorian calendar, as a Julian day number. */
const ITALY = 2299161;

/** `Date.UTC` for every year, 0–99 included (month 0-based, as Date.UTC takes it). */
export function utcMs(year: number, month: number, day = 1, hour = 0, minute = 0, second = 0, ms = 0): number {
  const t = Date.UTC(year, month, day, hour, minute, second, ms);
  if (year >= 0 && year < 100) return new Date(t).setUTCFullYear(new Date(t).getUTCFullYear() - 1900);
  return t;
}

/** Julian day number of a Ruby `Date` (Julian calendar before Date::ITALY, Gregorian from it). */
export function rubyJulianDay(year: number, month: number, day: number): number {
  const a = Math.floor((14 - month) / 12);
  const y = year + 4800 - a;
  const m = month + 12 * a - 3;
  const common = day + Math.floor((153 * m + 2) / 5) + 365 * y + Math.floor(y / 4);
  const gregorian = common - Math.floor(y / 100) + Math.floor(y / 400) - 32045;
  return gregorian >= ITALY ? gregorian : common - 32083;
}

/** The instant (UTC midnight) of a Ruby `Date`, and its day of the week (0 = Sunday). */
export function rubyDateInstant(year: number, month: number, day: number): { ms: number; weekday: number } {
  const jd = rubyJulianDay(year, month, day);
  return { ms: (jd - UNIX_JD) * DAY_MS, weekday: (jd + 1) % 7 };
}

/** The proleptic Gregorian calendar date of a Ruby `Date` (what `Date#to_time` uses). */
export function gregorianOf(year: number, month: number, day: number): { year: number; month: number; day: number } {
  const d = new Date(rubyDateInstant(year, month, day).ms);
  return { year: d.getUTCFullYear(), month: d.getUTCMonth() + 1, day: d.getUTCDate() };
}

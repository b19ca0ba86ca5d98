import { gregorianOf, utcMs } from "./calendar.js";

/**
 * A calendar date without time, as Ruby's Psych reads `2024-05-01` in YAML (a Ruby `Date`).
 * Liquid prints it as `2024-05-01`; date filters treat it as midnight in the site's time zone.
 * Timestamps (`2024-05-01 10:00:00`) are plain JS `Date`s instead.
 */
export class RubyDate {
  constructor(
    readonly year: number,
    readonly month: number,
    readonly day: number,
  ) {}

  /** "YYYY-MM-DD", as Ruby's Date#to_s. */
  toString(): string {
    const p = (n: number, w = 2) => String(n).padStart(w, "0");
    return `${p(this.year, 4)}-${p(this.month)}-${p(this.day)}`;
  }

  /** Midnight of this date at the given UTC offset in minutes (east positive). */
  toDate(offsetMinutes = 0): Date {
    // Date#to_time: a Julian-calendar date (before 1582-10-15) is first moved to the Gregorian calendar.
    const g = gregorianOf(this.year, this.month, this.day);
    return new Date(utcMs(g.year, g.month - 1, g.day) - offsetMinutes * 60_000);
  }

  toJSON(): string {
    return this.toString();
  }
}

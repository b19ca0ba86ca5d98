import { text } from "./model.js";

const MONTHS = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"];

/** A JSON Resume date ("2023", "2023-03", "2023-03-01", a YAML date) as a CV shows it: "2023", "Mar 2023". */
export function cvDate(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime()))
    return `${MONTHS[value.getUTCMonth()]} ${value.getUTCFullYear()}`;
  const t = text(value);
  const m = /^(\d{4})(?:-(\d{1,2}))?(?:-\d{1,2})?(?:[T ].*)?$/.exec(t);
  if (!m) return t;
  const month = m[2] ? Number(m[2]) : 0;
  return month >= 1 && month <= 12 ? `${MONTHS[month - 1]} ${m[1]}` : m[1]!;
}

/** A start–end range; a start without an end runs to "present" (JSON Resume's convention). */
export function dateRange(start: unknown, end: unknown, present = "present"): string {
  const from = cvDate(start);
  const to = cvDate(end);
  if (from && to) return from === to ? from : `${from} – ${to}`;
  if (from) return `${from} – ${present}`;
  return to;
}

/** The year of a date value (a Date, "2021-05-04", 2021), or "". */
export function yearOf(value: unknown): string {
  if (value instanceof Date && !Number.isNaN(value.getTime())) return String(value.getUTCFullYear());
  return /^\d{4}/.exec(text(value))?.[0] ?? "";
}

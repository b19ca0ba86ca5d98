import { formatOffset, type ZonedTime } from "./zone.js";
import { utcMs } from "./calendar.js";

const MONTHS = [
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
];
const DAYS = ["Sunday", "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday"];

function dayOfYear(t: ZonedTime): number {
  return Math.round((utcMs(t.year, t.month - 1, t.day) - utcMs(t.year, 0, 1)) / 86_400_000) + 1;
}

/** ISO 8601 week-based year and week number. */
function isoWeek(t: ZonedTime): [number, number] {
  const d = new Date(utcMs(t.year, t.month - 1, t.day));
  const dow = (t.weekday + 6) % 7; // Monday = 0
  d.setUTCDate(d.getUTCDate() - dow + 3); // Thursday of this week
  const year = d.getUTCFullYear();
  const week = 1 + Math.floor((d.getTime() - utcMs(year, 0, 1)) / 86_400_000 / 7);
  return [year, week];
}

function weekNumber(t: ZonedTime, firstDay: 0 | 1): number {
  const yday = dayOfYear(t) - 1;
  const wday = firstDay === 0 ? t.weekday : (t.weekday + 6) % 7;
  return Math.floor((yday + 7 - wday) / 7);
}

type Field = [value: string | number, pad: "0" | " " | "", width: number];

function field(t: ZonedTime, conv: string, colons: number): Field | string | undefined {
  const h12 = t.hour % 12 === 0 ? 12 : t.hour % 12;
  switch (conv) {
    case "Y":
      // Ruby pads the year to four digits (0001, -0005).
      return t.year < 0 ? `-${String(-t.year).padStart(4, "0")}` : [t.year, "0", 4];
    case "C":
      return [Math.floor(t.year / 100), "0", 2];
    case "y":
      return [t.year % 100, "0", 2];
    case "m":
      return [t.month, "0", 2];
    case "B":
      return MONTHS[t.month - 1];
    case "b":
    case "h":
      return MONTHS[t.month - 1]!.slice(0, 3);
    case "d":
      return [t.day, "0", 2];
    case "e":
      return [t.day, " ", 2];
    case "j":
      return [dayOfYear(t), "0", 3];
    case "H":
      return [t.hour, "0", 2];
    case "k":
      return [t.hour, " ", 2];
    case "I":
      return [h12, "0", 2];
    case "l":
      return [h12, " ", 2];
    case "P":
      return t.hour < 12 ? "am" : "pm";
    case "p":
      return t.hour < 12 ? "AM" : "PM";
    case "M":
      return [t.minute, "0", 2];
    case "S":
      return [t.second, "0", 2];
    case "L":
      return [t.millisecond, "0", 3];
    case "N":
      return String(t.millisecond).padStart(3, "0") + "000000";
    case "z": {
      if (colons === 0) return formatOffset(t.offset);
      const base = formatOffset(t.offset, true);
      return colons === 1 ? base : base + ":00";
    }
    case "Z":
      return t.zone;
    case "A":
      return DAYS[t.weekday];
    case "a":
      return DAYS[t.weekday]!.slice(0, 3);
    case "u":
      return [t.weekday === 0 ? 7 : t.weekday, "", 0];
    case "w":
      return [t.weekday, "", 0];
    case "G":
      return [isoWeek(t)[0], "", 0];
    case "g":
      return [isoWeek(t)[0] % 100, "0", 2];
    case "V":
      return [isoWeek(t)[1], "0", 2];
    case "U":
      return [weekNumber(t, 0), "0", 2];
    case "W":
      return [weekNumber(t, 1), "0", 2];
    case "s":
      return [t.epoch, "", 0];
    case "n":
      return "\n";
    case "t":
      return "\t";
    case "%":
      return "%";
    case "c":
      return strftime(t, "%a %b %e %H:%M:%S %Y");
    case "D":
    case "x":
      return strftime(t, "%m/%d/%y");
    case "F":
      return strftime(t, "%Y-%m-%d");
    case "T":
    case "X":
      return strftime(t, "%H:%M:%S");
    case "R":
      return strftime(t, "%H:%M");
    case "r":
      return strftime(t, "%I:%M:%S %p");
    case "v":
      return strftime(t, "%e-%^b-%Y");
    case "+":
      return strftime(t, "%a %b %e %H:%M:%S %Z %Y");
    default:
      return undefined;
  }
}

/** Formats like Ruby's `Time#strftime`, flags `-_0^#`, widths and `%:z` included. Unknown directives are kept as written. */
export function strftime(t: ZonedTime, format: string): string {
  return format.replace(
    /%([-_0^#]*)(\d*)(:{0,2})([a-zA-Z%+])/g,
    (whole, flags: string, widthText: string, colons: string, conv: string) => {
      const f = field(t, conv, colons.length);
      if (f === undefined) return whole;
      let text: string;
      if (Array.isArray(f)) {
        const [value, defaultPad, defaultWidth] = f;
        let pad: string = defaultPad;
        if (flags.includes("-")) pad = "";
        else if (flags.includes("_")) pad = " ";
        else if (flags.includes("0")) pad = "0";
        const width = widthText ? Number(widthText) : defaultWidth;
        const n = Number(value);
        const digits = String(Math.abs(n));
        const sign = n < 0 ? "-" : "";
        text = pad ? sign + digits.padStart(width - sign.length, pad) : sign + digits;
      } else {
        text = f;
        if (widthText && !flags.includes("-")) text = text.padStart(Number(widthText), flags.includes("0") ? "0" : " ");
      }
      if (flags.includes("^")) text = text.toUpperCase();
      else if (flags.includes("#")) text = /[a-z]/.test(text) ? text.toUpperCase() : text.toLowerCase();
      return text;
    },
  );
}

// Ruby's Date._parse (ext/date/date_parse.c, the default non-tight parser), which Time.parse and so
// Jekyll's front-matter `date` rely on. It is lenient: each pattern is searched anywhere in the text
// and the part it used is blanked out, so `2023-08-28"` reads as a date and `2026-Jan` as January.

/** The fields Date._parse found; absent ones are undefined. */
export interface RubyDateFields {
  year?: number;
  mon?: number;
  mday?: number;
  yday?: number;
  wday?: number;
  hour?: number;
  min?: number;
  sec?: number;
  secFraction?: number;
  zone?: string;
}

interface Work extends RubyDateFields {
  comp?: boolean;
  bc?: boolean;
}

const ABBR_MONTHS = "jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec";
const ERA = "c(?:e|\\.e\\.)|b(?:ce|\\.c\\.e\\.)|a(?:d|\\.d\\.)|b(?:c|\\.c\\.)";

function monNum(s: string): number {
  return ABBR_MONTHS.split("|").indexOf(s.slice(0, 3).toLowerCase()) + 1;
}

/** The leading integer of `s` after skipping what `skip` matches (Ruby's str2num on the digits). */
function num(s: string): number {
  const n = parseInt(s, 10);
  return Number.isNaN(n) ? 0 : n;
}

/** The first run of an optional sign and digits in `s`, with where it starts and ends; undefined if none. */
function signedDigits(
  s: string,
  allowSign: boolean,
): { text: string; start: number; end: number; sign: boolean } | undefined {
  const i = s.search(allowSign ? /[-+\d]/ : /\d/);
  if (i < 0) return undefined;
  let j = i;
  const sign = allowSign && (s[j] === "-" || s[j] === "+");
  if (sign) j++;
  while (j < s.length && s[j]! >= "0" && s[j]! <= "9") j++;
  return { text: s.slice(i, j), start: i, end: j, sign };
}

/** date_parse.c's s3e: sorts three loosely typed parts into year, month and day. */
function s3e(h: Work, y: string | undefined, m: string | undefined, d: string | undefined, bc: boolean): void {
  let comp: boolean | undefined;
  if (y !== undefined && m !== undefined && d === undefined) [y, m, d] = [undefined, y, m];
  if (y === undefined) {
    if (d !== undefined && d.length > 2) [y, d] = [d, undefined];
    if (d !== undefined && d[0] === "'") [y, d] = [d, undefined];
  }
  if (y !== undefined) {
    const r = signedDigits(y, true);
    if (r && r.end < y.length) [y, d] = [d, r.text];
  }
  if (m !== undefined && (m[0] === "'" || m.length > 2)) [y, m, d] = [m, d, y];
  if (d !== undefined && (d[0] === "'" || d.length > 2)) [y, d] = [d, y];
  if (y !== undefined) {
    const r = signedDigits(y, true);
    if (r) {
      if (r.sign) comp = false;
      if (r.end - r.start - (r.sign ? 1 : 0) > 2) comp = false;
      h.year = num(r.text);
    }
  }
  if (bc) h.bc = true;
  if (m !== undefined) {
    const r = signedDigits(m, false);
    if (r) h.mon = num(r.text);
  }
  if (d !== undefined) {
    const r = signedDigits(d, false);
    if (r) h.mday = num(r.text);
  }
  if (comp !== undefined) h.comp = comp;
}

const isBc = (b: string | undefined): boolean => b !== undefined && /^b/i.test(b);

const PATTERNS = {
  day: /\b(sun|mon|tue|wed|thu|fri|sat)[^-/\d\s]*/i,
  time: new RegExp(
    "((?:\\d+\\s*:\\s*\\d+(?:\\s*:\\s*\\d+(?:[,.]\\d*)?)?|\\d+\\s*h(?:\\s*\\d+m?(?:\\s*\\d+s?)?)?)(?:\\s*[ap](?:m\\b|\\.m\\.))?|\\d+\\s*[ap](?:m\\b|\\.m\\.))" +
      "(?:\\s*((?:gmt|utc?)?[-+]\\d+(?:[,.:]\\d+(?::\\d+)?)?|[A-Za-z.\\s]+(?:standard|daylight)\\stime\\b|[A-Za-z]+(?:\\sdst)?\\b))?",
    "i",
  ),
  timeParts: /^(\d+)h?(?:\s*:?\s*(\d+)m?(?:\s*:?\s*(\d+)(?:[,.](\d+))?s?)?)?(?:\s*([ap])(?:m\b|\.m\.))?/i,
  eu: new RegExp(
    `('?\\d+)[^-\\d\\s]*\\s*(${ABBR_MONTHS})[^-\\d\\s']*(?:\\s*(${ERA})?\\s*('?-?\\d+(?:(?:st|nd|rd|th)\\b)?))?`,
    "i",
  ),
  us: new RegExp(`\\b(${ABBR_MONTHS})[^-\\d\\s']*\\s*('?\\d+)[^-\\d\\s']*(?:\\s*,?\\s*(${ERA})?\\s*('?-?\\d+))?`, "i"),
  iso: /('?[-+]?\d+)-(\d+)-('?-?\d+)/,
  jis: /\b([mtsh])(\d+)\.(\d+)\.(\d+)/i,
  vms11: new RegExp(`('?-?\\d+)-(${ABBR_MONTHS})[^-/.]*-('?-?\\d+)`, "i"),
  vms12: new RegExp(`\\b(${ABBR_MONTHS})[^-/.]*-('?-?\\d+)(?:-('?-?\\d+))?`, "i"),
  sla: /('?-?\d+)\/\s*('?\d+)(?:\D\s*('?-?\d+))?/i,
  dot: /('?-?\d+)\.\s*('?\d+)\.\s*('?-?\d+)/i,
  iso21: /\b(\d{2}|\d{4})?-?w(\d{2})(?:-?(\d))?\b/i,
  iso22: /-w-(\d)\b/i,
  iso23: /--(\d{2})?-(\d{2})\b/,
  iso24: /--(\d{2})(\d{2})?\b/,
  iso25guard: /[,.](\d{2}|\d{4})-\d{3}\b/,
  iso25: /\b(\d{2}|\d{4})-(\d{3})\b/,
  iso26guard: /\d-\d{3}\b/,
  iso26: /\b-(\d{3})\b/,
  year: /'(\d+)\b/,
  mon: new RegExp(`\\b(${ABBR_MONTHS})\\S*`, "i"),
  mday: /(\d+)(st|nd|rd|th)\b/i,
  ddd: /([-+]?)(\d{2,14})(?:\s*t?\s*(\d{2,6})?(?:[,.](\d*))?)?(?:\s*(z\b|[-+]\d{1,4}\b|\[[-+]?\d[^\]]*\]))?/i,
  bc: /\b(bc\b|bce\b|b\.c\.|b\.c\.e\.)/i,
  frag: /^\s*(\d{1,2})\s*$/,
};

const JIS_ERA: Record<string, number> = { m: 1867, t: 1911, s: 1925, h: 1988 };

/** Ruby's `Date._parse(text)` with `comp` true (as Time.parse calls it): the date and time fields it reads. */
export function rubyDateParse(text: string): RubyDateFields {
  let str = text.replace(/[^-+',./:@\p{L}\p{N}[\]]+/gu, " ");
  const h: Work = { comp: true };
  // Searches `re` in what is left; on a match, blanks the matched part out and hands the match on.
  const sub = (re: RegExp, cb: (m: RegExpExecArray) => void): boolean => {
    const m = re.exec(str);
    if (!m) return false;
    str = `${str.slice(0, m.index)} ${str.slice(m.index + m[0].length)}`;
    cb(m);
    return true;
  };
  const has = (...kinds: RegExp[]): boolean => kinds.every((k) => k.test(str));
  const ALPHA = /[A-Za-z]/,
    DIGIT = /\d/,
    DASH = /-/,
    DOT = /\./,
    SLASH = /\//;

  if (has(ALPHA))
    sub(PATTERNS.day, (m) => {
      h.wday = ["sun", "mon", "tue", "wed", "thu", "fri", "sat"].indexOf(m[1]!.slice(0, 3).toLowerCase());
    });
  if (has(DIGIT)) {
    sub(PATTERNS.time, (m) => {
      if (m[2] !== undefined) h.zone = m[2];
      const t = PATTERNS.timeParts.exec(m[1]!);
      if (!t) return;
      let hour = num(t[1]!);
      if (t[5] !== undefined) hour = (hour % 12) + (/p/i.test(t[5]) ? 12 : 0);
      h.hour = hour;
      if (t[2] !== undefined) h.min = num(t[2]);
      if (t[3] !== undefined) h.sec = num(t[3]);
      if (t[4] !== undefined) h.secFraction = num(t[4]) / 10 ** t[4].length;
    });
  }
  const found =
    (has(ALPHA, DIGIT) &&
      (sub(PATTERNS.eu, (m) => s3e(h, m[4], String(monNum(m[2]!)), m[1], isBc(m[3]))) ||
        sub(PATTERNS.us, (m) => s3e(h, m[4], String(monNum(m[1]!)), m[2], isBc(m[3]))))) ||
    (has(DIGIT, DASH) && sub(PATTERNS.iso, (m) => s3e(h, m[1], m[2], m[3], false))) ||
    (has(DIGIT, DOT) &&
      sub(PATTERNS.jis, (m) => {
        h.year = num(m[2]!) + JIS_ERA[m[1]!.toLowerCase()]!;
        h.mon = num(m[3]!);
        h.mday = num(m[4]!);
      })) ||
    (has(ALPHA, DIGIT, DASH) &&
      (sub(PATTERNS.vms11, (m) => s3e(h, m[3], String(monNum(m[2]!)), m[1], false)) ||
        sub(PATTERNS.vms12, (m) => s3e(h, m[3], String(monNum(m[1]!)), m[2], false)))) ||
    (has(DIGIT, SLASH) && sub(PATTERNS.sla, (m) => s3e(h, m[1], m[2], m[3], false))) ||
    (has(DIGIT, DOT) && sub(PATTERNS.dot, (m) => s3e(h, m[1], m[2], m[3], false))) ||
    (has(DIGIT) && isoWeekOrOrdinal(h, sub, () => str)) ||
    (has(DIGIT) &&
      sub(PATTERNS.year, (m) => {
        h.year = num(m[1]!);
      })) ||
    (has(ALPHA) &&
      sub(PATTERNS.mon, (m) => {
        h.mon = monNum(m[1]!);
      })) ||
    (has(DIGIT) &&
      sub(PATTERNS.mday, (m) => {
        h.mday = num(m[1]!);
      })) ||
    (has(DIGIT) && sub(PATTERNS.ddd, (m) => ddd(h, m)));
  void found;
  if (has(ALPHA))
    sub(PATTERNS.bc, () => {
      h.bc = true;
    });
  if (has(DIGIT)) {
    sub(PATTERNS.frag, (m) => {
      const n = num(m[1]!);
      if (h.hour !== undefined && h.mday === undefined && n >= 1 && n <= 31) h.mday = n;
      if (h.mday !== undefined && h.hour === undefined && n >= 0 && n <= 24) h.hour = n;
    });
  }
  if (h.bc && h.year !== undefined) h.year = -h.year + 1;
  if (h.comp && h.year !== undefined && h.year >= 0 && h.year <= 99) h.year += h.year >= 69 ? 1900 : 2000;
  const { comp: _c, bc: _b, ...fields } = h;
  return fields;
}

/** parse_iso2: ISO week dates, --MM-DD forms and ordinal dates (YYYY-DDD). */
function isoWeekOrOrdinal(
  h: Work,
  sub: (re: RegExp, cb: (m: RegExpExecArray) => void) => boolean,
  rest: () => string,
): boolean {
  if (
    sub(PATTERNS.iso21, () => {
      /* week dates set cwyear/cweek/cwday, which Time.parse ignores */
    })
  )
    return true;
  if (sub(PATTERNS.iso22, () => {})) return true;
  if (
    sub(PATTERNS.iso23, (m) => {
      if (m[1] !== undefined) h.mon = num(m[1]);
      h.mday = num(m[2]!);
    })
  )
    return true;
  if (
    sub(PATTERNS.iso24, (m) => {
      h.mon = num(m[1]!);
      if (m[2] !== undefined) h.mday = num(m[2]);
    })
  )
    return true;
  if (
    !PATTERNS.iso25guard.test(rest()) &&
    sub(PATTERNS.iso25, (m) => {
      h.year = num(m[1]!);
      h.yday = num(m[2]!);
    })
  )
    return true;
  if (
    !PATTERNS.iso26guard.test(rest()) &&
    sub(PATTERNS.iso26, (m) => {
      h.yday = num(m[1]!);
    })
  )
    return true;
  return false;
}

const two = (s: string, from: number, width = 2): number => num(s.slice(from, from + width));

/** parse_ddd: runs of digits such as 20200312, 20200312T1030 or 1030. */
function ddd(h: Work, m: RegExpExecArray): void {
  const neg = m[1] === "-";
  const s2 = m[2]!,
    s3 = m[3],
    s4 = m[4],
    s5 = m[5];
  const timeOnly = s3 === undefined && s4 !== undefined;
  const l = s2.length;
  const setYear = (y: number) => {
    h.year = neg ? -y : y;
  };
  switch (l) {
    case 2:
      if (timeOnly) h.sec = two(s2, 0);
      else h.mday = two(s2, 0);
      break;
    case 4:
      if (timeOnly) {
        h.sec = two(s2, 2);
        h.min = two(s2, 0);
      } else {
        h.mon = two(s2, 0);
        h.mday = two(s2, 2);
      }
      break;
    case 6:
      if (timeOnly) {
        h.sec = two(s2, 4);
        h.min = two(s2, 2);
        h.hour = two(s2, 0);
      } else {
        setYear(two(s2, 0));
        h.mon = two(s2, 2);
        h.mday = two(s2, 4);
      }
      break;
    case 8:
    case 10:
    case 12:
    case 14:
      if (timeOnly) {
        h.sec = two(s2, l - 2);
        h.min = two(s2, l - 4);
        h.hour = two(s2, l - 6);
        h.mday = two(s2, l - 8);
        if (l >= 10) h.mon = two(s2, l - 10);
        if (l === 12) setYear(two(s2, l - 12));
        if (l === 14) {
          setYear(two(s2, 0, 4));
          h.comp = false;
        }
      } else {
        setYear(two(s2, 0, 4));
        h.mon = two(s2, 4);
        h.mday = two(s2, 6);
        if (l >= 10) h.hour = two(s2, 8);
        if (l >= 12) h.min = two(s2, 10);
        if (l >= 14) h.sec = two(s2, 12);
        h.comp = false;
      }
      break;
    case 3:
      if (timeOnly) {
        h.sec = two(s2, 1);
        h.min = two(s2, 0, 1);
      } else h.yday = two(s2, 0, 3);
      break;
    case 5:
      if (timeOnly) {
        h.sec = two(s2, 3);
        h.min = two(s2, 1);
        h.hour = two(s2, 0, 1);
      } else {
        setYear(two(s2, 0));
        h.yday = two(s2, 2, 3);
      }
      break;
    case 7:
      if (timeOnly) {
        h.sec = two(s2, 5);
        h.min = two(s2, 3);
        h.hour = two(s2, 1);
        h.mday = two(s2, 0, 1);
      } else {
        setYear(two(s2, 0, 4));
        h.yday = two(s2, 4, 3);
      }
      break;
  }
  if (s3 !== undefined) {
    const l3 = s3.length;
    if (l3 === 2 || l3 === 4 || l3 === 6) {
      if (s4 !== undefined) {
        h.sec = two(s3, l3 - 2);
        if (l3 >= 4) h.min = two(s3, l3 - 4);
        if (l3 >= 6) h.hour = two(s3, l3 - 6);
      } else {
        h.hour = two(s3, 0);
        if (l3 >= 4) h.min = two(s3, 2);
        if (l3 >= 6) h.sec = two(s3, 4);
      }
    }
  }
  if (s4 !== undefined) h.secFraction = s4 === "" ? 0 : num(s4) / 10 ** s4.length;
  if (s5 !== undefined) h.zone = s5.startsWith("[") ? s5.slice(1, -1).split(":").pop()! : s5;
}

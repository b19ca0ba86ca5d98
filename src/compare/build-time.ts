import { readFile } from "node:fs/promises";
import { join } from "node:path";
import { utcMs } from "../ruby/calendar.js";

/**
 * Two builds of one site made at different moments differ wherever a page prints the build time
 * (`site.time`, and the date Jekyll gives undated documents). A reference built under a clock that
 * was frozen but ticked while Ruby started can be a second off. These helpers find each side's build
 * time and mark the timestamps equal to it, so such pages compare as equal while any other date still counts.
 */

/** How far apart two build times may be and still be treated as the same build moment. */
const MAX_DRIFT_MS = 120_000;

/** Timestamps as Jekyll and its plugins print them: ISO 8601 / XML Schema, or Ruby's `Time#to_s`. */
const STAMP = /\b(\d{4})-(\d\d)-(\d\d)([T ])(\d\d):(\d\d):(\d\d)(\.\d+)?( ?)(Z|[+-]\d\d:?\d\d)?/g;

/** Unix seconds (`{{ site.time | date: '%s' }}`, a common cache-busting query string). */
const EPOCH = /\b\d{10}\b/g;

/** The build time a site's Atom feed records (`<updated>` before the first entry: jekyll-feed writes `site.time`). */
export async function feedBuildTime(dir: string): Promise<number | undefined> {
  for (const name of ["feed.xml", "atom.xml"]) {
    const text = await readFile(join(dir, name), "utf8").catch(() => undefined);
    if (text === undefined) continue;
    const head = text.split(/<entry[\s>]/)[0] ?? "";
    const m = /<updated>\s*([^<\s]+)\s*<\/updated>/.exec(head);
    const t = m ? Date.parse(m[1]!) : NaN;
    if (!Number.isNaN(t)) return t;
  }
  return undefined;
}

/** The two sides' build times when they differ by a clock drift (not when equal, unknown or days apart). */
export async function driftedBuildTimes(
  refDir: string,
  outDir: string,
): Promise<{ ref: number; ours: number } | undefined> {
  const [ref, ours] = await Promise.all([feedBuildTime(refDir), feedBuildTime(outDir)]);
  if (ref === undefined || ours === undefined || ref === ours || Math.abs(ref - ours) > MAX_DRIFT_MS) return undefined;
  return { ref, ours };
}

/** The instant a matched timestamp names (zone-less stamps read as UTC). */
function instantOf(m: RegExpMatchArray): number {
  const [, y, mo, d, , h, mi, s, frac, , zone] = m;
  const utc = utcMs(+y!, +mo! - 1, +d!, +h!, +mi!, +s!, frac ? Math.round(Number(frac) * 1000) : 0);
  if (!zone || zone === "Z") return utc;
  const z = zone.replace(":", "");
  const offset = (Number(z.slice(1, 3)) * 60 + Number(z.slice(3, 5))) * (z[0] === "-" ? -1 : 1);
  return utc - offset * 60_000;
}

/** `text` with every timestamp naming `buildTime` replaced by a marker that keeps the stamp's format (separator, zone form). */
export function markBuildTime(text: string, buildTime: number): { text: string; marked: number } {
  let marked = 0;
  const out = text
    .replace(STAMP, (...args) => {
      const m = args.slice(0, 11) as unknown as RegExpMatchArray;
      if (instantOf(m) !== buildTime) return m[0]!;
      marked++;
      const [, , , , sep, , , , frac, space, zone] = m;
      const zoneShape = zone === undefined ? "" : zone === "Z" ? "Z" : zone.includes(":") ? "±hh:mm" : "±hhmm";
      return `[build time${sep === "T" ? "T" : " "}${frac ? ".f" : ""}${space ?? ""}${zoneShape}]`;
    })
    .replace(EPOCH, (digits) => {
      if (Number(digits) * 1000 !== buildTime) return digits;
      marked++;
      return "[build time s]";
    });
  return { text: out, marked };
}

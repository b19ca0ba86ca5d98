/** Lectern's side of the differential harness: each case answered by Lectern's own components, encoded as the oracle encodes Ruby's. */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { parseYaml, isPlainObject } from "../../src/ruby/yaml.js";
import { splitFrontMatter } from "../../src/read/front-matter.js";
import { parseDataText } from "../../src/read/data-reader.js";
import { slugifyValue } from "../../src/url/slugify.js";
import { parseTime } from "../../src/ruby/time.js";
import { RubyDate } from "../../src/ruby/date.js";
import { RubyFloat } from "../../src/ruby/float.js";
import { RUBY_ZONE, isValidZone, zoneOffset } from "../../src/ruby/zone.js";
import { loadConfig } from "../../src/config/load.js";
import { createJekyllLiquid, codeFigure, linenosTable, type JekyllLiquid } from "../../src/render/liquid/index.js";
import { rubyNumber } from "../../src/ruby/value.js";
import { renderMarkdown, markdownOptionsFromConfig } from "../../src/render/markdown/index.js";
import { highlightSpan } from "../../src/render/markdown/highlight/index.js";
import type { Case, Encoded } from "./cases.js";

/** The clock the oracle runs at (faketime): 2027-01-01 00:00:00 UTC. */
export const ORACLE_NOW = new Date(Date.UTC(2027, 0, 1));

function pad(n: number, w = 2): string {
  return String(Math.abs(n)).padStart(w, "0");
}

/** `2020-01-02T10:00:00.000+02:00` for an instant shown at an offset (minutes east). */
function timeAt(ms: number, offset: number): string {
  const wall = new Date(ms + offset * 60_000).toISOString().replace(/Z$/, "");
  const sign = offset < 0 ? "-" : "+";
  return `${wall}${sign}${pad(Math.trunc(Math.abs(offset) / 60))}:${pad(Math.abs(offset) % 60)}`;
}

/** A Lectern value with Ruby's types explicit (the oracle's `enc`); `tz` is the zone plain Times show in. */
export function encode(v: unknown, tz: string | null = null): Encoded {
  if (v === null || v === undefined) return null;
  if (typeof v === "boolean" || typeof v === "string") return v;
  if (v instanceof RubyFloat) return { $float: v.toString() };
  if (typeof v === "number") {
    if (Number.isInteger(v)) return { $int: BigInt(v).toString() };
    return { $float: rubyNumber(v).replace(/^(-?\d+)$/, "$1.0") };
  }
  if (v instanceof RubyDate) return { $date: v.toString() };
  if (v instanceof Date) {
    const zone = (v as Date & { [RUBY_ZONE]?: number | "UTC" })[RUBY_ZONE];
    const ms = v.getTime();
    if (Number.isNaN(ms)) return { $other: "InvalidDate", s: "" };
    if (zone === "UTC") return { $time: timeAt(ms, 0), utc: true };
    if (typeof zone === "number") return { $time: timeAt(ms, zone), utc: false };
    return { $time: timeAt(ms, tz && isValidZone(tz) ? zoneOffset(ms, tz) : 0), utc: false };
  }
  if (Array.isArray(v)) return v.map((x) => encode(x, tz));
  if (typeof v === "object") return { $map: Object.entries(v).map(([k, x]) => [k, encode(x, tz)]) };
  return { $other: typeof v, s: String(v) };
}

function errorOf(e: unknown): Encoded {
  const message = e instanceof Error ? e.message : String(e);
  return { $error: e instanceof Error ? e.constructor.name : "Error", message: message.slice(0, 300) };
}

const blankSite = (() => {
  let dir: string | undefined;
  return () => (dir ??= fs.mkdtempSync(path.join(os.tmpdir(), "lectern-oracle-")));
})();

const engines = new Map<string, { liquid: JekyllLiquid; config: Record<string, unknown> }>();

/** A Liquid engine over a site folder (its config and _includes) in zone `tz`, like the oracle's Jekyll::Site. */
function engineFor(site: string | null, tz: string | null, root: string) {
  const key = `${site ?? ""}\u0000${tz ?? ""}\u0000${root}`;
  let hit = engines.get(key);
  if (!hit) {
    const source = path.resolve(root, site ?? blankSite());
    const { config } = loadConfig(source, { quiet: true });
    const mdOptions = markdownOptionsFromConfig(config);
    const includesDir = typeof config.includes_dir === "string" ? config.includes_dir : "_includes";
    const liquid = createJekyllLiquid({
      source,
      includeDirs: [path.join(source, includesDir)],
      config: { ...config, timezone: tz ?? undefined },
      markdownify: (t) => renderMarkdown(t, mdOptions),
      postUrl: () => undefined,
      linkUrl: () => undefined,
      now: () => ORACLE_NOW,
      highlight: (code, lang, linenos) => {
        const spans = highlightSpan({ ...mdOptions, syntax_highlighter: "rouge" }, code, lang);
        return spans === null ? undefined : codeFigure(linenos ? linenosTable(spans) : spans, lang);
      },
    });
    hit = { liquid, config: config as Record<string, unknown> };
    engines.set(key, hit);
  }
  return hit;
}

/** What Lectern makes of one case; a case's site folder is relative to `root`. */
export function answer(c: Case, root = "."): Encoded {
  try {
    switch (c.kind) {
      case "yaml":
        return encode(parseYaml(c.text.replace(/^\uFEFF/, ""), "input.yml"));
      case "data":
        return encode(parseDataText(c.text, c.ext.toLowerCase(), `input${c.ext}`));
      case "front": {
        const { data, error } = splitFrontMatter(c.text, "input.md");
        return error ? errorOf(error) : encode(data);
      }
      case "slugify":
        return encode(slugifyValue(c.text, c.mode ?? undefined, c.cased));
      case "date": {
        const data = parseYaml(`date: ${c.text}`, "input.md");
        const value =
          data && typeof data === "object" && !Array.isArray(data) ? (data as { date?: unknown }).date : null;
        const tz = c.tz && isValidZone(c.tz) ? c.tz : null;
        const t = parseTime(value ?? null, tz, ORACLE_NOW);
        if (!t) return { $error: "Jekyll::Errors::InvalidDateError" };
        return { $time: timeAt(t.getTime(), tz ? zoneOffset(t.getTime(), tz) : 0), utc: false };
      }
      case "liquid": {
        const { liquid, config } = engineFor(c.site, c.tz, root);
        const page = c.page === undefined ? {} : parseYaml(c.page, "input.md");
        const scope: Record<string, unknown> = {
          site: config,
          page: isPlainObject(page) ? page : {},
          layout: {},
          content: "",
        };
        for (const [name, [ext, text]] of Object.entries(c.vars ?? {}))
          scope[name] = parseDataText(text, ext.toLowerCase(), `input${ext}`);
        return liquid.renderString(c.template, scope, { file: "input.html" });
      }
    }
  } catch (e) {
    return errorOf(e);
  }
}

/** Mutated variants of the harness's cases: the odd inputs real sites carry that Ruby tolerates or rejects. */
import type { Case } from "./cases.js";
import { splitFront } from "./collect.js";

/** A seeded random source (mulberry32), so a fuzz run is the same on every machine. */
export function seeded(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;
const pick = <T>(rng: Rng, xs: readonly T[]): T => xs[Math.floor(rng() * xs.length)]!;

function lines(text: string): string[] {
  return text.split("\n");
}

/** Index of a random `key: value` line (optionally indented), or -1. */
function pairLine(rng: Rng, ls: string[]): number {
  const idx = ls.map((l, i) => (/^\s*(?:- )?[\w-]+:[ \t]+\S/.test(l) ? i : -1)).filter((i) => i >= 0);
  return idx.length ? pick(rng, idx) : -1;
}

function withValue(rng: Rng, text: string, f: (value: string, key: string) => string): string {
  const ls = lines(text);
  const i = pairLine(rng, ls);
  if (i < 0) return text;
  const m = /^(\s*(?:- )?[\w-]+:[ \t]+)([\s\S]*)$/.exec(ls[i]!)!;
  ls[i] = m[1]! + f(m[2]!, m[1]!);
  return ls.join("\n");
}

/** YAML mutations: each takes a text and returns a variant. */
export const YAML_MUTATIONS: Record<string, (rng: Rng, text: string) => string> = {
  truncate: (rng, t) => t.slice(0, Math.floor(rng() * t.length)),
  truncateLines: (rng, t) =>
    lines(t)
      .slice(0, Math.floor(rng() * lines(t).length))
      .join("\n"),
  bom: (_rng, t) => `\uFEFF${t}`,
  crlf: (_rng, t) => t.replace(/\r?\n/g, "\r\n"),
  tabIndent: (rng, t) => {
    const ls = lines(t);
    const idx = ls.map((l, i) => (/^ +\S/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (!idx.length) return t.replace(/: /, ":\t");
    const i = pick(rng, idx);
    ls[i] = ls[i]!.replace(/^ +/, "\t");
    return ls.join("\n");
  },
  tabAfterColon: (rng, t) => withValue(rng, t, (v) => `\t${v}`),
  trailingComment: (rng, t) => withValue(rng, t, (v) => `${v} # note: "x"`),
  hashNoSpace: (rng, t) => withValue(rng, t, (v) => `${v}#not-a-comment`),
  commentLine: (rng, t) => {
    const ls = lines(t);
    ls.splice(Math.floor(rng() * (ls.length + 1)), 0, pick(rng, ["# comment", "  # indented comment", "#"]));
    return ls.join("\n");
  },
  singleQuoteInside: (rng, t) => withValue(rng, t, (v) => `'${v.replace(/^['"]|['"]$/g, "")}'s'`),
  doubledSingle: (rng, t) => withValue(rng, t, (v) => `'it''s ${v.replace(/'/g, "")}'`),
  doubleEscapes: (rng, t) =>
    withValue(rng, t, (v) => `"${v.replace(/"/g, "")} ${pick(rng, ["\\x41", "\\u00e9", "\\q", "\\/", "\\t", "\\N"])}"`),
  unbalancedQuote: (rng, t) => withValue(rng, t, (v) => `${pick(rng, ['"', "'"])}${v}`),
  quoteThenText: (rng, t) => withValue(rng, t, (v) => `"${v.replace(/"/g, "")}" and more`),
  colonInValue: (rng, t) => withValue(rng, t, (v) => `${v}: more`),
  indicatorStart: (rng, t) =>
    withValue(rng, t, (v) => `${pick(rng, ["@", "`", "%", "!", "|", ">", "?", "-", ":"])}${v}`),
  continuation: (rng, t) => {
    const ls = lines(t);
    const i = pairLine(rng, ls);
    if (i < 0) return t;
    const m = /^(\s*)(.*?\S) (\S.*)$/.exec(ls[i]!);
    if (!m) return t;
    const indent = pick(rng, ["", " ", `${m[1]}  `, m[1]!, "\t"]);
    ls.splice(i, 1, `${m[1]}${m[2]}`, `${indent}${m[3]}`);
    return ls.join("\n");
  },
  anchorAlias: (rng, t) => {
    const ls = lines(t);
    const idx = ls.map((l, i) => (/^[\w-]+:[ \t]+\S/.test(l) ? i : -1)).filter((i) => i >= 0);
    if (!idx.length) return t;
    const i = pick(rng, idx);
    ls[i] = ls[i]!.replace(/^([\w-]+:[ \t]+)/, "$1&anc ");
    return `${ls.join("\n").replace(/\n*$/, "\n")}copy_of_anchor: *anc\n`;
  },
  mergeKey: (_rng, t) =>
    `base: &base\n  shared: 1\n  title: base\n${t.replace(/\n*$/, "\n")}merged:\n  <<: *base\n  title: own\n`,
  unknownAlias: (_rng, t) => `${t.replace(/\n*$/, "\n")}ref: *nowhere\n`,
  duplicateKey: (rng, t) => {
    const ls = lines(t);
    const i = pairLine(rng, ls);
    return i < 0 ? t : [...ls.slice(0, i + 1), ls[i]!.replace(/:.*/, ": again"), ...ls.slice(i + 1)].join("\n");
  },
  oddScalar: (rng, t) =>
    withValue(rng, t, () =>
      pick(rng, [
        "2020-13-45",
        "2020-1-5",
        "2020-02-30",
        "2020-01-01 25:00:00",
        "2020-01-01T10:00:00+5",
        "2020-01-01 10:00:00 -0800",
        "1_000",
        "0o17",
        "017",
        "0x1F",
        "1e3",
        "1.5e+3",
        "1:30",
        ".5",
        "+.inf",
        "~",
        "Null",
        "yes",
        "Off",
        "y",
        ":sym",
        "!!str 12",
        "!!int '7'",
        "!ruby/object:Foo {}",
        "12.30",
        "1,000",
        "=",
        "<<",
      ]),
    ),
  trailingSpaces: (_rng, t) => t.replace(/\n/g, "   \n"),
  strayControl: (rng, t) => {
    const i = Math.floor(rng() * t.length);
    return t.slice(0, i) + pick(rng, ["\u0007", "\u000b", "\u00a0", "\u2028", "\u200b"]) + t.slice(i);
  },
};

/** Front-matter-only mutations (the fences). */
const FENCE_MUTATIONS: Record<string, (rng: Rng, text: string) => string> = {
  dotsEnd: (_rng, t) => t.replace(/\n---(\s*\n)/, "\n...$1"),
  fenceSpaces: (_rng, t) => t.replace(/^---\n/, "---   \n"),
  noClose: (_rng, t) => t.replace(/\n---(\s*\n)/, "\n$1"),
  fenceCrlf: (_rng, t) => t.replace(/\n/g, "\r\n"),
  emptyFront: (_rng, t) => t.replace(/^---\n[\s\S]*?\n---/, "---\n---"),
};

/** Template mutations: stray tags and quotes in comments, lax filter arguments, truncations. */
export const LIQUID_MUTATIONS: Record<string, (rng: Rng, text: string) => string> = {
  truncate: (rng, t) => t.slice(0, Math.floor(rng() * t.length)),
  commentTag: (rng, t) =>
    insert(rng, t, pick(rng, ["<!-- {% if page.x %} -->", "<!-- {% endif %} -->", "<!-- {% for %} -->"])),
  commentQuote: (rng, t) =>
    insert(
      rng,
      t,
      pick(rng, [`<!-- it's "odd -->`, `<!-- {{ "it's" }} -->`, `<!-- {{ page.title | append: "' }} -->`]),
    ),
  strayBraces: (rng, t) => insert(rng, t, pick(rng, ["{{", "}}", "{%", "%}", "{{}}", "{% %}", "{{ }", "{%- -%}"])),
  unknownTag: (rng, t) => insert(rng, t, pick(rng, ["{% nosuchtag %}", "{% endif %}", "{% else %}", "{% include %}"])),
  laxFilterArgs: (rng, t) => {
    const m = [...t.matchAll(/\|\s*([a-z_]+)(\s*:\s*)?/g)];
    if (!m.length) return insert(rng, t, `{{ "a" | append: "b" "c" }}`);
    const hit = pick(rng, m);
    const i = hit.index! + hit[0].length;
    const variant = pick(rng, [
      "drop colon",
      "extra comma",
      "unquoted",
      "trailing word",
      "unknown filter",
      "double pipe",
    ]);
    switch (variant) {
      case "drop colon":
        return hit[2] ? t.slice(0, hit.index!) + `| ${hit[1]} ` + t.slice(i) : t;
      case "extra comma":
        return `${t.slice(0, i)}, ${t.slice(i)}`;
      case "unquoted":
        return `${t.slice(0, i)}bare word ${t.slice(i)}`;
      case "trailing word":
        return `${t.slice(0, i)}"x" junk ${t.slice(i)}`;
      case "unknown filter":
        return `${t.slice(0, hit.index!)}| no_such_filter ${t.slice(hit.index!)}`;
      default:
        return `${t.slice(0, hit.index!)}|${t.slice(hit.index!)}`;
    }
  },
  condition: (rng, t) =>
    insert(
      rng,
      t,
      pick(rng, [
        `{% if page.a == "x" and %}y{% endif %}`,
        `{% if page.a = 1 %}y{% endif %}`,
        `{% if page.a contains %}y{% endif %}`,
        `{% unless page.a or or page.b %}y{% endunless %}`,
        `{% if page.a == 'x" %}y{% endif %}`,
        `{% if (page.a) %}y{% endif %}`,
      ]),
    ),
  dateFilter: (rng, t) =>
    insert(
      rng,
      t,
      `{{ "${pick(rng, DATE_STRINGS)}" | date: "${pick(rng, ["%Y-%m-%d %H:%M:%S %z", "%b %-d, %Y", "%s", "%Z"])}" }}`,
    ),
};

function insert(rng: Rng, t: string, s: string): string {
  const i = Math.floor(rng() * (t.length + 1));
  return t.slice(0, i) + s + t.slice(i);
}

/** Date strings front matter and Liquid `date` filters see, many with odd or unknown zones. */
export const DATE_STRINGS = [
  "2020-01-02",
  "2020-01-02 10:20:30",
  "2020-01-02 10:20:30 +0530",
  "2020-01-02T10:20:30Z",
  "2020-01-02 10:20:30 PST",
  "2020-01-02 10:20:30 XYZ",
  "2020-01-02 10:20 CEST",
  "2020-01-02 10:20:30 GMT+2",
  "2020-01-02 10:20:30 UTC+05:30",
  "2020/01/02",
  "01/02/2020",
  "2 January 2020",
  "January 2020",
  "Jan 2, 2020 3pm",
  "2020",
  "2020-01",
  "Summer 2020",
  "now",
  "today",
  "12:30",
  "2020-02-30",
  "2020-01-02 24:00:00",
  "Thu, 02 Jan 2020 10:20:30 +0000",
  "2020-01-02T10:20:30.123456-08:00",
  "2020-W01",
  "20200102",
  "1577960430",
  "",
];

/** Zones sites set (`timezone:`), a few of them unknown to the tz database. */
export const ZONES = [
  null,
  "UTC",
  "America/Los_Angeles",
  "Asia/Kolkata",
  "Europe/Berlin",
  "Asia/Calcutta",
  "EST",
  "Mars/Olympus",
  "GMT+5",
  "America/Sao_Paulo",
];

/** `count` mutated variants of each case, seeded; mutation names go into the ids. */
export function fuzzCases(cases: Case[], count: number, seed: number): Case[] {
  const rng = seeded(seed);
  const out: Case[] = [];
  const yamlNames = Object.keys(YAML_MUTATIONS);
  const liquidNames = Object.keys(LIQUID_MUTATIONS);
  for (const c of cases) {
    for (let n = 0; n < count; n++) {
      switch (c.kind) {
        case "yaml":
        case "data": {
          if (c.kind === "data" && !/\.ya?ml$|\.json$/.test(c.ext) && rng() < 0.5) {
            const name = pick(rng, ["truncate", "bom", "crlf", "unbalancedQuote", "trailingSpaces"]);
            out.push({ ...c, id: `${c.id}~${name}${n}`, text: YAML_MUTATIONS[name]!(rng, c.text) });
            break;
          }
          const name = pick(rng, yamlNames);
          out.push({ ...c, id: `${c.id}~${name}${n}`, text: YAML_MUTATIONS[name]!(rng, c.text) });
          break;
        }
        case "front": {
          const fm = splitFront(c.text);
          if (fm && rng() < 0.8) {
            const name = pick(rng, yamlNames);
            const yaml = YAML_MUTATIONS[name]!(rng, fm.yaml);
            out.push({ ...c, id: `${c.id}~${name}${n}`, text: `---\n${yaml.replace(/\n?$/, "\n")}---\n${fm.body}` });
          } else {
            const name = pick(rng, Object.keys(FENCE_MUTATIONS));
            out.push({ ...c, id: `${c.id}~${name}${n}`, text: FENCE_MUTATIONS[name]!(rng, c.text) });
          }
          break;
        }
        case "liquid": {
          if (c.vars) break;
          const name = pick(rng, liquidNames);
          out.push({ ...c, id: `${c.id}~${name}${n}`, template: LIQUID_MUTATIONS[name]!(rng, c.template) });
          break;
        }
        case "date": {
          const variant = pick(rng, ["zone", "suffix", "string", "quoted"]);
          const text =
            variant === "suffix"
              ? `${c.text} ${pick(rng, ["XYZ", "+0530", "PST", "Z", "-08:00", "EDT", "+9"])}`
              : variant === "string"
                ? pick(rng, DATE_STRINGS)
                : variant === "quoted"
                  ? `"${c.text.replace(/"/g, "")}"`
                  : c.text;
          out.push({ ...c, id: `${c.id}~${variant}${n}`, text, tz: pick(rng, ZONES) });
          break;
        }
        case "slugify": {
          if (n > 0 || c.mode !== null) break;
          const text = `${c.text}${pick(rng, [" — Ünïcødé!", "  ", "_x_", "日本語", " C++ & C#", "ǅ ẞ ﬁ", "\t\n", "-", "İ"])}`;
          for (const mode of [null, "raw", "pretty", "ascii", "latin"])
            out.push({ ...c, id: `${c.id}~${mode}${n}`, text, mode, cased: rng() < 0.3 });
          break;
        }
      }
    }
  }
  return out;
}

/** Date cases of our own: every date string in every zone, as front matter values and through the `date` filter. */
export function dateCases(prefix: string): Case[] {
  const out: Case[] = [];
  for (const text of DATE_STRINGS)
    for (const tz of ZONES) {
      out.push({ id: `${prefix}:date:${text}:${tz}`, kind: "date", text, tz });
      out.push({
        id: `${prefix}:date-filter:${text}:${tz}`,
        kind: "liquid",
        template: `{{ "${text}" | date: "%Y-%m-%d %H:%M:%S %z|%Z" }}|{{ "${text}" | date_to_xmlschema }}|{{ "${text}" | date_to_string }}`,
        site: null,
        tz,
      });
    }
  return out;
}

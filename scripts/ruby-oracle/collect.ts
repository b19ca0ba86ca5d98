/** The harness's inputs: every YAML file, front matter, data file and template of a site folder, as cases. */
import fs from "node:fs";
import path from "node:path";
import type { Case } from "./cases.js";

const SKIP_DIRS = new Set([
  ".git",
  "_site",
  "node_modules",
  "vendor",
  ".jekyll-cache",
  ".sass-cache",
  "assets",
  "images",
]);
const TEXT_EXTS = new Set([".md", ".markdown", ".html", ".htm", ".xml", ".txt", ".json", ".liquid", ".bib"]);
const DATA_EXTS = new Set([".yml", ".yaml", ".json", ".csv", ".tsv"]);
const MAX_BYTES = 200_000;

/** Slugify modes tried on each title and file name (nil is Jekyll's default). */
export const SLUG_MODES: (string | null)[] = [null, "raw", "pretty", "ascii", "latin", "none"];

function* files(dir: string, rel = ""): Generator<string> {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(path.join(dir, rel), { withFileTypes: true });
  } catch {
    return;
  }
  for (const e of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
    const r = rel ? `${rel}/${e.name}` : e.name;
    if (e.isDirectory()) {
      if (!SKIP_DIRS.has(e.name)) yield* files(dir, r);
    } else if (e.isFile()) yield r;
  }
}

function read(file: string): string | undefined {
  try {
    if (fs.statSync(file).size > MAX_BYTES) return undefined;
    const text = fs.readFileSync(file, "utf8");
    return text.includes("\uFFFD") ? undefined : text;
  } catch {
    return undefined;
  }
}

/** A site's time zone as written in its _config.yml (no YAML parser: the harness tests those). */
export function siteZone(configText: string | undefined): string | null {
  const m = /^timezone:[ \t]*["']?([A-Za-z0-9_+\-/]+)["']?[ \t]*(?:#.*)?$/m.exec(configText ?? "");
  return m ? m[1]! : null;
}

const FRONT = /^(---\s*\n[\s\S]*?\n?)^((?:---|\.\.\.)\s*$\n?)/m;

/** The front matter's YAML and the body after it, split as Jekyll splits them (a BOM is dropped first). */
export function splitFront(text: string): { yaml: string; body: string } | undefined {
  const t = text.replace(/^\uFEFF/, "");
  const m = t.startsWith("---") ? FRONT.exec(t) : null;
  if (m?.index !== 0) return undefined;
  return { yaml: m[1]!.replace(/^---\s*\n/, ""), body: t.slice(m[0].length) };
}

/** Scalars of top-level `key: value` lines (raw text, no parsing), for date and slugify cases. */
export function topScalars(yaml: string, key: string): string[] {
  const re = new RegExp(`^${key}:[ \\t]*(\\S.*)$`, "gm");
  return [...yaml.matchAll(re)].map((m) => m[1]!.trim()).filter((v) => !/^[|>&*[{]/.test(v));
}

function unquote(s: string): string {
  return s.replace(/\s+#.*$/, "").replace(/^(["'])(.*)\1$/, "$2");
}

/**
 * Cases for one site folder: its config, data files, each file's front matter, date and title scalars,
 * templates (layouts, includes, page bodies) rendered with the site's includes, and the sort/where/group_by
 * filters over its list-shaped data. `prefix` names the site in case ids; `siteRef` is how cases name the folder.
 */
export function collectSite(dir: string, prefix: string, siteRef: string): Case[] {
  const out: Case[] = [];
  const configText = read(path.join(dir, "_config.yml"));
  const tz = siteZone(configText);
  if (configText !== undefined) out.push({ id: `${prefix}:_config.yml`, kind: "yaml", text: configText });
  const slugs = new Set<string>();
  for (const rel of files(dir)) {
    const ext = path.extname(rel).toLowerCase();
    const abs = path.join(dir, rel);
    if (rel.startsWith("_data/") && DATA_EXTS.has(ext)) {
      const text = read(abs);
      if (text === undefined) continue;
      out.push({ id: `${prefix}:${rel}`, kind: "data", text, ext });
      out.push(...listFilterCases(`${prefix}:${rel}`, text, ext, siteRef, tz));
      continue;
    }
    if (!TEXT_EXTS.has(ext) && !(rel.startsWith("_includes/") && ext === "")) continue;
    const text = read(abs);
    if (text === undefined) continue;
    const fm = splitFront(text);
    const template = rel.startsWith("_layouts/") || rel.startsWith("_includes/");
    if (fm) {
      out.push({ id: `${prefix}:${rel}`, kind: "front", text });
      for (const d of topScalars(fm.yaml, "date")) out.push({ id: `${prefix}:${rel}#date`, kind: "date", text: d, tz });
      for (const t of topScalars(fm.yaml, "title")) slugs.add(unquote(t));
    }
    if (fm || template)
      out.push({
        id: `${prefix}:${rel}#liquid`,
        kind: "liquid",
        template: fm ? fm.body : text,
        site: siteRef,
        tz,
        ...(fm ? { page: fm.yaml } : {}),
      });
    slugs.add(path.basename(rel, path.extname(rel)));
  }
  for (const s of slugs)
    for (const mode of SLUG_MODES)
      out.push({ id: `${prefix}:slug:${s}:${mode}`, kind: "slugify", text: s, mode, cased: mode === "pretty" });
  return out;
}

/** Filters over a list of hashes (sort, sort_natural, where, group_by, map, jsonify) on a data file's own keys. */
export function listFilterCases(id: string, text: string, ext: string, site: string | null, tz: string | null): Case[] {
  const keys = listKeys(text, ext);
  const vars: Record<string, [string, string]> = { d: [ext, text] };
  const out: Case[] = [];
  const add = (name: string, template: string) =>
    out.push({ id: `${id}#${name}`, kind: "liquid", template, site, vars, tz });
  add("jsonify", "{{ d | jsonify }}");
  for (const k of keys.slice(0, 3)) {
    const q = JSON.stringify(k);
    add(`sort:${k}`, `{% assign s = d | sort: ${q} %}{% for i in s %}{{ i[${q}] }}|{% endfor %}`);
    add(`sort_natural:${k}`, `{% assign s = d | sort_natural: ${q} %}{% for i in s %}{{ i[${q}] }}|{% endfor %}`);
    add(
      `group_by:${k}`,
      `{% assign g = d | group_by: ${q} %}{% for x in g %}{{ x.name }}={{ x.items | size }};{% endfor %}`,
    );
    add(`where:${k}`, `{% assign w = d | first %}{{ d | where: ${q}, w[${q}] | size }}`);
    add(`map:${k}`, `{{ d | map: ${q} | join: "|" }}`);
  }
  return out;
}

/** The first item's keys of a YAML/CSV list of mappings (found by text: `- key:` lines or a CSV header). */
function listKeys(text: string, ext: string): string[] {
  if (ext === ".csv" || ext === ".tsv") {
    const head = text.replace(/^\uFEFF/, "").split(/\r?\n/, 1)[0] ?? "";
    return head.includes('"') ? [] : head.split(ext === ".csv" ? "," : "\t").filter(Boolean);
  }
  if (ext === ".json") return [];
  const first = /^-[ \t]+([A-Za-z_][\w-]*):/m.exec(text);
  if (!first) return [];
  const keys = [first[1]!];
  const rest = text
    .slice(first.index + first[0].length)
    .split("\n")
    .slice(1);
  for (const line of rest) {
    const m = /^[ \t]{2}([A-Za-z_][\w-]*):/.exec(line);
    if (m) keys.push(m[1]!);
    else if (/^\S/.test(line)) break;
  }
  return keys;
}

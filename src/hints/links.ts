import { readdirSync, readFileSync, statSync } from "node:fs";
import { join } from "node:path";
import type { HintSite } from "./types.js";
import type { OutputEntry } from "../write/plan.js";
import type { Hint } from "./types.js";
import { canonicalBaseurl, servedFile } from "../check/resolve.js";
import { lineAt } from "./source-lines.js";
import { allDocuments } from "../model/items.js";

/** Root-relative links (`href="/…"`, not `//host`) in rendered HTML. */
const HREF = /\shref\s*=\s*["']?(\/(?!\/)[^"'\s>#?]*)/gi;
/** At most this many missing URLs are named (then a count). */
const MAX_NAMED = 20;

function decode(path: string): string {
  try {
    return decodeURIComponent(path);
  } catch {
    return path;
  }
}

/** Texts to search for where a missing link was written: the linking pages, then layouts, includes and data files. */
function* sourcesFor(site: HintSite, fromFiles: string[]): Generator<{ file: string; text: string }> {
  const byRel = new Map<string, string | undefined>();
  for (const p of site.pages) byRel.set(p.relativePath, p.fileSource);
  for (const d of allDocuments(site.collections)) byRel.set(d.relativePath, d.fileSource);
  for (const f of fromFiles) {
    const text = byRel.get(f);
    if (text) yield { file: f, text };
  }
  for (const l of site.layouts.values())
    if (l.fileSource && !l.relativePath.startsWith("/")) yield { file: l.relativePath, text: l.fileSource };
  for (const dir of [String(site.config.includes_dir ?? "_includes"), String(site.config.data_dir ?? "_data")]) {
    for (const file of listFiles(join(site.source, dir), 500))
      yield { file: site.shown(file), text: readFileSync(file, "utf8") };
  }
}

function listFiles(dir: string, limit: number): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    let names: string[];
    try {
      names = readdirSync(d).sort();
    } catch {
      return;
    }
    for (const n of names) {
      if (out.length >= limit) return;
      const abs = join(d, n);
      if (statSync(abs).isDirectory()) walk(abs);
      else out.push(abs);
    }
  };
  walk(dir);
  return out;
}

/** Internal links (root-relative) in rendered pages to URLs no page or file of the build produces; one hint per URL. */
export function brokenLinkHints(site: HintSite, entries: OutputEntry[]): Hint[] {
  const files = new Set(entries.map((e) => e.destRel));
  const baseurl = canonicalBaseurl(typeof site.config.baseurl === "string" ? site.config.baseurl : "");
  const missing = new Map<string, { from: string[]; noBase: boolean }>();
  for (const e of entries) {
    if (typeof e.content !== "string" || !/\.html?$/.test(e.destRel)) continue;
    for (const m of e.content.matchAll(HREF)) {
      const path = decode(m[1]!);
      let rel: string,
        noBase = false;
      if (baseurl === "" || path === baseurl || path.startsWith(`${baseurl}/`)) rel = path.slice(baseurl.length);
      else if (servedFile(path.replace(/^\/+/, ""), files).file !== undefined) (rel = path), (noBase = true);
      else continue; // another site on the same host
      if (!noBase && servedFile(rel.replace(/^\/+/, ""), files).file !== undefined) continue;
      const seen = missing.get(path) ?? { from: [], noBase };
      if (!seen.from.includes(e.from)) seen.from.push(e.from);
      missing.set(path, seen);
    }
  }
  const hints: Hint[] = [];
  for (const [path, { from, noBase }] of [...missing].slice(0, MAX_NAMED)) {
    const written = baseurl && !noBase ? path.slice(baseurl.length) || "/" : path;
    let at: { file: string; line?: number } = { file: from[0]! };
    for (const s of sourcesFor(site, from)) {
      const i = s.text.indexOf(written);
      if (i >= 0) {
        at = { file: s.file, line: lineAt(s.text, i) };
        break;
      }
    }
    const pages = from.length > 2 ? `${from.slice(0, 2).join(", ")} and ${from.length - 2} more` : from.join(" and ");
    const why = noBase
      ? `lacks the baseurl '${baseurl}' (it works only at the host's root); use {{ '${path}' | relative_url }}`
      : "leads to no page or file of this site";
    hints.push({ ...at, message: `link to ${path} ${why} (in the output of ${pages})` });
  }
  if (missing.size > MAX_NAMED)
    hints.push({
      file: "_site",
      message: `${missing.size - MAX_NAMED} more internal links lead nowhere; run 'lectern check' for the full list`,
    });
  return hints;
}

import { readFileSync } from "node:fs";
import { relative, sep } from "node:path";
import type { PluginSite as Site } from "../types.js";

/** A talk that names a place: what its popup shows and where a warning about it points. */
export interface LocatedTalk {
  title: string;
  /** The talk's page (with baseurl), when its collection is written. */
  url?: string;
  venue?: string;
  /** YYYY-MM-DD */
  date?: string;
  location: string;
  /** The talk's file, relative to the source (for messages) and absolute. */
  file: string;
  absPath: string;
}

/** The documents of these collections that have a non-empty `location:`, in the collection's order. */
export function locatedTalks(site: Site, collections: readonly string[]): LocatedTalk[] {
  const base = String(site.config["baseurl"] ?? "").replace(/\/+$/, "");
  const talks: LocatedTalk[] = [];
  for (const label of collections) {
    const c = site.collections.get(label);
    if (!c) continue;
    for (const d of c.docs) {
      const location = d.data["location"];
      if (typeof location !== "string" || !location.trim()) continue;
      const date = d.data["date"];
      talks.push({
        title: text(d.data["title"]) ?? d.basename,
        url: c.output ? base + d.url : undefined,
        venue: text(d.data["venue"]),
        date: date instanceof Date ? date.toISOString().slice(0, 10) : text(date),
        location: location.trim(),
        file: relative(site.source, d.absPath).split(sep).join("/"),
        absPath: d.absPath,
      });
    }
  }
  return talks;
}

/** The line of the `location:` key in a talk's file (for warnings), if it can be read. */
export function locationLine(absPath: string): number | undefined {
  try {
    const lines = readFileSync(absPath, "utf8").split("\n");
    const i = lines.findIndex((l) => /^location\s*:/.test(l));
    return i >= 0 ? i + 1 : undefined;
  } catch {
    return undefined;
  }
}

function text(v: unknown): string | undefined {
  if (typeof v === "string") return v.trim() || undefined;
  if (typeof v === "number") return String(v);
  return undefined;
}

import { dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { hashFile, hashListing, hashOf, lecternVersion, packageVersion, type DiskCache } from "../../cache/index.js";
import type { SassReply, SassRequest } from "./protocol.js";
import { warmSass } from "./compile.js";

/** What Sass made of one stylesheet. */
export type SassOutput = Pick<SassReply, "css" | "sourceMap">;

/** One compile as cached: Sass's output, and the files and folders it read, each with a hash of what it was. */
interface SassEntry extends SassOutput {
  css: string;
  loaded: Array<[path: string, hash: string]>;
  folders: Array<[path: string, listing: string]>;
}

const BUCKET = "sass";
/** Per stylesheet (by path): the key of its last compile, so the build can tell early whether Sass will be needed. */
const LAST = "sass-last";
const MISSING = "-";

/**
 * Compiled stylesheets kept between builds. An entry is used only while every file the compile loaded has the
 * same content, and every folder Sass looked in lists the same stylesheets (a new partial could shadow another).
 */
export class SassCache {
  /** Entries validated by `expectHit` early in this build, for the compile's own lookup. */
  private readonly primed = new Map<string, SassEntry>();

  constructor(private readonly disk: DiskCache) {}

  /** Sass's earlier output for this request, if nothing it read has changed since. */
  lookup(req: Omit<SassRequest, "id">): SassOutput | undefined {
    const key = keyOf(req);
    const entry = this.primed.get(key) ?? this.validEntry(key);
    this.primed.delete(key);
    return entry && { css: entry.css, sourceMap: entry.sourceMap };
  }

  /** Remembers a successful compile (its reply carries the URLs Sass loaded). */
  store(req: Omit<SassRequest, "id">, reply: SassReply): void {
    if (!this.disk.enabled || reply.error || reply.css === undefined || !reply.loadedUrls) return;
    const loaded: SassEntry["loaded"] = [];
    for (const url of reply.loadedUrls) {
      if (url === req.url) continue;
      if (!url.startsWith("file:")) return;
      const path = fileURLToPath(url);
      const hash = hashFile(path);
      if (hash === undefined) return;
      loaded.push([path, hash]);
    }
    const dirs = new Set([dirname(fileURLToPath(req.url)), ...req.loadPaths, ...loaded.map(([p]) => dirname(p))]);
    const folders: SassEntry["folders"] = [...dirs].map((d) => [d, stylesheetListing(d)]);
    const key = keyOf(req);
    this.disk.set(BUCKET, key, { css: reply.css, sourceMap: reply.sourceMap, loaded, folders } satisfies SassEntry);
    this.disk.set(LAST, hashOf(req.url), { key });
  }

  /** True when the last compile of this stylesheet is cached and still valid, so its build likely needs no Sass. */
  expectHit(absPath: string): boolean {
    const last = this.disk.get(LAST, hashOf("file://" + absPath), isLast);
    if (!last) return false;
    if (this.primed.has(last.key)) return true;
    const entry = this.validEntry(last.key);
    if (entry) this.primed.set(last.key, entry);
    return entry !== undefined;
  }

  /** Starts the Sass worker ahead of the compiles, unless every stylesheet's last compile is still valid. */
  warmUnlessCached(absPaths: readonly string[]): void {
    if (absPaths.some((p) => !this.expectHit(p))) warmSass();
  }

  private validEntry(key: string): SassEntry | undefined {
    const entry = this.disk.get(BUCKET, key, isSassEntry);
    if (!entry) return undefined;
    if (!entry.loaded.every(([path, hash]) => hashFile(path) === hash)) return undefined;
    if (!entry.folders.every(([dir, listing]) => stylesheetListing(dir) === listing)) return undefined;
    return entry;
  }
}

const caches = new WeakMap<DiskCache, SassCache>();

/** The Sass cache of a site's build cache. */
export function sassCacheOf(disk: DiskCache): SassCache {
  let cache = caches.get(disk);
  if (!cache) caches.set(disk, (cache = new SassCache(disk)));
  return cache;
}

/** Everything Sass's output depends on, besides the files it loads. */
function keyOf(req: Omit<SassRequest, "id">): string {
  return hashOf(
    "sass",
    lecternVersion(),
    packageVersion("sass-embedded"),
    req.syntax,
    req.style,
    String(req.sourceMap),
    JSON.stringify(req.loadPaths),
    req.url,
    req.text,
  );
}

/** The names Sass could resolve an import to in a folder: stylesheets and subfolders (not editors' swap files). */
function stylesheetListing(dir: string): string {
  return (
    hashListing(dir, (name, isDir) => !name.startsWith(".") && (isDir || /\.(s[ac]ss|css)$/i.test(name))) ?? MISSING
  );
}

function isLast(v: unknown): v is { key: string } {
  return (
    typeof v === "object" &&
    v !== null &&
    typeof (v as { key?: unknown }).key === "string" &&
    /^[0-9a-f]{64}$/.test((v as { key: string }).key)
  );
}

function isSassEntry(v: unknown): v is SassEntry {
  if (typeof v !== "object" || v === null) return false;
  const e = v as Partial<SassEntry>;
  const pairs = (a: unknown) =>
    Array.isArray(a) &&
    a.every((p) => Array.isArray(p) && p.length === 2 && typeof p[0] === "string" && typeof p[1] === "string");
  const map = e.sourceMap;
  return (
    typeof e.css === "string" &&
    pairs(e.loaded) &&
    pairs(e.folders) &&
    (map === undefined || (typeof map === "object" && map !== null && Array.isArray(map.sources)))
  );
}

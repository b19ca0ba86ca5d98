import { existsSync } from "node:fs";
import { join } from "node:path";
import { deepMerge } from "../util/merge.js";
import { isPlainObject } from "../ruby/yaml.js";
import { globToRegExp } from "./glob.js";
import { readdirRecursive } from "./walk.js";

interface Scope {
  path?: string;
  type?: string;
  hasType: boolean;
}
interface DefaultSet {
  scope: Scope;
  values: Record<string, unknown>;
}

const TYPE_ALIASES: Record<string, string> = { page: "pages", post: "posts", draft: "drafts" };

function sanitize(path: string | undefined): string {
  if (!path) return "";
  return path.startsWith("/") ? path.replace(/^\//, "").replace(/(?<=[^/])$/, "") : path;
}

/** Jekyll's FrontmatterDefaults: `defaults:` sets matched by path and type, with Jekyll's precedence. */
export class FrontMatterDefaults {
  private readonly sets: DefaultSet[];
  private readonly cache = new Map<string, Record<string, unknown>>();
  private readonly globCache = new Map<string, string[]>();

  constructor(
    defaults: unknown,
    private readonly source: string,
    private readonly collectionsDir: string,
    private readonly warn: (m: string) => void,
  ) {
    this.sets = [];
    if (!Array.isArray(defaults)) return;
    for (const set of defaults) {
      if (!isPlainObject(set) || !isPlainObject(set["values"])) {
        this.warn(`An invalid front-matter default set was found: ${JSON.stringify(set)}`);
        continue;
      }
      const raw = isPlainObject(set["scope"]) ? set["scope"] : {};
      const type = raw["type"] === undefined || raw["type"] === null ? undefined : String(raw["type"]);
      this.sets.push({
        scope: {
          path: typeof raw["path"] === "string" ? raw["path"] : undefined,
          type: type && (TYPE_ALIASES[type] ?? type),
          hasType: "type" in raw,
        },
        values: set["values"],
      });
    }
  }

  /** All defaults for an item at `path` (relative to the source) of `type` ("pages" or a collection label). */
  all(path: string, type: string): Record<string, unknown> {
    const key = `${type}\0${path}`;
    const hit = this.cache.get(key);
    if (hit) return hit;
    let result: Record<string, unknown> = {};
    let old: Scope | undefined;
    for (const set of this.sets) {
      if (!this.applies(set.scope, path, type)) continue;
      if (this.hasPrecedence(old, set.scope)) {
        result = deepMerge(result, set.values);
        old = set.scope;
      } else {
        result = deepMerge(set.values, result);
      }
    }
    this.cache.set(key, result);
    return result;
  }

  private applies(scope: Scope, path: string, type: string): boolean {
    if (scope.hasType && scope.type !== undefined && scope.type !== type) return false;
    if (scope.hasType && scope.type === undefined) return false;
    const rel = scope.path;
    if (typeof rel !== "string" || rel === "") return true;
    const p = sanitize(path);
    if (rel.includes("*")) return this.globbed(rel).some((g) => p.startsWith(this.stripCollectionsDir(g)));
    return p.startsWith(this.stripCollectionsDir(rel));
  }

  private globbed(pattern: string): string[] {
    let hit = this.globCache.get(pattern);
    if (!hit) {
      const re = globToRegExp(pattern);
      const base = pattern.split("/").filter((s) => !s.includes("*"));
      const root = join(
        this.source,
        ...base.slice(
          0,
          pattern.split("/").findIndex((s) => s.includes("*")),
        ),
      );
      hit = existsSync(root) ? readdirRecursive(this.source, root, true).filter((f) => re.test(f)) : [];
      this.globCache.set(pattern, hit);
    }
    return hit;
  }

  private stripCollectionsDir(path: string): string {
    const dir = this.collectionsDir;
    if (!dir || !path.startsWith(`${dir}/`)) return path;
    return path.slice(dir.length + 1);
  }

  private hasPrecedence(old: Scope | undefined, next: Scope): boolean {
    if (!old) return true;
    const n = sanitize(next.path),
      o = sanitize(old.path);
    if (n.length !== o.length) return n.length >= o.length;
    if (next.hasType) return true;
    return !old.hasType;
  }
}

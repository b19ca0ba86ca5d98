import type { BuildOptions } from "../config/options.js";
import { Site } from "../site.js";
import type { LecternError } from "../errors/index.js";
import type { ChangeKind } from "./batcher.js";
import { applyIncrementally } from "./incremental.js";
import { changedOutputs, indexOutputs, type OutputIndex } from "./outputs.js";
import { normalizeBaseurl } from "./resolve-request.js";
import { countPages } from "../write/page-count.js";

/** What one (re)build did. */
export interface BuildReport {
  kind: "full" | "incremental";
  /** Why a rebuild after changes was a full one. */
  reason?: string;
  /** Destination-relative paths whose content changed (added, changed or removed). */
  changed: string[];
  /** Pages and documents rendered. */
  rendered: number;
  /** Pages the served site has, counted as `lectern build` and `check` count them (HTML files). */
  pages: number;
  ms: number;
}

/**
 * Builds a site for the dev server and keeps it: later changes are applied incrementally when that is safe,
 * otherwise by a full build. A failed build writes nothing, so the last good output stays served. Bad front
 * matter, which Jekyll only warns about, fails the build when it is in a file edited since the last good build.
 */
export class SiteBuilder {
  /** The last good site; undefined after a failure (the next build is then a full one). */
  site?: Site;
  private index: OutputIndex = new Map();
  private readonly edited = new Set<string>();

  constructor(private readonly options: BuildOptions) {}

  /** The served baseurl ("" or "/path"), from the last good build's config. */
  get baseurl(): string {
    return normalizeBaseurl(this.site?.config.baseurl ?? this.options.baseurl);
  }

  /** Builds everything (no `changes`) or applies changed paths; rejects with the build's error. */
  async build(changes?: Map<string, ChangeKind>): Promise<BuildReport> {
    const started = performance.now();
    if (changes) for (const p of changes.keys()) this.edited.add(p);
    let reason = changes ? "the last build failed" : undefined;
    if (this.site && changes) {
      let result;
      try {
        result = await applyIncrementally(this.site, changes, this.index);
      } catch (e) {
        this.site = undefined;
        throw e;
      }
      if ("full" in result) reason = result.full;
      else {
        this.edited.clear();
        return {
          kind: "incremental",
          changed: result.changed,
          rendered: result.rendered,
          pages: countPages(this.index.keys()),
          ms: performance.now() - started,
        };
      }
    }
    this.site = undefined;
    const site = new Site(this.options);
    const tolerate = site.reportFrontMatter.bind(site);
    site.reportFrontMatter = (err: LecternError) => {
      if ([...this.edited].some((p) => site.shown(p) === err.file)) throw err;
      tolerate(err);
    };
    await site.process();
    const index = indexOutputs(site);
    const changed = changedOutputs(this.index, index);
    this.index = index;
    this.site = site;
    this.edited.clear();
    const rendered = site.pages.length + [...site.collections.values()].reduce((n, c) => n + c.docs.length, 0);
    return {
      kind: "full",
      reason,
      changed,
      rendered,
      pages: countPages(index.keys()),
      ms: performance.now() - started,
    };
  }
}

import { lstatSync, readlinkSync, realpathSync, statSync } from "node:fs";
import { join, basename, dirname, relative, sep } from "node:path";
import { LecternError } from "../errors/index.js";
import { globToRegExp } from "./glob.js";

/** Jekyll's EntryFilter: which names in a folder are read (special `_ . # ~` names, include/exclude, symlinks). */
export class EntryFilter {
  private readonly include: string[];
  private readonly exclude: string[];
  private readonly includeRes: RegExp[];
  private readonly excludeRes: RegExp[];
  /** Each pattern joined to the source, made once (not per entry). */
  private readonly includePaths: string[];
  private readonly excludePaths: string[];
  private readonly realSource: string;

  constructor(
    private readonly source: string,
    include: string[],
    exclude: string[],
  ) {
    this.include = include;
    this.exclude = exclude.filter((e) => !include.includes(e));
    this.includeRes = this.include.map((p) => globToRegExp(join(source, p)));
    this.excludeRes = this.exclude.map((p) => globToRegExp(join(source, p)));
    this.includePaths = this.include.map((p) => join(source, p));
    this.excludePaths = this.exclude.map((p) => join(source, p));
    this.realSource = realpathSync(source);
  }

  /**
   * Keeps the entries Jekyll would read; `baseDir` is the entries' folder relative to the source.
   * `isSymlink`, when the caller's directory listing already tells, spares a look at each entry.
   */
  filter(entries: string[], baseDir: string, isSymlink?: (entry: string) => boolean): string[] {
    return entries.filter((e) => {
      if (e.endsWith(".")) return false;
      const included =
        this.matches(this.include, this.includeRes, this.includePaths, e) ||
        this.matches(this.include, this.includeRes, this.includePaths, basename(e));
      if (!included && this.matches(this.exclude, this.excludeRes, this.excludePaths, baseDir ? `${baseDir}/${e}` : e))
        return false;
      if ((!isSymlink || isSymlink(e)) && this.symlinkOutside(join(this.source, baseDir, e))) return false;
      if (included) return true;
      return !/^[._#~]/.test(e) && !/^[._#~]/.test(basename(e)) && !e.endsWith("~");
    });
  }

  /** True when `entry` (relative to the source) matches an `exclude:` pattern and no `include:` one. */
  isExcluded(relPath: string): boolean {
    const included =
      this.matches(this.include, this.includeRes, this.includePaths, relPath) ||
      this.matches(this.include, this.includeRes, this.includePaths, basename(relPath));
    return !included && this.matches(this.exclude, this.excludeRes, this.excludePaths, relPath);
  }

  /** A symlink whose target lies outside the source: never followed, as in Jekyll's safe mode. */
  symlinkOutside(abs: string): boolean {
    try {
      if (!lstatSync(abs).isSymbolicLink()) return false;
      const real = realpathSync(abs);
      if (real === this.realSource || real.startsWith(this.realSource + "/")) {
        this.refuseFolderLoop(abs, real);
        return false;
      }
      return true;
    } catch (e) {
      if (e instanceof LecternError) throw e;
      if ((e as NodeJS.ErrnoException).code === "ELOOP") throw this.loopError(abs, "it leads back to itself");
      return true;
    }
  }

  /** A link to a folder that contains the link would be read forever: Jekyll 4.3 fails on it (ELOOP), so does Lectern. */
  private refuseFolderLoop(abs: string, real: string): void {
    const parent = realpathSync(dirname(abs));
    if ((parent === real || parent.startsWith(real + sep)) && statSync(real).isDirectory())
      throw this.loopError(abs, "it points to a folder that contains it");
  }

  private loopError(abs: string, why: string): LecternError {
    const rel = relative(this.source, abs).split(sep).join("/");
    let target = "";
    try {
      target = ` -> ${readlinkSync(abs)}`;
    } catch {}
    return new LecternError(
      `symbolic link loop${target ? ` (${rel}${target})` : ""}: ${why}. Jekyll 4.3 stops here too ("Too many levels of symbolic links"); remove the link or add it to exclude: in _config.yml`,
      { topic: "Build", file: rel },
    );
  }

  private matches(patterns: string[], res: RegExp[], paths: string[], entry: string): boolean {
    if (!patterns.length) return false;
    const withSource = join(this.source, entry);
    let isDir: boolean | undefined;
    for (let i = 0; i < patterns.length; i++) {
      const withPattern = paths[i]!;
      if (res[i]!.test(withSource) || withSource.startsWith(withPattern)) return true;
      // `dir/` names a folder: compare the paths first, so only a path that could match is looked at.
      if (patterns[i]!.endsWith("/") && withPattern === withSource + "/") {
        isDir ??= isDirectory(withSource);
        if (isDir) return true;
      }
    }
    return false;
  }
}

function isDirectory(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

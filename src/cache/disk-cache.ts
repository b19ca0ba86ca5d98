import {
  mkdirSync,
  readFileSync,
  readdirSync,
  renameSync,
  statSync,
  unlinkSync,
  writeFileSync,
  existsSync,
} from "node:fs";
import { join } from "node:path";
import { CACHE_FORMAT } from "./versions.js";

/** One entry as stored: the value, with its format, bucket and key (a file copied elsewhere or left by another release is not believed). */
interface Stored {
  format: string;
  bucket: string;
  key: string;
  value: unknown;
}

const BUCKET_NAME = /^[a-z][a-z0-9-]*$/;
const KEY = /^[0-9a-f]{64}$/;
const ENTRY_FILE = /^([0-9a-f]{64})\.json$/;
const TEMP_FILE = /^[0-9a-f]{64}\.json\.\d+-\d+\.tmp$/;
/** A temporary file this old was left by a build that died between writing and renaming. */
const STALE_TEMP_MS = 60_000;

let tempCounter = 0;

/**
 * Lectern's build cache on disk, as Jekyll's `.jekyll-cache`: a folder per bucket ("sass", "bibtex"), a JSON file per
 * entry named by its key (a SHA-256 hash of everything the value depends on). It never fails a build: an unreadable,
 * corrupt or foreign entry counts as absent (and is rewritten), and a folder that cannot be written is left alone
 * after one debug line. Writes are atomic (a temporary file, then a rename), so a build that dies leaves no half entry.
 */
export class DiskCache {
  /** Bucket → keys read or written by this build; `prune()` keeps only those. */
  private readonly used = new Map<string, Set<string>>();
  private writable = true;

  /** `dir` undefined: the cache is disabled (nothing is read or written). */
  constructor(
    readonly dir: string | undefined,
    private readonly debug: (message: string) => void = () => undefined,
  ) {}

  /** True when entries are read and written. */
  get enabled(): boolean {
    return this.dir !== undefined;
  }

  /** The value stored under `key` in `bucket`, if there is one that passes `valid`. */
  get<T>(bucket: string, key: string, valid: (value: unknown) => value is T): T | undefined {
    if (!this.dir) return undefined;
    checkName(bucket, key);
    let stored: Stored;
    try {
      stored = JSON.parse(readFileSync(join(this.dir, bucket, `${key}.json`), "utf8")) as Stored;
    } catch {
      return undefined;
    }
    if (
      !stored ||
      stored.format !== CACHE_FORMAT ||
      stored.bucket !== bucket ||
      stored.key !== key ||
      !valid(stored.value)
    )
      return undefined;
    this.use(bucket, key);
    return stored.value;
  }

  /** Stores a JSON-able value under `key` in `bucket` (replacing any entry there). */
  set(bucket: string, key: string, value: unknown): void {
    if (!this.dir || !this.writable) return;
    checkName(bucket, key);
    this.use(bucket, key);
    let json: string;
    try {
      json = JSON.stringify({ format: CACHE_FORMAT, bucket, key, value } satisfies Stored);
    } catch (e) {
      this.debug(`not caching a ${bucket} entry: ${(e as Error).message}`);
      return;
    }
    const folder = join(this.dir, bucket);
    const file = join(folder, `${key}.json`);
    const temp = `${file}.${process.pid}-${tempCounter++}.tmp`;
    try {
      mkdirSync(folder, { recursive: true });
      this.hideFromGit();
      writeFileSync(temp, json);
      renameSync(temp, file);
    } catch (e) {
      this.writable = false;
      this.debug(
        `cannot write to ${this.dir} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message}); building without it`,
      );
      try {
        unlinkSync(temp);
      } catch {
        // never written
      }
    }
  }

  /** Deletes the entries this build did not use (the cache holds one build's worth), and temporary files left by a crash. */
  prune(): void {
    if (!this.dir || !this.writable) return;
    let buckets: string[];
    try {
      buckets = readdirSync(this.dir).filter((b) => BUCKET_NAME.test(b));
    } catch {
      return;
    }
    const now = Date.now();
    for (const bucket of buckets) {
      const keep = this.used.get(bucket);
      const folder = join(this.dir, bucket);
      let names: string[];
      try {
        names = readdirSync(folder);
      } catch {
        continue;
      }
      for (const name of names) {
        const key = ENTRY_FILE.exec(name)?.[1];
        const drop = key ? !keep?.has(key) : TEMP_FILE.test(name) && now - mtimeOf(join(folder, name)) > STALE_TEMP_MS;
        if (!drop) continue;
        try {
          unlinkSync(join(folder, name));
        } catch {
          // already gone, or read-only
        }
      }
    }
  }

  private use(bucket: string, key: string): void {
    let keys = this.used.get(bucket);
    if (!keys) this.used.set(bucket, (keys = new Set()));
    keys.add(key);
  }

  /** Jekyll writes the same `.gitignore` into its cache folder, so the cache is never committed. */
  private hideFromGit(): void {
    const file = join(this.dir!, ".gitignore");
    if (!existsSync(file)) writeFileSync(file, "# ignore everything in this directory\n*\n");
  }
}

function checkName(bucket: string, key: string): void {
  if (!BUCKET_NAME.test(bucket) || !KEY.test(key)) throw new Error(`bad cache entry name ${bucket}/${key}`);
}

function mtimeOf(path: string): number {
  try {
    return statSync(path).mtimeMs;
  } catch {
    return Date.now();
  }
}
